package io.crmkit.identity.match;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why two records were judged the same, worth a review or different: every field's level and weight
 * (bits), the prior weight, the total, the match probability, a note when the names were compared
 * crosswise, and the deterministic rule that decided, if any.
 *
 * @since 0.1
 */
public final class PairExplanation {

  private final String left;
  private final String right;
  private final List<FieldEvidence> fields;
  private final boolean namesSwapped;
  private final double priorWeight;
  private final double totalWeight;
  private final double probability;
  private final Optional<String> rule;
  private final MatchDecision decision;

  /** Checks no component is null; the list is copied. */
  PairExplanation(
      String left,
      String right,
      List<FieldEvidence> fields,
      boolean namesSwapped,
      double priorWeight,
      double totalWeight,
      double probability,
      Optional<String> rule,
      MatchDecision decision) {
    Objects.requireNonNull(left, "left must not be null");
    Objects.requireNonNull(right, "right must not be null");
    fields = List.copyOf(fields);
    Objects.requireNonNull(rule, "rule must not be null (use Optional.empty())");
    Objects.requireNonNull(decision, "decision must not be null");
    this.left = left;
    this.right = right;
    this.fields = fields;
    this.namesSwapped = namesSwapped;
    this.priorWeight = priorWeight;
    this.totalWeight = totalWeight;
    this.probability = probability;
    this.rule = rule;
    this.decision = decision;
  }

  /** The id of the left record. */
  public String left() {
    return left;
  }

  /** The id of the right record. */
  public String right() {
    return right;
  }

  /** Every field's comparison level and weight (bits). */
  public List<FieldEvidence> fields() {
    return fields;
  }

  /** Whether the names were compared crosswise (given and family names swapped). */
  public boolean namesSwapped() {
    return namesSwapped;
  }

  /** The prior weight, in bits. */
  public double priorWeight() {
    return priorWeight;
  }

  /** The total weight (prior plus fields), in bits. */
  public double totalWeight() {
    return totalWeight;
  }

  /** The match probability in [0, 1]. */
  public double probability() {
    return probability;
  }

  /** The deterministic rule that decided, empty when the weights decided. */
  public Optional<String> rule() {
    return rule;
  }

  /** Same, review or different. */
  public MatchDecision decision() {
    return decision;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PairExplanation that
        && left.equals(that.left)
        && right.equals(that.right)
        && fields.equals(that.fields)
        && namesSwapped == that.namesSwapped
        && Double.compare(priorWeight, that.priorWeight) == 0
        && Double.compare(totalWeight, that.totalWeight) == 0
        && Double.compare(probability, that.probability) == 0
        && rule.equals(that.rule)
        && decision.equals(that.decision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        left, right, fields, namesSwapped, priorWeight, totalWeight, probability, rule, decision);
  }

  /** The fields that agreed (any level above "different"). */
  public List<FieldEvidence> agreeing() {
    return fields.stream().filter(FieldEvidence::agreed).toList();
  }

  /** A readable block: the decision, then one line per field. */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s vs %s: %s (weight %+.2f bits, p=%.4f)%s",
                left,
                right,
                decision,
                totalWeight,
                probability,
                rule.map(r -> " by rule: " + r).orElse("")));
    b.append(String.format(Locale.ROOT, "%n  prior %+.2f", priorWeight));
    for (FieldEvidence f : fields) {
      b.append("\n  ").append(f);
    }
    if (namesSwapped) {
      b.append("\n  (given and family names compared crosswise)");
    }
    return b.toString();
  }
}
