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
 * @param priority the priority, empty for any
 * @param channel the channel, empty for any
 * @param tier the customer tier, empty for any
 * @param target the targets of matching tickets
 * @since 0.1
 */
public record SlaRule(
    Optional<Priority> priority, Optional<Channel> channel, Optional<Tier> tier, SlaTarget target) {

  /** A rule. */
  public SlaRule {
    Objects.requireNonNull(priority, "priority must not be null (use Optional.empty())");
    Objects.requireNonNull(channel, "channel must not be null (use Optional.empty())");
    Objects.requireNonNull(tier, "tier must not be null (use Optional.empty())");
    Objects.requireNonNull(target, "target must not be null");
  }

  /** A rule for every ticket. */
  public static SlaRule any(SlaTarget target) {
    return new SlaRule(Optional.empty(), Optional.empty(), Optional.empty(), target);
  }

  /** A rule for tickets of {@code priority}. */
  public static SlaRule forPriority(Priority priority, SlaTarget target) {
    return new SlaRule(Optional.of(priority), Optional.empty(), Optional.empty(), target);
  }

  /** This rule restricted to {@code value}. */
  public SlaRule onChannel(Channel value) {
    return new SlaRule(priority, Optional.of(value), tier, target);
  }

  /** This rule restricted to customers of {@code value}. */
  public SlaRule forTier(Tier value) {
    return new SlaRule(priority, channel, Optional.of(value), target);
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
