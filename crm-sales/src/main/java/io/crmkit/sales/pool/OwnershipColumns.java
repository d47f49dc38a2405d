package io.crmkit.sales.pool;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Held customers in columns, for reclaiming millions at once: row {@code i} is the caller's {@code
 * i}-th held customer, with the epoch days (days since 1970-01-01) of its last follow-up and last
 * deal. {@link #reclaim} gives the same customers and reminders as {@link ReclaimPlan#of} on the
 * same rows. Immutable (the arrays are copied in).
 *
 * @since 0.1
 */
public final class OwnershipColumns {

  private final int[] lastFollowUp;
  private final int[] lastDeal;

  private OwnershipColumns(int[] lastFollowUp, int[] lastDeal) {
    this.lastFollowUp = lastFollowUp;
    this.lastDeal = lastDeal;
  }

  /**
   * Columns of the epoch days of each row's last follow-up and last deal (equal lengths).
   *
   * @throws IllegalArgumentException if the lengths differ
   */
  public static OwnershipColumns of(int[] lastFollowUpEpochDays, int[] lastDealEpochDays) {
    Objects.requireNonNull(lastFollowUpEpochDays, "lastFollowUpEpochDays must not be null");
    Objects.requireNonNull(lastDealEpochDays, "lastDealEpochDays must not be null");
    if (lastFollowUpEpochDays.length != lastDealEpochDays.length) {
      throw new IllegalArgumentException(
          "lastDealEpochDays must have the "
              + lastFollowUpEpochDays.length
              + " rows of lastFollowUpEpochDays but had: "
              + lastDealEpochDays.length);
    }
    return new OwnershipColumns(lastFollowUpEpochDays.clone(), lastDealEpochDays.clone());
  }

  /** The columns of {@code held}, row {@code i} being {@code held.get(i)}. */
  public static OwnershipColumns of(List<Ownership> held) {
    Objects.requireNonNull(held, "held must not be null");
    int[] f = new int[held.size()];
    int[] d = new int[held.size()];
    for (int i = 0; i < f.length; i++) {
      Ownership o = held.get(i);
      f[i] = Math.toIntExact(o.lastFollowUp().toEpochDay());
      d[i] = Math.toIntExact(o.lastDeal().toEpochDay());
    }
    return new OwnershipColumns(f, d);
  }

  /** The number of rows. */
  public int size() {
    return lastFollowUp.length;
  }

  /** The due day of row {@code row} under {@code rules}. */
  public LocalDate dueDate(int row, PoolRules rules) {
    Objects.checkIndex(row, lastFollowUp.length);
    return ReclaimReason.dueDate(lastFollowUp[row], lastDeal[row], rules);
  }

  /** Why row {@code row} returns to the pool under {@code rules}. */
  public ReclaimReason reason(int row, PoolRules rules) {
    Objects.checkIndex(row, lastFollowUp.length);
    return ReclaimReason.of(lastFollowUp[row], lastDeal[row], rules);
  }

  /**
   * The rows that return to the pool on {@code day} (due on or before it) and the rows to remind
   * (due 1 to {@link PoolRules#reminderDays()} days after it), each ascending. Two passes over the
   * columns, no objects per row.
   */
  public ReclaimRows reclaim(PoolRules rules, LocalDate day) {
    Objects.requireNonNull(rules, "rules must not be null");
    long today = Objects.requireNonNull(day, "day must not be null").toEpochDay();
    long n = rules.followUpDays();
    long m = rules.dealDays();
    long k = rules.reminderDays();
    int[] f = lastFollowUp;
    int[] d = lastDeal;
    int back = 0;
    int remind = 0;
    for (int i = 0; i < f.length; i++) {
      long left = Math.min(f[i] + n, d[i] + m) - today;
      if (left <= 0) {
        back++;
      } else if (left <= k) {
        remind++;
      }
    }
    int[] reclaimed = new int[back];
    int[] reminded = new int[remind];
    int b = 0;
    int r = 0;
    for (int i = 0; i < f.length; i++) {
      long left = Math.min(f[i] + n, d[i] + m) - today;
      if (left <= 0) {
        reclaimed[b++] = i;
      } else if (left <= k) {
        reminded[r++] = i;
      }
    }
    return new ReclaimRows(reclaimed, reminded);
  }

  /** For example {@code "10000000 held customers in columns"}. */
  @Override
  public String toString() {
    return lastFollowUp.length + " held customers in columns";
  }

  /** Whether both columns are equal to {@code other}'s. */
  @Override
  public boolean equals(Object other) {
    return other instanceof OwnershipColumns c
        && Arrays.equals(lastFollowUp, c.lastFollowUp)
        && Arrays.equals(lastDeal, c.lastDeal);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(lastFollowUp) + Arrays.hashCode(lastDeal);
  }
}
