package io.crmkit.lifecycle.model;

/**
 * The weak L2 penalizer the convenience fits ({@code BgNbdModel.fit(CustomerSummaries)} and the
 * like, and {@code crm fit} without {@code --penalizer}) apply to small data, as CLVTools and
 * lifetimes users are advised to: with fewer than {@value #SMALL_DATA_CUSTOMERS} customers the
 * likelihood of a BTYD model is often flat in some direction (a shop with many one-time buyers and
 * a short history: BG/NBD's a and b run off to 10⁵ together), and plain maximum likelihood does not
 * converge. A penalizer of {@value #SMALL_DATA_PENALIZER} (in the objective (−LL + λΣθ²)/n of
 * {@link MaximumLikelihood}) keeps such parameters finite while moving well-identified estimates by
 * well under their standard errors. With {@value #SMALL_DATA_CUSTOMERS} customers or more no
 * penalizer is applied, so published results (CDNOW, the donations data) are plain maximum
 * likelihood. The fits that take an explicit penalizer use exactly the one given.
 *
 * <p>The penalty is on the natural parameters, so it depends on their units: BG/NBD's α and
 * Pareto/NBD's α and β are in the time unit of the data (weeks here keeps them of order 1–100).
 * Gamma-Gamma's γ is in currency units, so its convenience fit applies no default penalizer.
 *
 * @since 0.1
 */
public final class DefaultPenalizer {

  /** Below this many customers (the sum of weights) the default penalizer applies. */
  public static final int SMALL_DATA_CUSTOMERS = 500;

  /** The penalizer applied to small data. */
  public static final double SMALL_DATA_PENALIZER = 0.001;

  private DefaultPenalizer() {}

  /**
   * {@value #SMALL_DATA_PENALIZER} for fewer than {@value #SMALL_DATA_CUSTOMERS} customers, else 0.
   */
  public static double forCustomers(double customers) {
    return customers < SMALL_DATA_CUSTOMERS ? SMALL_DATA_PENALIZER : 0.0;
  }
}
