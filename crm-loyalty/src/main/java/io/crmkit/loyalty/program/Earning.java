package io.crmkit.loyalty.program;

import io.crmkit.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The points a purchase or event earns (whole points), the eligible spend they were computed from
 * (in the programme's currency; zero for events) and the outcome of every rule, applied or not, in
 * evaluation order. The applied outcomes' points add up to {@code points}.
 *
 * @param points the whole points earned, zero or more
 * @param eligibleSpend the spend the rules applied to, in the programme's currency
 * @param outcomes every rule's outcome, in evaluation order
 * @since 0.1
 */
public record Earning(long points, Money eligibleSpend, List<RuleOutcome> outcomes) {

  /** Validates and copies the outcomes. */
  public Earning {
    Objects.requireNonNull(eligibleSpend, "eligibleSpend must not be null");
    Objects.requireNonNull(outcomes, "outcomes must not be null");
    outcomes = List.copyOf(outcomes);
    if (points < 0) {
      throw new IllegalArgumentException("points must not be negative but was: " + points);
    }
  }

  /** The rules that applied. */
  public List<RuleOutcome> applied() {
    List<RuleOutcome> out = new ArrayList<>();
    for (RuleOutcome o : outcomes) {
      if (o.applied()) {
        out.add(o);
      }
    }
    return out;
  }

  /** The rules that did not apply, each with why. */
  public List<RuleOutcome> notApplied() {
    List<RuleOutcome> out = new ArrayList<>();
    for (RuleOutcome o : outcomes) {
      if (!o.applied()) {
        out.add(o);
      }
    }
    return out;
  }

  /** A one-line reason for a ledger entry: the ids of the applied rules and their points. */
  public String reason() {
    StringBuilder s = new StringBuilder();
    for (RuleOutcome o : outcomes) {
      if (o.applied()) {
        if (s.length() > 0) {
          s.append(", ");
        }
        s.append(o.ruleId()).append(' ').append(o.points() >= 0 ? "+" : "").append(o.points());
      }
    }
    return s.length() == 0 ? "no rule applied" : s.toString();
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder()
            .append(points)
            .append(" pts on eligible spend ")
            .append(eligibleSpend.amount().toPlainString())
            .append(' ')
            .append(eligibleSpend.currency().getCurrencyCode());
    for (RuleOutcome o : outcomes) {
      s.append("\n  ").append(o);
    }
    return s.toString();
  }
}
