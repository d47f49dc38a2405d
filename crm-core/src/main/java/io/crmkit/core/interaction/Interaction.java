package io.crmkit.core.interaction;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One contact between the business and a customer on a {@link Channel}: who started it ({@link
 * Direction}), when ({@code at}), what it was about ({@code topic}, e.g. {@code "billing"}) and how
 * it ended ({@code outcome}, e.g. {@code "resolved"}, {@code "no answer"}); topic and outcome are
 * free text and may be empty. {@code followUpAt} is a scheduled follow-up or call-back, never
 * before {@code at}.
 *
 * @since 0.1
 */
public record Interaction(
    String id,
    CustomerId customerId,
    Channel channel,
    Direction direction,
    Instant at,
    String topic,
    String outcome,
    Optional<Instant> followUpAt) {

  /** Checks every component: the interaction id not null and not blank, the rest not null. */
  public Interaction {
    Objects.requireNonNull(id, "interaction id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("interaction id must not be blank but was: '" + id + "'");
    }
    Objects.requireNonNull(customerId, "customerId of interaction " + id + " must not be null");
    Objects.requireNonNull(channel, "channel of interaction " + id + " must not be null");
    Objects.requireNonNull(direction, "direction of interaction " + id + " must not be null");
    Objects.requireNonNull(at, "at of interaction " + id + " must not be null");
    Objects.requireNonNull(
        topic, "topic of interaction " + id + " must not be null (use \"\" for none)");
    Objects.requireNonNull(
        outcome, "outcome of interaction " + id + " must not be null (use \"\" for none)");
    Objects.requireNonNull(
        followUpAt, "followUpAt of interaction " + id + " must not be null (use Optional.empty())");
    if (followUpAt.isPresent() && followUpAt.get().isBefore(at)) {
      throw new IllegalArgumentException(
          "followUpAt of interaction "
              + id
              + " must not be before its instant "
              + at
              + " but was: "
              + followUpAt.get());
    }
  }

  /** An interaction without follow-up. */
  public static Interaction of(
      String id,
      CustomerId customerId,
      Channel channel,
      Direction direction,
      Instant at,
      String topic,
      String outcome) {
    return new Interaction(
        id, customerId, channel, direction, at, topic, outcome, Optional.empty());
  }

  /** An interaction started by the customer, without follow-up. */
  public static Interaction inbound(
      String id, CustomerId customerId, Channel channel, Instant at, String topic, String outcome) {
    return of(id, customerId, channel, Direction.INBOUND, at, topic, outcome);
  }

  /** An interaction started by the business, without follow-up. */
  public static Interaction outbound(
      String id, CustomerId customerId, Channel channel, Instant at, String topic, String outcome) {
    return of(id, customerId, channel, Direction.OUTBOUND, at, topic, outcome);
  }

  /** This interaction with a follow-up scheduled at {@code when} (not before {@link #at()}). */
  public Interaction withFollowUpAt(Instant when) {
    return new Interaction(
        id,
        customerId,
        channel,
        direction,
        at,
        topic,
        outcome,
        Optional.of(Objects.requireNonNull(when, "followUpAt must not be null")));
  }

  /**
   * For example {@code "inbound phone i-1 with 42 at 2024-01-01T10:00:00Z: billing -> resolved"}.
   */
  @Override
  public String toString() {
    return direction.name().toLowerCase(Locale.ROOT)
        + " "
        + channel.name().toLowerCase(Locale.ROOT)
        + " "
        + id
        + " with "
        + customerId
        + " at "
        + at
        + ": "
        + (topic.isEmpty() ? "(no topic)" : topic)
        + (outcome.isEmpty() ? "" : " -> " + outcome)
        + followUpAt.map(f -> ", follow up at " + f).orElse("");
  }
}
