package io.crmkit.loyalty.program;

import java.util.Objects;

/**
 * What one rule did to one purchase or event: whether it {@code applied}, the whole {@code points}
 * it added (negative for a cap, zero when not applied) and why, in words.
 *
 * @since 0.1
 */
public record RuleOutcome(String ruleId, boolean applied, long points, String explanation) {

  /**
   * Checks the rule id and explanation are not null and a rule that did not apply adds no points.
   */
  public RuleOutcome {
    Objects.requireNonNull(ruleId, "ruleId must not be null");
    Objects.requireNonNull(explanation, "explanation must not be null");
    if (!applied && points != 0) {
      throw new IllegalArgumentException(
          "a rule that did not apply cannot add points but " + ruleId + " added: " + points);
    }
  }

  static RuleOutcome applied(String ruleId, long points, String explanation) {
    return new RuleOutcome(ruleId, true, points, explanation);
  }

  static RuleOutcome notApplied(String ruleId, String explanation) {
    return new RuleOutcome(ruleId, false, 0, explanation);
  }

  @Override
  public String toString() {
    return (applied ? "applied     " : "not applied ")
        + ruleId
        + ": "
        + (applied ? (points >= 0 ? "+" : "") + points + " pts, " : "")
        + explanation;
  }
}
