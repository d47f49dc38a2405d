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
 * <p>Create one with {@link #of}, {@link #inbound} or {@link #outbound}; add a follow-up with
 * {@link #withFollowUpAt(Instant)}.
 *
 * @since 0.1
 */
public final class Interaction {

  private final String id;
  private final CustomerId customerId;
  private final Channel channel;
  private final Direction direction;
  private final Instant at;
  private final String topic;
  private final String outcome;
  private final Optional<Instant> followUpAt;

  /** Checks every component: the interaction id not null and not blank, the rest not null. */
  private Interaction(
      String id,
      CustomerId customerId,
      Channel channel,
      Direction direction,
      Instant at,
      String topic,
      String outcome,
      Optional<Instant> followUpAt) {
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
    this.id = id;
    this.customerId = customerId;
    this.channel = channel;
    this.direction = direction;
    this.at = at;
    this.topic = topic;
    this.outcome = outcome;
    this.followUpAt = followUpAt;
  }

  /** The interaction's id, never blank. */
  public String id() {
    return id;
  }

  /** The customer the business was in contact with. */
  public CustomerId customerId() {
    return customerId;
  }

  /** The channel of the contact. */
  public Channel channel() {
    return channel;
  }

  /** Who started the contact. */
  public Direction direction() {
    return direction;
  }

  /** When the contact took place. */
  public Instant at() {
    return at;
  }

  /** What the contact was about, e.g. {@code "billing"}; {@code ""} for none. */
  public String topic() {
    return topic;
  }

  /** How the contact ended, e.g. {@code "resolved"}; {@code ""} for none. */
  public String outcome() {
    return outcome;
  }

  /** The scheduled follow-up or call-back, never before {@link #at()}; empty when none. */
  public Optional<Instant> followUpAt() {
    return followUpAt;
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

  /** This interaction without follow-up. */
  public Interaction withoutFollowUp() {
    return new Interaction(
        id, customerId, channel, direction, at, topic, outcome, Optional.empty());
  }

  /** This interaction with another customer (for example after a merge of duplicates). */
  public Interaction withCustomerId(CustomerId customer) {
    return new Interaction(id, customer, channel, direction, at, topic, outcome, followUpAt);
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Interaction i
        && id.equals(i.id)
        && customerId.equals(i.customerId)
        && channel == i.channel
        && direction == i.direction
        && at.equals(i.at)
        && topic.equals(i.topic)
        && outcome.equals(i.outcome)
        && followUpAt.equals(i.followUpAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, customerId, channel, direction, at, topic, outcome, followUpAt);
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
