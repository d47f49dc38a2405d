package io.crmkit.lifecycle.internal.stage;

import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.LifecycleFacts;
import io.crmkit.lifecycle.stage.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * The {@link DefaultLifecycle} for millions of customers as a compact primitive table: one row of
 * eight {@code int}s (32 bytes, half a cache line) per customer {@code 0..size-1}, holding the
 * stage code (the index in {@link DefaultLifecycle#STAGES}), the UTC epoch day of the last
 * activity, the purchase count, the days of the first and last purchase (for the expected-gap rule)
 * and the net spend in minor currency units (e.g. cents, a {@code long} in two slots). No object
 * per row; a purchase touches one row (one cache miss), a re-evaluation is one sequential pass.
 *
 * <p>Days are UTC epoch days ({@code LocalDate.toEpochDay()}); the table follows exactly the
 * transitions and guards of {@link DefaultLifecycle#definition(DefaultLifecycle.Thresholds)} for
 * events at the start of a UTC day (a property test checks it against the {@link LifecycleEngine}).
 * It does not record history, event ids or manual moves: use it for bulk re-evaluation and for
 * replaying de-duplicated event streams, and the engine for audited per-customer changes. Events of
 * one customer must come in time order (checked). Not thread-safe.
 *
 * @since 0.1
 */
public final class CompactLifecycleTable {

  /** Stage code of PROSPECT (codes are the indexes of {@link DefaultLifecycle#STAGES}). */
  public static final byte PROSPECT = 0;

  /** Stage code of NURTURING. */
  public static final byte NURTURING = 1;

  /** Stage code of NEW. */
  public static final byte NEW = 2;

  /** Stage code of ACTIVE. */
  public static final byte ACTIVE = 3;

  /** Stage code of LOYAL. */
  public static final byte LOYAL = 4;

  /** Stage code of AT_RISK. */
  public static final byte AT_RISK = 5;

  /** Stage code of LAPSED. */
  public static final byte LAPSED = 6;

  /** Stage code of REACTIVATED. */
  public static final byte REACTIVATED = 7;

  /**
   * The stage a purchase leads to from each stage (ACTIVE -> LOYAL is decided by the loyalty
   * guard).
   */
  private static final int[] AFTER_PURCHASE = {
    NEW, NEW, ACTIVE, ACTIVE, LOYAL, ACTIVE, REACTIVATED, ACTIVE
  };

  /** Whether a re-evaluation may move the stage to AT_RISK. */
  private static final boolean[] CAN_GO_AT_RISK = {
    false, false, true, true, true, false, false, true
  };

  private static final int STRIDE = 8;
  private static final int STAGE = 0;
  private static final int LAST_ACTIVITY = 1;
  private static final int PURCHASES = 2;
  private static final int FIRST_PURCHASE = 3;
  private static final int LAST_PURCHASE = 4;
  private static final int SPEND_LOW = 5;
  private static final int SPEND_HIGH = 6;

  private final int size;
  private final int[] rows;
  private final DefaultLifecycle.Thresholds thresholds;
  private final boolean gapRule;
  private final int loyalMinPurchases;
  private final long loyalMinNetSpendMinor;
  private final double atRiskProbability;
  private final int atRiskDays;
  private final double lapsedProbability;
  private final int lapsedDays;

  private CompactLifecycleTable(
      int size, int startDay, DefaultLifecycle.Thresholds t, int fractionDigits) {
    if (size < 0 || size > Integer.MAX_VALUE / STRIDE) {
      throw new IllegalArgumentException(
          "size must be in [0, " + Integer.MAX_VALUE / STRIDE + "] but was: " + size);
    }
    if (fractionDigits < 0 || fractionDigits > 6) {
      throw new IllegalArgumentException(
          "fractionDigits must be in [0, 6] but was: " + fractionDigits);
    }
    this.size = size;
    rows = new int[size * STRIDE];
    for (int i = 0; i < size; i++) {
      rows[i * STRIDE + LAST_ACTIVITY] = startDay;
    }
    thresholds = t;
    gapRule = t.expectedGapMultiplier() > 0;
    loyalMinPurchases = t.loyalMinPurchases();
    loyalMinNetSpendMinor =
        t.loyalMinNetSpend()
            .movePointRight(fractionDigits)
            .setScale(0, RoundingMode.CEILING)
            .longValueExact();
    atRiskProbability = t.atRiskChurnProbability();
    atRiskDays = t.atRiskSilentDays();
    lapsedProbability = t.lapsedChurnProbability();
    lapsedDays = t.lapsedSilentDays();
  }

  private CompactLifecycleTable(CompactLifecycleTable o) {
    size = o.size;
    rows = o.rows.clone();
    thresholds = o.thresholds;
    gapRule = o.gapRule;
    loyalMinPurchases = o.loyalMinPurchases;
    loyalMinNetSpendMinor = o.loyalMinNetSpendMinor;
    atRiskProbability = o.atRiskProbability;
    atRiskDays = o.atRiskDays;
    lapsedProbability = o.lapsedProbability;
    lapsedDays = o.lapsedDays;
  }

  /**
   * A table of {@code size} prospects started on UTC epoch day {@code startDay}, with the given
   * thresholds and amounts in minor units with {@code fractionDigits} decimals (2 for EUR).
   */
  public static CompactLifecycleTable create(
      int size, int startDay, DefaultLifecycle.Thresholds thresholds, int fractionDigits) {
    return new CompactLifecycleTable(
        size,
        startDay,
        Objects.requireNonNull(thresholds, "thresholds must not be null"),
        fractionDigits);
  }

  /** An independent copy of this table. */
  public CompactLifecycleTable copy() {
    return new CompactLifecycleTable(this);
  }

  /** The number of customers. */
  public int size() {
    return size;
  }

  private int row(int i) {
    Objects.checkIndex(i, size);
    return i * STRIDE;
  }

  /** The stage code of customer {@code i}. */
  public byte stageCode(int i) {
    return (byte) rows[row(i) + STAGE];
  }

  /** The stage of customer {@code i}. */
  public Stage stage(int i) {
    return DefaultLifecycle.STAGES.get(stageCode(i));
  }

  /** The UTC epoch day of customer {@code i}'s last activity (or start). */
  public int lastActivityDay(int i) {
    return rows[row(i) + LAST_ACTIVITY];
  }

  /** The purchase count of customer {@code i}. */
  public int purchases(int i) {
    return rows[row(i) + PURCHASES];
  }

  /** The net spend of customer {@code i} in minor units. */
  public long netSpendMinor(int i) {
    int r = row(i);
    return spend(r);
  }

  private long spend(int r) {
    return ((long) rows[r + SPEND_HIGH] << 32) | (rows[r + SPEND_LOW] & 0xffff_ffffL);
  }

  private void setSpend(int r, long v) {
    rows[r + SPEND_LOW] = (int) v;
    rows[r + SPEND_HIGH] = (int) (v >>> 32);
  }

  /**
   * Loads customer {@code i} from a lifecycle of the default definition (its stage, last activity
   * day, purchases, first and last purchase days and net spend in minor units with {@code
   * fractionDigits} decimals, rounded half-even).
   */
  public void load(int i, Lifecycle lifecycle, int fractionDigits) {
    int r = row(i);
    int code = DefaultLifecycle.STAGES.indexOf(lifecycle.stage());
    if (code < 0) {
      throw new IllegalArgumentException(
          "stage of "
              + lifecycle.subjectId()
              + " must be one of "
              + DefaultLifecycle.STAGES
              + " but was: "
              + lifecycle.stage());
    }
    LifecycleFacts f = lifecycle.facts();
    rows[r + STAGE] = code;
    rows[r + LAST_ACTIVITY] = epochDay(f.lastActivity());
    rows[r + PURCHASES] = f.purchases();
    rows[r + FIRST_PURCHASE] = f.firstPurchase().map(CompactLifecycleTable::epochDay).orElse(0);
    rows[r + LAST_PURCHASE] = f.lastPurchase().map(CompactLifecycleTable::epochDay).orElse(0);
    BigDecimal minor = f.netSpend().movePointRight(fractionDigits);
    setSpend(r, minor.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
  }

  private static int epochDay(Instant at) {
    return Math.toIntExact(Math.floorDiv(at.getEpochSecond(), 86_400L));
  }

  private void checkOrder(int r, int day) {
    if (day < rows[r + LAST_ACTIVITY]) {
      throw new IllegalArgumentException(
          "event of customer row "
              + r / STRIDE
              + " on day "
              + day
              + " must not be before its last activity on day "
              + rows[r + LAST_ACTIVITY]);
    }
  }

  /**
   * A purchase of {@code amountMinor} (not negative) by customer {@code customer} on {@code day}.
   */
  public void purchase(int customer, int day, long amountMinor) {
    int r = row(customer);
    checkOrder(r, day);
    int[] a = rows;
    int n = a[r + PURCHASES] + 1;
    long spend = spend(r) + amountMinor;
    a[r + PURCHASES] = n;
    setSpend(r, spend);
    a[r + LAST_ACTIVITY] = day;
    if (n == 1) {
      a[r + FIRST_PURCHASE] = day;
    }
    a[r + LAST_PURCHASE] = day;
    int s = a[r + STAGE];
    if (s == ACTIVE) {
      if (n >= loyalMinPurchases && spend >= loyalMinNetSpendMinor) {
        a[r + STAGE] = LOYAL;
      }
    } else {
      a[r + STAGE] = AFTER_PURCHASE[s];
    }
  }

  /** Purchases {@code from..to-1} of the columns, in order (see {@link #purchase}). */
  public void purchases(int[] customers, int[] days, long[] amountsMinor, int from, int to) {
    for (int k = from; k < to; k++) {
      purchase(customers[k], days[k], amountsMinor[k]);
    }
  }

  /** An interaction with customer {@code customer} on {@code day}. */
  public void interaction(int customer, int day) {
    int r = row(customer);
    checkOrder(r, day);
    rows[r + LAST_ACTIVITY] = day;
    if (rows[r + STAGE] == PROSPECT) {
      rows[r + STAGE] = NURTURING;
    }
  }

  /**
   * A refund of {@code amountMinor} to customer {@code customer} on {@code day}; returns false (and
   * changes nothing) for a PROSPECT or NURTURING customer, where the default lifecycle does not
   * allow refunds.
   */
  public boolean refund(int customer, int day, long amountMinor) {
    int r = row(customer);
    checkOrder(r, day);
    int s = rows[r + STAGE];
    if (s == PROSPECT || s == NURTURING) {
      return false;
    }
    long spend = spend(r) - amountMinor;
    setSpend(r, spend);
    rows[r + LAST_ACTIVITY] = day;
    if (s == LOYAL
        && !(rows[r + PURCHASES] >= loyalMinPurchases && spend >= loyalMinNetSpendMinor)) {
      rows[r + STAGE] = ACTIVE;
    }
    return true;
  }

  /**
   * Re-evaluates every customer on {@code day} by plain rules (silence); returns the number that
   * moved.
   */
  public int reEvaluate(int day) {
    int moved = 0;
    int[] a = rows;
    for (int r = 0; r < a.length; r += STRIDE) {
      int s = a[r + STAGE];
      int silent = day - a[r + LAST_ACTIVITY];
      if (CAN_GO_AT_RISK[s]) {
        if (silent >= atRiskDays || (gapRule && beyondGap(r, silent))) {
          a[r + STAGE] = AT_RISK;
          moved++;
        }
      } else if (s == AT_RISK && silent >= lapsedDays) {
        a[r + STAGE] = LAPSED;
        moved++;
      }
    }
    return moved;
  }

  /**
   * Re-evaluates every customer on {@code day} with a churn probability per row (in [0, 1]; NaN for
   * "no score", which falls back to the silence rules); returns the number that moved.
   */
  public int reEvaluate(int day, double[] churnProbability) {
    if (churnProbability.length != size) {
      throw new IllegalArgumentException(
          "churnProbability must have one value per customer ("
              + size
              + ") but had: "
              + churnProbability.length);
    }
    int moved = 0;
    int[] a = rows;
    for (int i = 0, r = 0; i < size; i++, r += STRIDE) {
      int s = a[r + STAGE];
      int silent = day - a[r + LAST_ACTIVITY];
      double p = churnProbability[i];
      if (CAN_GO_AT_RISK[s]) {
        if (p >= atRiskProbability || silent >= atRiskDays || (gapRule && beyondGap(r, silent))) {
          a[r + STAGE] = AT_RISK;
          moved++;
        }
      } else if (s == AT_RISK && (p >= lapsedProbability || silent >= lapsedDays)) {
        a[r + STAGE] = LAPSED;
        moved++;
      }
    }
    return moved;
  }

  private boolean beyondGap(int r, int silent) {
    return thresholds.beyondExpectedGap(
        silent, rows[r + LAST_PURCHASE] - rows[r + FIRST_PURCHASE], rows[r + PURCHASES]);
  }

  /** The number of customers per stage code (index = code). */
  public long[] countsPerStage() {
    long[] counts = new long[DefaultLifecycle.STAGES.size()];
    for (int r = 0; r < rows.length; r += STRIDE) {
      counts[rows[r + STAGE]]++;
    }
    return counts;
  }

  /** Bytes retained by the rows (32 per customer). */
  public long retainedBytes() {
    return (long) rows.length * Integer.BYTES;
  }

  @Override
  public String toString() {
    long[] c = countsPerStage();
    StringBuilder sb = new StringBuilder("compact lifecycle table of " + size + " customers:");
    for (int i = 0; i < c.length; i++) {
      sb.append(' ').append(DefaultLifecycle.STAGES.get(i)).append(' ').append(c[i]);
    }
    return sb.toString();
  }
}
