package io.crmkit.service.sla;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.service.Priority;
import java.util.Objects;
import java.util.Optional;

/**
 * Which tickets a target applies to: a priority, a channel and a tier, each optional (empty matches
 * any). Among the rules matching a ticket the {@link SlaPolicy} takes the most specific (most
 * criteria set), the first declared among equally specific ones.
 *
 * @since 0.1
 */
public final class SlaRule {

  private final Optional<Priority> priority;
  private final Optional<Channel> channel;
  private final Optional<Tier> tier;
  private final SlaTarget target;

  /** A rule. */
  private SlaRule(
      Optional<Priority> priority,
      Optional<Channel> channel,
      Optional<Tier> tier,
      SlaTarget target) {
    Objects.requireNonNull(priority, "priority must not be null (use Optional.empty())");
    Objects.requireNonNull(channel, "channel must not be null (use Optional.empty())");
    Objects.requireNonNull(tier, "tier must not be null (use Optional.empty())");
    Objects.requireNonNull(target, "target must not be null");
    this.priority = priority;
    this.channel = channel;
    this.tier = tier;
    this.target = target;
  }

  /** The priority, empty for any. */
  public Optional<Priority> priority() {
    return priority;
  }

  /** The channel, empty for any. */
  public Optional<Channel> channel() {
    return channel;
  }

  /** The customer tier, empty for any. */
  public Optional<Tier> tier() {
    return tier;
  }

  /** The targets of matching tickets. */
  public SlaTarget target() {
    return target;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SlaRule that
        && priority.equals(that.priority)
        && channel.equals(that.channel)
        && tier.equals(that.tier)
        && target.equals(that.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(priority, channel, tier, target);
  }

  /** A rule for every ticket. */
  public static SlaRule any(SlaTarget target) {
    return new SlaRule(Optional.empty(), Optional.empty(), Optional.empty(), target);
  }

  /** A rule for tickets of {@code priority}. */
  public static SlaRule forPriority(Priority priority, SlaTarget target) {
    return new SlaRule(
        Optional.of(Objects.requireNonNull(priority, "priority must not be null")),
        Optional.empty(),
        Optional.empty(),
        target);
  }

  /** This rule restricted to {@code value}. */
  public SlaRule onChannel(Channel value) {
    return new SlaRule(
        priority,
        Optional.of(Objects.requireNonNull(value, "channel must not be null")),
        tier,
        target);
  }

  /** This rule restricted to customers of {@code value}. */
  public SlaRule forTier(Tier value) {
    return new SlaRule(
        priority,
        channel,
        Optional.of(Objects.requireNonNull(value, "tier must not be null")),
        target);
  }

  /** Whether the rule applies to {@code ticket}. */
  public boolean matches(Ticket ticket) {
    return (priority.isEmpty() || priority.get() == ticket.request().priority())
        && (channel.isEmpty() || channel.get() == ticket.channel())
        && (tier.isEmpty() || tier.get().equals(ticket.tier()));
  }

  /** The number of criteria set, 0 to 3. */
  public int specificity() {
    return (priority.isPresent() ? 1 : 0)
        + (channel.isPresent() ? 1 : 0)
        + (tier.isPresent() ? 1 : 0);
  }

  /** For example {@code "HIGH/CHAT/gold: first response PT30M, resolution PT4H"}. */
  @Override
  public String toString() {
    return priority.map(Enum::name).orElse("any")
        + "/"
        + channel.map(Enum::name).orElse("any")
        + "/"
        + tier.map(Tier::name).orElse("any")
        + ": "
        + target;
  }
}
