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
public record PairExplanation(
    String left,
    String right,
    List<FieldEvidence> fields,
    boolean namesSwapped,
    double priorWeight,
    double totalWeight,
    double probability,
    Optional<String> rule,
    MatchDecision decision) {

  /** Checks no component is null; the list is copied. */
  public PairExplanation {
    Objects.requireNonNull(left, "left must not be null");
    Objects.requireNonNull(right, "right must not be null");
    fields = List.copyOf(fields);
    Objects.requireNonNull(rule, "rule must not be null (use Optional.empty())");
    Objects.requireNonNull(decision, "decision must not be null");
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
