package io.crmkit.lifecycle.cohort;

import io.crmkit.core.summary.TransactionColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Acquisition cohorts by calendar month: the retention and revenue matrices of a customer base.
 *
 * <p>Each customer belongs to the cohort of the calendar month, in an explicit time zone, of their
 * first purchase. Cell (cohort, k) covers the k-th calendar month after that month (k = 0 is the
 * acquisition month itself): {@link #active} counts the cohort's customers who made at least one
 * purchase in it, {@link #retention} divides that by the cohort's size, and {@link #revenue} is the
 * cohort's net revenue in it (purchases minus refunds, in the currency units of the transactions).
 * Row c has one cell per month from the cohort's month up to the table's last month, so the
 * matrices are triangular ("ragged"): months after the last month are not observed and have no
 * cell.
 *
 * <p>Every input row is accounted for in {@link #accounting()}: purchases and refunds in observed
 * months, rows after the last month, and refunds of customers before their first purchase (which
 * have no cohort to belong to).
 *
 * @since 0.1
 */
public final class CohortTable {

  private final ZoneId zone;
  private final YearMonth first;
  private final YearMonth last;
  private final int[] sizes;
  private final int[][] active;
  private final double[][] revenue;
  private final CohortAccounting accounting;

  private CohortTable(
      ZoneId zone,
      YearMonth first,
      YearMonth last,
      int[] sizes,
      int[][] active,
      double[][] revenue,
      CohortAccounting accounting) {
    this.zone = zone;
    this.first = first;
    this.last = last;
    this.sizes = sizes;
    this.active = active;
    this.revenue = revenue;
    this.accounting = accounting;
  }

  /**
   * The monthly cohorts of {@code transactions} observed up to and including {@code lastMonth},
   * with months taken in {@code zone}. Transactions after {@code lastMonth} are counted in the
   * accounting and otherwise ignored; the first cohort is the month of the earliest purchase.
   *
   * @throws IllegalArgumentException when no purchase falls on or before {@code lastMonth}
   */
  public static CohortTable monthly(
      TransactionColumns transactions, ZoneId zone, YearMonth lastMonth) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(lastMonth, "lastMonth must not be null");
    int n = transactions.size();
    long end = lastMonth.plusMonths(1).atDay(1).atStartOfDay(zone).toEpochSecond();

    // pass 1: each customer's first purchase (epoch second), on primitive keys
    KeyIndex customers = new KeyIndex(Math.max(16, n / 4));
    long[] firstPurchase = new long[16];
    long earliest = Long.MAX_VALUE;
    for (int row = 0; row < n; row++) {
      long t = transactions.epochSecond(row);
      if (t >= end || transactions.isRefund(row)) {
        continue;
      }
      int known = customers.size();
      int c = customers.indexOf(transactions.customerKey(row));
      if (c == known) {
        if (c == firstPurchase.length) {
          firstPurchase = Arrays.copyOf(firstPurchase, c * 2);
        }
        firstPurchase[c] = t;
      } else if (t < firstPurchase[c]) {
        firstPurchase[c] = t;
      }
      earliest = Math.min(earliest, t);
    }
    if (customers.size() == 0) {
      throw new IllegalArgumentException(
          "transactions must hold a purchase on or before lastMonth "
              + lastMonth
              + " but held none ("
              + n
              + " rows)");
    }
    YearMonth firstMonth = YearMonth.from(Instant.ofEpochSecond(earliest).atZone(zone));
    MonthIndex months = new MonthIndex(firstMonth, lastMonth, zone);
    int cohortCount = months.count();

    int customerCount = customers.size();
    int[] cohortOf = new int[customerCount];
    int[] sizes = new int[cohortCount];
    for (int c = 0; c < customerCount; c++) {
      cohortOf[c] = months.indexOf(firstPurchase[c]);
      sizes[cohortOf[c]]++;
    }
    int[][] active = new int[cohortCount][];
    double[][] revenue = new double[cohortCount][];
    for (int i = 0; i < cohortCount; i++) {
      active[i] = new int[cohortCount - i];
      revenue[i] = new double[cohortCount - i];
    }

    // pass 2: cells. Rows need not be sorted, so each (customer, month since acquisition) is
    // remembered in a flat bit set of `words` longs per customer, and counted once.
    int words = (cohortCount + 63) >>> 6;
    long[] seen = new long[Math.multiplyExact(customerCount, words)];
    long purchases = 0;
    long refunds = 0;
    long after = 0;
    long unassignedRefunds = 0;
    for (int row = 0; row < n; row++) {
      long t = transactions.epochSecond(row);
      if (t >= end) {
        after++;
        continue;
      }
      boolean refund = transactions.isRefund(row);
      int c = customers.find(transactions.customerKey(row));
      if (c < 0 || t < firstPurchase[c]) {
        // only a refund can come before its customer's first purchase, or from a customer without
        // one
        unassignedRefunds++;
        continue;
      }
      int cohort = cohortOf[c];
      int k = months.indexOf(t) - cohort;
      if (refund) {
        refunds++;
        revenue[cohort][k] -= transactions.amount(row);
        continue;
      }
      purchases++;
      revenue[cohort][k] += transactions.amount(row);
      int word = c * words + (k >>> 6);
      long mask = 1L << (k & 63);
      if ((seen[word] & mask) == 0) {
        seen[word] |= mask;
        active[cohort][k]++;
      }
    }
    CohortAccounting accounting =
        new CohortAccounting(purchases, refunds, after, unassignedRefunds);
    return new CohortTable(zone, firstMonth, lastMonth, sizes, active, revenue, accounting);
  }

  /** The time zone in which months were taken. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The cohort months, oldest first, one per calendar month from the first purchase to the last
   * month.
   */
  public List<YearMonth> cohorts() {
    List<YearMonth> list = new ArrayList<>(sizes.length);
    for (int i = 0; i < sizes.length; i++) {
      list.add(first.plusMonths(i));
    }
    return List.copyOf(list);
  }

  /** The last observed month. */
  public YearMonth lastMonth() {
    return last;
  }

  /** The number of customers acquired in {@code cohort} (0 for a month without first purchases). */
  public int size(YearMonth cohort) {
    return sizes[index(cohort)];
  }

  /**
   * The number of observed months of {@code cohort}: from its month to the last month, inclusive.
   */
  public int monthsObserved(YearMonth cohort) {
    return active[index(cohort)].length;
  }

  /**
   * The customers of {@code cohort} who purchased in the {@code monthsSince}-th month after
   * acquisition.
   */
  public int active(YearMonth cohort, int monthsSince) {
    int i = index(cohort);
    return active[i][cell(i, monthsSince)];
  }

  /**
   * The share (0 to 1) of {@code cohort}'s customers who purchased in the {@code monthsSince}-th
   * month after acquisition; 0 for a cohort without customers.
   */
  public double retention(YearMonth cohort, int monthsSince) {
    int i = index(cohort);
    int k = cell(i, monthsSince);
    return sizes[i] == 0 ? 0 : (double) active[i][k] / sizes[i];
  }

  /**
   * {@code cohort}'s net revenue (purchases minus refunds, currency units) in the {@code
   * monthsSince}-th month.
   */
  public double revenue(YearMonth cohort, int monthsSince) {
    int i = index(cohort);
    return revenue[i][cell(i, monthsSince)];
  }

  /**
   * The active counts, one row per cohort (row i has {@code cohorts().size() - i} cells); a copy.
   */
  public int[][] activeMatrix() {
    int[][] copy = new int[active.length][];
    for (int i = 0; i < active.length; i++) {
      copy[i] = active[i].clone();
    }
    return copy;
  }

  /** The retention shares (0 to 1), shaped as {@link #activeMatrix()}. */
  public double[][] retentionMatrix() {
    double[][] m = new double[active.length][];
    for (int i = 0; i < active.length; i++) {
      m[i] = new double[active[i].length];
      for (int k = 0; k < m[i].length; k++) {
        m[i][k] = sizes[i] == 0 ? 0 : (double) active[i][k] / sizes[i];
      }
    }
    return m;
  }

  /** The net revenue per cell (currency units), shaped as {@link #activeMatrix()}; a copy. */
  public double[][] revenueMatrix() {
    double[][] copy = new double[revenue.length][];
    for (int i = 0; i < revenue.length; i++) {
      copy[i] = revenue[i].clone();
    }
    return copy;
  }

  /** Where every input row went. */
  public CohortAccounting accounting() {
    return accounting;
  }

  /**
   * Writes one CSV line per cell, with a header: {@code
   * cohort,months_since,customers,active,retention,revenue} (retention 0 to 1).
   */
  public void writeCsv(Appendable out) {
    Objects.requireNonNull(out, "out must not be null");
    try {
      out.append("cohort,months_since,customers,active,retention,revenue\n");
      for (int i = 0; i < active.length; i++) {
        for (int k = 0; k < active[i].length; k++) {
          double share = sizes[i] == 0 ? 0 : (double) active[i][k] / sizes[i];
          out.append(first.plusMonths(i).toString())
              .append(',')
              .append(Integer.toString(k))
              .append(',')
              .append(Integer.toString(sizes[i]))
              .append(',')
              .append(Integer.toString(active[i][k]))
              .append(',')
              .append(Double.toString(share))
              .append(',')
              .append(Double.toString(revenue[i][k]))
              .append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The retention grid in percent, one line per cohort, for JShell. */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "CohortTable[%s..%s, %s, %d customers]%n",
                first,
                last,
                zone,
                Arrays.stream(sizes).sum()));
    s.append(String.format(Locale.ROOT, "%-8s %9s", "cohort", "customers"));
    for (int k = 0; k < Math.min(active.length, 13); k++) {
      s.append(String.format(Locale.ROOT, " %5s", "+" + k));
    }
    s.append(System.lineSeparator());
    for (int i = 0; i < active.length; i++) {
      s.append(String.format(Locale.ROOT, "%-8s %9d", first.plusMonths(i), sizes[i]));
      for (int k = 0; k < Math.min(active[i].length, 13); k++) {
        double share = sizes[i] == 0 ? 0 : 100.0 * active[i][k] / sizes[i];
        s.append(String.format(Locale.ROOT, " %4.1f%%", share));
      }
      s.append(System.lineSeparator());
    }
    return s.toString();
  }

  private int index(YearMonth cohort) {
    Objects.requireNonNull(cohort, "cohort must not be null");
    long i = first.until(cohort, java.time.temporal.ChronoUnit.MONTHS);
    if (i < 0 || i >= sizes.length) {
      throw new IllegalArgumentException(
          "cohort must be a month from " + first + " to " + last + " but was: " + cohort);
    }
    return (int) i;
  }

  private int cell(int cohort, int monthsSince) {
    if (monthsSince < 0 || monthsSince >= active[cohort].length) {
      throw new IllegalArgumentException(
          "monthsSince must be from 0 to "
              + (active[cohort].length - 1)
              + " for cohort "
              + first.plusMonths(cohort)
              + " (observed to "
              + last
              + ") but was: "
              + monthsSince);
    }
    return monthsSince;
  }
}
