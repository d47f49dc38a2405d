package io.crmkit.lifecycle.cohort;

/**
 * Where every transaction of a {@link CohortTable} went; the four counts add up to the input rows.
 *
 * @param purchases purchases on or before the last month (each in its cohort's cell)
 * @param refunds refunds on or after their customer's first purchase and on or before the last
 *     month (subtracted from their cell's revenue)
 * @param afterLastMonth transactions after the last month; not used
 * @param refundsWithoutCohort refunds of customers before their first purchase, or of customers
 *     without any purchase; no cohort holds them
 * @since 0.1
 */
public record CohortAccounting(
    long purchases, long refunds, long afterLastMonth, long refundsWithoutCohort) {

  /** Checks that no count is negative. */
  public CohortAccounting {
    if (purchases < 0 || refunds < 0 || afterLastMonth < 0 || refundsWithoutCohort < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative but were: purchases="
              + purchases
              + ", refunds="
              + refunds
              + ", afterLastMonth="
              + afterLastMonth
              + ", refundsWithoutCohort="
              + refundsWithoutCohort);
    }
  }

  /** The number of input transactions accounted for. */
  public long total() {
    return purchases + refunds + afterLastMonth + refundsWithoutCohort;
  }
}
