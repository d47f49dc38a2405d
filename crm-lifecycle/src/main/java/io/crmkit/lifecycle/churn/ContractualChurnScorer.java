package io.crmkit.lifecycle.churn;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Churn in a contractual setting: the probability of not renewing at the next period, {@code 1 −
 * S(t+1)/S(t)} of a {@link RetentionCurve}, for a customer who has completed {@code t} periods. The
 * number of completed periods of a row comes from a {@link RowFunction} (floored; e.g. {@link
 * #periodsFromAge(double)}).
 *
 * @since 0.1
 */
public final class ContractualChurnScorer implements ChurnScorer {

  private final String name;
  private final RetentionCurve curve;
  private final RowFunction periodsCompleted;

  private ContractualChurnScorer(String name, RetentionCurve curve, RowFunction periodsCompleted) {
    this.name = Objects.requireNonNull(name, "name must not be null");
    this.curve = Objects.requireNonNull(curve, "curve must not be null");
    this.periodsCompleted =
        Objects.requireNonNull(periodsCompleted, "periodsCompleted must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank but was: '" + name + "'");
    }
  }

  /** A scorer from a retention curve and each row's completed periods. */
  public static ContractualChurnScorer of(
      String name, RetentionCurve curve, RowFunction periodsCompleted) {
    return new ContractualChurnScorer(name, curve, periodsCompleted);
  }

  /**
   * Completed periods as {@code floor(T / unitsPerPeriod)}: the time since sign-up (the first
   * purchase) in periods of {@code unitsPerPeriod} summary units (e.g. 52.18 weeks for yearly
   * contracts).
   */
  public static RowFunction periodsFromAge(double unitsPerPeriod) {
    if (!(unitsPerPeriod > 0) || Double.isInfinite(unitsPerPeriod)) {
      throw new IllegalArgumentException(
          "unitsPerPeriod must be positive and finite but was: " + unitsPerPeriod);
    }
    return (s, i) -> Math.floor(s.age(i) / unitsPerPeriod);
  }

  /** The completed periods of row {@code row}. */
  public int periods(CustomerSummaries population, int row) {
    double t = periodsCompleted.applyAsDouble(population, row);
    if (!(t >= 0) || t > Integer.MAX_VALUE) {
      throw new IllegalStateException(
          "completed periods of customer "
              + population.id(row)
              + " must be a number from 0 to "
              + Integer.MAX_VALUE
              + " but was: "
              + t);
    }
    return (int) Math.floor(t);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public double probability(CustomerSummaries population, int row) {
    return curve.probabilityNotRenewing(periods(population, row));
  }

  @Override
  public List<Reason> reasons(CustomerSummaries population, int row) {
    int t = periods(population, row);
    double p = curve.probabilityNotRenewing(t);
    return List.of(
        Reason.of(
            "tenure",
            String.format(
                Locale.ROOT,
                "%d periods completed: %.1f%% of such customers do not renew at the next",
                t,
                100 * p),
            p));
  }

  @Override
  public String toString() {
    return "ContractualChurnScorer[" + name + "]";
  }
}
