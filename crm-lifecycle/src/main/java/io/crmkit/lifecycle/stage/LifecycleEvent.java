package io.crmkit.lifecycle.stage;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Something that happened to a subject (a customer, a deal) at an instant, which may move its
 * {@link Lifecycle} to another stage. Every event has an {@code id}, unique per subject: applying
 * an event whose id was already applied has no effect. {@code subjectId} is the customer id text
 * (or the deal id).
 *
 * @since 0.1
 */
public sealed interface LifecycleEvent {

  /** The event id, unique per subject, e.g. the transaction id {@code "t-17"}. */
  String id();

  /** The subject the event happened to, e.g. customer id {@code "42"}. */
  String subjectId();

  /** When the event happened. */
  Instant at();

  /** The kind of event. */
  EventType type();

  /**
   * An interaction recorded with a subject (inquiry, call, visit, activity on a deal).
   *
   * @since 0.1
   */
  record InteractionRecorded(String id, String subjectId, Instant at, String topic)
      implements LifecycleEvent {
    /** Checks the id, subject and instant, and that the topic is not null. */
    public InteractionRecorded {
      check(id, subjectId, at);
      Objects.requireNonNull(
          topic, "topic of event " + id + " must not be null (use \"\" for none)");
    }

    @Override
    public EventType type() {
      return EventType.INTERACTION;
    }

    @Override
    public String toString() {
      return "interaction "
          + id
          + " of "
          + subjectId
          + " at "
          + at
          + (topic.isEmpty() ? "" : " (" + topic + ")");
    }
  }

  /**
   * A purchase of {@code amount} (not negative).
   *
   * @since 0.1
   */
  record Purchase(String id, String subjectId, Instant at, Money amount) implements LifecycleEvent {
    /** Checks the id, subject and instant, and that the amount is not null nor negative. */
    public Purchase {
      check(id, subjectId, at);
      Objects.requireNonNull(amount, "amount of purchase " + id + " must not be null");
      if (amount.isNegative()) {
        throw new IllegalArgumentException(
            "amount of purchase " + id + " must not be negative but was: " + amount);
      }
    }

    @Override
    public EventType type() {
      return EventType.PURCHASE;
    }

    @Override
    public String toString() {
      return "purchase " + id + " of " + subjectId + " at " + at + " for " + amount;
    }
  }

  /**
   * A refund of {@code amount} (not negative).
   *
   * @since 0.1
   */
  record Refund(String id, String subjectId, Instant at, Money amount) implements LifecycleEvent {
    /** Checks the id, subject and instant, and that the amount is not null nor negative. */
    public Refund {
      check(id, subjectId, at);
      Objects.requireNonNull(amount, "amount of refund " + id + " must not be null");
      if (amount.isNegative()) {
        throw new IllegalArgumentException(
            "amount of refund " + id + " must not be negative but was: " + amount);
      }
    }

    @Override
    public EventType type() {
      return EventType.REFUND;
    }

    @Override
    public String toString() {
      return "refund " + id + " of " + subjectId + " at " + at + " for " + amount;
    }
  }

  /**
   * Time passing: the subject is re-evaluated at {@code at}, with the churn probability in [0, 1]
   * from a {@link io.crmkit.lifecycle.churn.ChurnScorer} when one was used (empty for plain rules).
   *
   * @since 0.1
   */
  record ReEvaluation(String id, String subjectId, Instant at, OptionalDouble churnProbability)
      implements LifecycleEvent {
    /**
     * Checks the id, subject and instant, and that the churn probability, when present, lies in [0,
     * 1].
     */
    public ReEvaluation {
      check(id, subjectId, at);
      Objects.requireNonNull(
          churnProbability,
          "churnProbability of event " + id + " must not be null (use OptionalDouble.empty())");
      if (churnProbability.isPresent()) {
        double p = churnProbability.getAsDouble();
        if (!(p >= 0 && p <= 1)) {
          throw new IllegalArgumentException(
              "churnProbability of event " + id + " must be in [0, 1] but was: " + p);
        }
      }
    }

    @Override
    public EventType type() {
      return EventType.RE_EVALUATION;
    }

    @Override
    public String toString() {
      return "re-evaluation "
          + id
          + " of "
          + subjectId
          + " at "
          + at
          + (churnProbability.isPresent() ? " (churn " + churnProbability.getAsDouble() + ")" : "");
    }
  }

  /**
   * A person moved the subject to stage {@code to} for a (non-blank) {@code reason}.
   *
   * @since 0.1
   */
  record ManualMove(String id, String subjectId, Instant at, Stage to, String reason)
      implements LifecycleEvent {
    /** Checks the id, subject and instant, the target stage, and that the reason is not blank. */
    public ManualMove {
      check(id, subjectId, at);
      Objects.requireNonNull(to, "target stage of manual move " + id + " must not be null");
      Objects.requireNonNull(reason, "reason of manual move " + id + " must not be null");
      if (reason.isBlank()) {
        throw new IllegalArgumentException(
            "reason of manual move " + id + " must not be blank but was: '" + reason + "'");
      }
    }

    @Override
    public EventType type() {
      return EventType.MANUAL_MOVE;
    }

    @Override
    public String toString() {
      return "manual move "
          + id
          + " of "
          + subjectId
          + " at "
          + at
          + " to "
          + to
          + " ("
          + reason
          + ")";
    }
  }

  /** An interaction of customer {@code customer} with the given topic. */
  static InteractionRecorded interaction(String id, CustomerId customer, Instant at, String topic) {
    return new InteractionRecorded(id, customer.value(), at, topic);
  }

  /**
   * The interaction event of a recorded core interaction (same id, customer, instant and topic).
   */
  static InteractionRecorded of(io.crmkit.core.interaction.Interaction interaction) {
    return new InteractionRecorded(
        interaction.id(), interaction.customerId().value(), interaction.at(), interaction.topic());
  }

  /** A purchase by customer {@code customer}. */
  static Purchase purchase(String id, CustomerId customer, Instant at, Money amount) {
    return new Purchase(id, customer.value(), at, amount);
  }

  /** A refund to customer {@code customer}. */
  static Refund refund(String id, CustomerId customer, Instant at, Money amount) {
    return new Refund(id, customer.value(), at, amount);
  }

  /** The purchase or refund event of a transaction (same id, customer, instant and total). */
  static LifecycleEvent of(Transaction transaction) {
    String id = transaction.id().value();
    String subject = transaction.customerId().value();
    return transaction.isRefund()
        ? new Refund(id, subject, transaction.timestamp(), transaction.total())
        : new Purchase(id, subject, transaction.timestamp(), transaction.total());
  }

  /**
   * A re-evaluation of customer {@code customer} at {@code at} by plain rules (no churn score); its
   * id is {@code "re-evaluation@" + at}, so re-evaluating twice at the same instant is idempotent.
   */
  static ReEvaluation reEvaluation(CustomerId customer, Instant at) {
    return new ReEvaluation("re-evaluation@" + at, customer.value(), at, OptionalDouble.empty());
  }

  /**
   * A re-evaluation at {@code at} with a churn probability in [0, 1]; id as for {@link
   * #reEvaluation}.
   */
  static ReEvaluation reEvaluation(CustomerId customer, Instant at, double churnProbability) {
    return new ReEvaluation(
        "re-evaluation@" + at, customer.value(), at, OptionalDouble.of(churnProbability));
  }

  /** A manual move of customer {@code customer} to stage {@code to}. */
  static ManualMove manualMove(
      String id, CustomerId customer, Instant at, Stage to, String reason) {
    return new ManualMove(id, customer.value(), at, to, reason);
  }

  private static void check(String id, String subjectId, Instant at) {
    Objects.requireNonNull(id, "event id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("event id must not be blank but was: '" + id + "'");
    }
    Objects.requireNonNull(subjectId, "subjectId of event " + id + " must not be null");
    if (subjectId.isBlank()) {
      throw new IllegalArgumentException(
          "subjectId of event " + id + " must not be blank but was: '" + subjectId + "'");
    }
    Objects.requireNonNull(at, "instant of event " + id + " must not be null");
  }
}
