package io.crmkit.lifecycle.model;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TransactionColumns;
import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Customer histories with the regularity of their purchases, for {@link BgCnbdModel} and {@link
 * MbgCnbdModel}: per customer x repeat purchases, the last at t_x, observed for T (as in {@link
 * CustomerSummaries}, in its time unit) and litt, the sum of the logarithms of the x interpurchase
 * times (in the same unit; 0 when x = 0), BTYDplus's {@code litt} column.
 *
 * <p>By the inequality of arithmetic and geometric means litt ≤ x ln(t_x / x); the constructor
 * refuses a column set that breaks it (litt in another unit than t_x, say).
 *
 * @since 0.1
 */
public final class RegularityData {

  private final double[] x;
  private final double[] tx;
  private final double[] age;
  private final double[] litt;
  private final WeightedData weighted;
  private final double totalLitt;
  private final double totalFrequency;

  private RegularityData(double[] x, double[] tx, double[] age, double[] litt) {
    int n = x.length;
    if (tx.length != n || age.length != n || litt.length != n) {
      throw new IllegalArgumentException(
          "columns must have the same length but had x="
              + n
              + ", t_x="
              + tx.length
              + ", T="
              + age.length
              + ", litt="
              + litt.length);
    }
    double sumLitt = 0;
    double sumX = 0;
    for (int i = 0; i < n; i++) {
      TransactionModel.checkHistory(x[i], tx[i], age[i]);
      if (!Double.isFinite(litt[i])) {
        throw new IllegalArgumentException(
            "litt of row " + i + " must be finite but was: " + litt[i]);
      }
      if (x[i] == 0 && litt[i] != 0) {
        throw new IllegalArgumentException(
            "litt of row " + i + " must be 0 without repeat purchases but was: " + litt[i]);
      }
      if (x[i] > 0) {
        double bound = x[i] * Math.log(tx[i] / x[i]);
        if (!(litt[i] <= bound + 1e-9 * Math.max(1, Math.abs(bound)))) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT,
                  "litt of row %d must be at most x ln(t_x/x) = %s (x=%s, t_x=%s) but was: %s",
                  i,
                  Models.number(bound),
                  Models.number(x[i]),
                  Models.number(tx[i]),
                  Models.number(litt[i])));
        }
      }
      sumLitt += litt[i];
      sumX += x[i];
    }
    this.x = x;
    this.tx = tx;
    this.age = age;
    this.litt = litt;
    this.weighted = WeightedData.compress(x, tx, age);
    this.totalLitt = sumLitt;
    this.totalFrequency = sumX;
  }

  /**
   * Histories from columns: frequencies, recencies and ages as in {@link CustomerSummaries}, and
   * the sums of log interpurchase times (copied).
   *
   * @throws IllegalArgumentException when the lengths differ, a history is invalid or a litt is not
   *     finite, not 0 for x = 0, or above x ln(t_x/x)
   */
  public static RegularityData of(double[] x, double[] tx, double[] age, double[] litt) {
    Objects.requireNonNull(x, "x must not be null");
    Objects.requireNonNull(tx, "tx must not be null");
    Objects.requireNonNull(age, "age must not be null");
    Objects.requireNonNull(litt, "litt must not be null");
    return new RegularityData(x.clone(), tx.clone(), age.clone(), litt.clone());
  }

  /**
   * Histories of the customers of {@code transactions} as {@link CustomerSummaries#of(
   * TransactionColumns, SummaryOptions)} summarises them (same rows in the same order), with litt
   * from the distinct purchase periods of the calibration: the interpurchase times are the gaps
   * between consecutive periods in the summary's time unit, so several purchases in one period
   * count as one, as in the frequency (and in BTYDplus's {@code elog2cbs}, which merges a day's
   * transactions). Refunds do not count as purchases.
   */
  public static RegularityData of(TransactionColumns transactions, SummaryOptions options) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    Objects.requireNonNull(options, "options must not be null");
    CustomerSummaries s = CustomerSummaries.of(transactions, options);
    Map<String, Integer> index = new HashMap<>(Math.max(16, s.size() * 2));
    for (int i = 0; i < s.size(); i++) {
      index.put(s.id(i), i);
    }
    long period = options.purchasePeriod().seconds();
    double periodInUnits = period / options.unit().seconds();
    long calEndExcl = (options.calibrationEnd().toEpochDay() + 1) * 86_400L;
    ZoneRules rules = options.zone().getRules();
    long[][] periods = new long[s.size()][];
    int[] counts = new int[s.size()];
    for (int row = 0; row < transactions.size(); row++) {
      if (transactions.isRefund(row)) {
        continue;
      }
      long epoch = transactions.epochSecond(row);
      long local = epoch + rules.getOffset(Instant.ofEpochSecond(epoch)).getTotalSeconds();
      if (local >= calEndExcl) {
        continue;
      }
      Integer i = index.get(transactions.customerId(row));
      if (i == null) {
        continue;
      }
      if (periods[i] == null) {
        periods[i] = new long[4];
      } else if (counts[i] == periods[i].length) {
        periods[i] = Arrays.copyOf(periods[i], counts[i] * 2);
      }
      periods[i][counts[i]++] = Math.floorDiv(local, period);
    }
    double[] x = new double[s.size()];
    double[] tx = new double[s.size()];
    double[] age = new double[s.size()];
    double[] litt = new double[s.size()];
    for (int i = 0; i < s.size(); i++) {
      x[i] = s.frequency(i);
      tx[i] = s.recency(i);
      age[i] = s.age(i);
      if (periods[i] == null) {
        continue;
      }
      long[] p = Arrays.copyOf(periods[i], counts[i]);
      Arrays.sort(p);
      double sum = 0;
      for (int j = 1; j < p.length; j++) {
        if (p[j] != p[j - 1]) {
          sum += Math.log((p[j] - p[j - 1]) * periodInUnits);
        }
      }
      litt[i] = sum;
    }
    return new RegularityData(x, tx, age, litt);
  }

  /** The number of customers. */
  public int size() {
    return x.length;
  }

  /** Repeat purchases of customer {@code i}. */
  public double x(int i) {
    return x[i];
  }

  /** Time of the last purchase of customer {@code i} since the first. */
  public double tx(int i) {
    return tx[i];
  }

  /** Time customer {@code i} was observed since the first purchase. */
  public double age(int i) {
    return age[i];
  }

  /** The sum of the log interpurchase times of customer {@code i}. */
  public double litt(int i) {
    return litt[i];
  }

  /** Σ litt over the customers. */
  public double totalLitt() {
    return totalLitt;
  }

  /** Σ x over the customers. */
  public double totalFrequency() {
    return totalFrequency;
  }

  /** The histories (x, t_x, T) compressed into weighted rows: what the fit's kernel sums over. */
  public WeightedData weighted() {
    return weighted;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "RegularityData(%d customers, %d distinct histories, mean x=%.3f, mean litt=%.3f)",
        size(),
        weighted.rows(),
        size() == 0 ? 0.0 : totalFrequency / size(),
        size() == 0 ? 0.0 : totalLitt / size());
  }
}
