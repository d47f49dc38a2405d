package io.crmkit.marketing.usual;

/**
 * How habits are read.
 *
 * @param halfLifeDays days after which a purchase counts half in the habit score, positive
 * @param minPurchases the fewest purchases (baskets on distinct days) that make an item habitual,
 *     at least 1
 * @param dueToleranceDays an item is due now if its next purchase is expected within this many
 *     days, not negative
 * @param lapseFactor an item is lapsed, and no longer due, once {@code lapseFactor} median
 *     intervals passed since its last purchase; at least 1
 * @since 0.1
 */
public record UsualOptions(
    double halfLifeDays, int minPurchases, int dueToleranceDays, double lapseFactor) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public UsualOptions {
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new IllegalArgumentException(
          "halfLifeDays must be positive and finite but was: " + halfLifeDays);
    }
    if (minPurchases < 1) {
      throw new IllegalArgumentException(
          "minPurchases must be at least 1 but was: " + minPurchases);
    }
    if (dueToleranceDays < 0) {
      throw new IllegalArgumentException(
          "dueToleranceDays must not be negative but was: " + dueToleranceDays);
    }
    if (!(lapseFactor >= 1) || Double.isInfinite(lapseFactor)) {
      throw new IllegalArgumentException(
          "lapseFactor must be at least 1 and finite but was: " + lapseFactor);
    }
  }

  /** Half-life 90 days, habitual from 2 purchases, due within 3 days, lapsed after 3 intervals. */
  public static UsualOptions defaults() {
    return new UsualOptions(90, 2, 3, 3);
  }

  /** These options with half-life {@code days}. */
  public UsualOptions withHalfLifeDays(double days) {
    return new UsualOptions(days, minPurchases, dueToleranceDays, lapseFactor);
  }

  /** These options with habits from {@code value} purchases. */
  public UsualOptions withMinPurchases(int value) {
    return new UsualOptions(halfLifeDays, value, dueToleranceDays, lapseFactor);
  }

  /** These options with due-now tolerance {@code days}. */
  public UsualOptions withDueToleranceDays(int days) {
    return new UsualOptions(halfLifeDays, minPurchases, days, lapseFactor);
  }
}
