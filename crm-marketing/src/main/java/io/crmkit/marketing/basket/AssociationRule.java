package io.crmkit.marketing.basket;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An association rule {@code antecedent => consequent} with its measures, all computed from basket
 * counts over {@code n} baskets: {@code support = count(A∪C)/n}, {@code confidence =
 * count(A∪C)/count(A)}, {@code lift = confidence/supp(C)}, {@code leverage = supp(A∪C) −
 * supp(A)·supp(C)} and {@code conviction = (1 − supp(C))/(1 − confidence)} (positive infinity when
 * the confidence is 1).
 *
 * @param antecedent the items of the left-hand side (may be empty: the rule then says how often C
 *     is bought)
 * @param consequent the item of the right-hand side
 * @param count baskets that contain the antecedent and the consequent
 * @param support {@code count} as a fraction of the baskets
 * @param confidence the fraction of the antecedent's baskets that contain the consequent
 * @param lift confidence divided by the consequent's support (1: independent)
 * @param leverage the support minus its value under independence, a fraction in [-0.25, 0.25]
 * @param conviction how much more often the rule would be wrong under independence, in [0, ∞]
 * @since 0.1
 */
public record AssociationRule(
    List<String> antecedent,
    String consequent,
    int count,
    double support,
    double confidence,
    double lift,
    double leverage,
    double conviction) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public AssociationRule {
    antecedent = List.copyOf(Objects.requireNonNull(antecedent, "antecedent must not be null"));
    Objects.requireNonNull(consequent, "consequent must not be null");
    if (antecedent.contains(consequent)) {
      throw new IllegalArgumentException(
          "consequent " + consequent + " must not be in the antecedent " + antecedent);
    }
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive but was: " + count);
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1] but was: " + confidence);
    }
  }

  /**
   * The rule of {@code countAll} baskets with antecedent and consequent, {@code countAntecedent}
   * with the antecedent, {@code countConsequent} with the consequent, out of {@code baskets}.
   */
  public static AssociationRule of(
      List<String> antecedent,
      String consequent,
      int countAll,
      int countAntecedent,
      int countConsequent,
      int baskets) {
    if (countAll > countAntecedent
        || countAll > countConsequent
        || countAntecedent > baskets
        || countConsequent > baskets) {
      throw new IllegalArgumentException(
          "counts must satisfy countAll <= countAntecedent, countConsequent <= baskets"
              + " but were: "
              + countAll
              + ", "
              + countAntecedent
              + ", "
              + countConsequent
              + ", "
              + baskets);
    }
    double n = baskets;
    double supp = countAll / n;
    double conf = countAll / (double) countAntecedent;
    double suppC = countConsequent / n;
    double lift = conf / suppC;
    double leverage = supp - (countAntecedent / n) * suppC;
    double conviction = conf >= 1 ? Double.POSITIVE_INFINITY : (1 - suppC) / (1 - conf);
    return new AssociationRule(
        antecedent, consequent, countAll, supp, conf, lift, leverage, conviction);
  }

  /** The number of items of the rule: antecedent plus one. */
  public int length() {
    return antecedent.size() + 1;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "{%s} => {%s} support %.4f confidence %.3f lift %.2f leverage %.4f conviction %.2f",
        String.join(", ", antecedent),
        consequent,
        support,
        confidence,
        lift,
        leverage,
        conviction);
  }
}
