package io.crmkit.core.assignment;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One step of an {@link AssignmentPolicy}: the members passing every condition compete by a
 * strategy. A rule without conditions takes anyone available (a fallback).
 *
 * @param conditions the tests every candidate must pass, possibly none
 * @param strategy how one eligible candidate is picked
 * @since 0.1
 */
public record Rule(List<Condition> conditions, Strategy strategy) {

  /** A rule. */
  public Rule {
    conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions must not be null"));
    Objects.requireNonNull(strategy, "strategy must not be null");
  }

  /** Members passing every one of {@code conditions}, picked by {@code strategy}. */
  public static Rule of(Strategy strategy, Condition... conditions) {
    return new Rule(List.of(conditions), strategy);
  }

  /** Any available member, picked by {@code strategy}. */
  public static Rule anyone(Strategy strategy) {
    return new Rule(List.of(), strategy);
  }

  /** Whether every condition can judge {@code item}. */
  public boolean appliesTo(WorkItem item) {
    for (Condition c : conditions) {
      if (!c.appliesTo(item)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The conditions as shown in explanations, e.g. {@code "territory=EU, skills=[billing]"}; {@code
   * "anyone"} for none.
   */
  public String describe(WorkItem item) {
    if (conditions.isEmpty()) {
      return "anyone";
    }
    if (conditions.size() == 1) {
      return conditions.get(0).describe(item);
    }
    StringBuilder sb = new StringBuilder();
    for (Condition c : conditions) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c.describe(item));
    }
    return sb.toString();
  }

  /** For example {@code "Rule[same territory, has skills: least loaded]"}. */
  @Override
  public String toString() {
    return "Rule["
        + (conditions.isEmpty()
            ? "anyone"
            : conditions.stream().map(Condition::toString).collect(Collectors.joining(", ")))
        + ": "
        + strategy
        + "]";
  }
}
