package io.crmkit.identity.generate;

/**
 * How hard the generated duplicates are. Rates are per record (missing values) or per duplicate
 * (corruptions).
 *
 * @param duplicateShares probability of 0, 1, 2, 3 ... extra records per person (sums to 1)
 * @param missingRate chance that a field (e-mail, phone, birth date, address) of any record is
 *     blank
 * @param corruptionsMin fewest corruptions applied to a duplicate
 * @param corruptionsMax most corruptions applied to a duplicate
 * @param householdRate chance that a person has a household member sharing family name, address and
 *     phone
 * @param verifiedRate chance that a record's e-mail is marked verified
 * @since 0.1
 */
public record Difficulty(
    double[] duplicateShares,
    double missingRate,
    int corruptionsMin,
    int corruptionsMax,
    double householdRate,
    double verifiedRate) {

  /**
   * Checks the duplicate shares are fractions summing to 1, every rate lies in [0, 1] and {@code 0
   * <= min <= max} corruptions.
   */
  public Difficulty {
    duplicateShares = duplicateShares.clone();
    double sum = 0;
    for (double s : duplicateShares) {
      if (!(s >= 0)) {
        throw new IllegalArgumentException("duplicateShares must be non-negative but held: " + s);
      }
      sum += s;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("duplicateShares must sum to 1 but summed to " + sum);
    }
    check("missingRate", missingRate);
    check("householdRate", householdRate);
    check("verifiedRate", verifiedRate);
    if (corruptionsMin < 0 || corruptionsMax < corruptionsMin) {
      throw new IllegalArgumentException(
          "corruptions must satisfy 0 <= min <= max but were "
              + corruptionsMin
              + ", "
              + corruptionsMax);
    }
  }

  private static void check(String name, double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1] but was: " + rate);
    }
  }

  /** One corruption per duplicate, few blanks, no households. */
  public static Difficulty easy() {
    return new Difficulty(new double[] {0.6, 0.3, 0.1}, 0.05, 1, 1, 0.0, 0.2);
  }

  /**
   * Two or three corruptions per duplicate, a fifth of the fields blank, 15% of people with a
   * household member sharing family name, address and phone: the setting the F1 target refers to.
   */
  public static Difficulty hard() {
    return new Difficulty(new double[] {0.5, 0.3, 0.15, 0.05}, 0.2, 2, 3, 0.15, 0.2);
  }

  /** The duplicate shares (a copy). */
  @Override
  public double[] duplicateShares() {
    return duplicateShares.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Difficulty d
        && java.util.Arrays.equals(duplicateShares, d.duplicateShares)
        && missingRate == d.missingRate
        && corruptionsMin == d.corruptionsMin
        && corruptionsMax == d.corruptionsMax
        && householdRate == d.householdRate
        && verifiedRate == d.verifiedRate;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        java.util.Arrays.hashCode(duplicateShares),
        missingRate,
        corruptionsMin,
        corruptionsMax,
        householdRate,
        verifiedRate);
  }

  @Override
  public String toString() {
    return "Difficulty[duplicates "
        + java.util.Arrays.toString(duplicateShares)
        + ", missing "
        + missingRate
        + ", corruptions "
        + corruptionsMin
        + ".."
        + corruptionsMax
        + ", households "
        + householdRate
        + ", verified "
        + verifiedRate
        + "]";
  }
}
