package io.crmkit.core.feedback;

import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A customer's answer to a survey at an instant: a Net Promoter score ({@code nps}, 0 to 10: "how
 * likely are you to recommend us"), a customer satisfaction score ({@code csat}, 1 to 5), and free
 * text (may be empty). At least one of the three is given. {@link FeedbackStats} computes NPS and
 * CSAT over many answers.
 *
 * @since 0.1
 */
public record Feedback(
    String id, CustomerId customerId, Instant at, OptionalInt nps, OptionalInt csat, String text) {

  /**
   * Checks every component: none null, the id not blank, an NPS score in 0 to 10 and a CSAT score
   * in 1 to 5 when present, and at least one score or a text.
   */
  public Feedback {
    Objects.requireNonNull(id, "feedback id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("feedback id must not be blank but was: '" + id + "'");
    }
    Objects.requireNonNull(customerId, "customerId of feedback " + id + " must not be null");
    Objects.requireNonNull(at, "at of feedback " + id + " must not be null");
    Objects.requireNonNull(
        nps, "nps of feedback " + id + " must not be null (use OptionalInt.empty())");
    Objects.requireNonNull(
        csat, "csat of feedback " + id + " must not be null (use OptionalInt.empty())");
    Objects.requireNonNull(
        text, "text of feedback " + id + " must not be null (use \"\" for none)");
    if (nps.isPresent() && (nps.getAsInt() < 0 || nps.getAsInt() > 10)) {
      throw new IllegalArgumentException(
          "nps of feedback " + id + " must be between 0 and 10 but was: " + nps.getAsInt());
    }
    if (csat.isPresent() && (csat.getAsInt() < 1 || csat.getAsInt() > 5)) {
      throw new IllegalArgumentException(
          "csat of feedback " + id + " must be between 1 and 5 but was: " + csat.getAsInt());
    }
    if (nps.isEmpty() && csat.isEmpty() && text.isBlank()) {
      throw new IllegalArgumentException(
          "feedback " + id + " must have an nps score, a csat score or text");
    }
  }

  /** An answer holding only a Net Promoter score (0 to 10). */
  public static Feedback nps(String id, CustomerId customerId, Instant at, int score) {
    return new Feedback(id, customerId, at, OptionalInt.of(score), OptionalInt.empty(), "");
  }

  /** An answer holding only a satisfaction score (1 to 5). */
  public static Feedback csat(String id, CustomerId customerId, Instant at, int score) {
    return new Feedback(id, customerId, at, OptionalInt.empty(), OptionalInt.of(score), "");
  }

  /** An answer holding only free text (not blank). */
  public static Feedback text(String id, CustomerId customerId, Instant at, String text) {
    return new Feedback(id, customerId, at, OptionalInt.empty(), OptionalInt.empty(), text);
  }

  /** This answer with the Net Promoter score {@code score} (0 to 10). */
  public Feedback withNps(int score) {
    return new Feedback(id, customerId, at, OptionalInt.of(score), csat, text);
  }

  /** This answer with the satisfaction score {@code score} (1 to 5). */
  public Feedback withCsat(int score) {
    return new Feedback(id, customerId, at, nps, OptionalInt.of(score), text);
  }

  /** This answer with the free text {@code value}. */
  public Feedback withText(String value) {
    return new Feedback(id, customerId, at, nps, csat, value);
  }

  /** For example {@code "Feedback[f-1 of 42 at 2024-01-01T00:00:00Z, nps=9, csat=5, 'great']"}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(id + " of " + customerId + " at " + at);
    nps.ifPresent(v -> parts.add("nps=" + v));
    csat.ifPresent(v -> parts.add("csat=" + v));
    if (!text.isEmpty()) {
      parts.add("'" + text + "'");
    }
    return "Feedback[" + String.join(", ", parts) + "]";
  }
}
