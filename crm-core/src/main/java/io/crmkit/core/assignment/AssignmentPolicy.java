package io.crmkit.core.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the {@link AssignmentEngine} picks an owner: first the customer's previous owner (when {@code
 * stickyOwner} is on and that member is available with capacity), then the rules in order — the
 * first rule that applies to the item and has an eligible member decides; the others are fallbacks.
 * An item no rule places stays unassigned.
 *
 * <pre>{@code
 * AssignmentPolicy policy = AssignmentPolicy.of(
 *         Rule.of(Strategy.LEAST_LOADED, Condition.sameAttribute(AttributeKey.TERRITORY), Condition.hasSkills()),
 *         Rule.of(Strategy.ROUND_ROBIN, Condition.sameAttribute(AttributeKey.LANGUAGE)),
 *         Rule.anyone(Strategy.LEAST_LOADED))
 *     .withStickyOwner();
 * }</pre>
 *
 * @param rules the rules, tried in order (rule 1 first); at least one
 * @param stickyOwner whether a returning customer goes back to their previous owner first
 * @since 0.1
 */
public record AssignmentPolicy(List<Rule> rules, boolean stickyOwner) {

  /**
   * A policy.
   *
   * @throws IllegalArgumentException if there is no rule
   */
  public AssignmentPolicy {
    rules = List.copyOf(Objects.requireNonNull(rules, "rules must not be null"));
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("rules must hold at least one rule but was empty");
    }
  }

  /** The rules in order, without a sticky owner. */
  public static AssignmentPolicy of(Rule... rules) {
    return new AssignmentPolicy(List.of(rules), false);
  }

  /** Round-robin among everyone available. */
  public static AssignmentPolicy roundRobin() {
    return of(Rule.anyone(Strategy.ROUND_ROBIN));
  }

  /** Weighted round-robin among everyone available. */
  public static AssignmentPolicy weightedRoundRobin() {
    return of(Rule.anyone(Strategy.WEIGHTED_ROUND_ROBIN));
  }

  /** The least loaded of everyone available. */
  public static AssignmentPolicy leastLoaded() {
    return of(Rule.anyone(Strategy.LEAST_LOADED));
  }

  /** This policy with a sticky owner for returning customers. */
  public AssignmentPolicy withStickyOwner() {
    return new AssignmentPolicy(rules, true);
  }

  /** This policy with {@code fallback} tried after its rules. */
  public AssignmentPolicy thenFallBackTo(Rule fallback) {
    List<Rule> more = new ArrayList<>(rules);
    more.add(Objects.requireNonNull(fallback, "fallback must not be null"));
    return new AssignmentPolicy(more, stickyOwner);
  }

  /**
   * For example {@code "AssignmentPolicy[sticky owner; 1: Rule[same shop: least loaded]; 2:
   * Rule[anyone: least loaded]]"}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("AssignmentPolicy[");
    if (stickyOwner) {
      sb.append("sticky owner; ");
    }
    for (int i = 0; i < rules.size(); i++) {
      sb.append(i == 0 ? "" : "; ").append(i + 1).append(": ").append(rules.get(i));
    }
    return sb.append(']').toString();
  }
}
