package io.crmkit.lifecycle.stage;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The {@link DefaultLifecycle} for millions of customers as a columnar table: per customer (row
 * {@code 0..size-1}) a stage code ({@code byte}, the index in {@link DefaultLifecycle#STAGES}), the
 * day of the last activity, the purchase count, the net spend in minor currency units (e.g.
 * cents) and the days of the first and last purchase (for the expected-gap rule). No object per row; the hot paths ({@link #purchase}, {@link #reEvaluate}) are loops over
 * primitive arrays.
 *
 * <p>Days are UTC epoch days ({@code LocalDate.toEpochDay()}); the table follows exactly the
 * transitions and guards of {@link DefaultLifecycle#definition(DefaultLifecycle.Thresholds)} for
 * events at the start of a UTC day (a property test checks it against the
 * {@link LifecycleEngine}). It does not record history, event ids or manual moves: use it for bulk
 * re-evaluation and for replaying de-duplicated event streams, and the engine for audited
 * per-customer changes. Events of one customer must come in time order (checked). Not thread-safe.
 */
public final class CompactLifecycleTable {

  /** Stage codes, the indexes of {@link DefaultLifecycle#STAGES}. */
  public static final byte PROSPECT = 0;
  public static final byte NURTURING = 1;
  public static final byte NEW = 2;
  public static final byte ACTIVE = 3;
  public static final byte LOYAL = 4;
  public static final byte AT_RISK = 5;
  public static final byte LAPSED = 6;
  public static final byte REACTIVATED = 7;

  /** The stage a purchase leads to from each stage (ACTIVE -> LOYAL is decided by the loyalty guard). */
  private static final byte[] AFTER_PURCHASE = {NEW, NEW, ACTIVE, ACTIVE, LOYAL, ACTIVE, REACTIVATED, ACTIVE};
  /** Whether a re-evaluation may move the stage to AT_RISK. */
  private static final boolean[] CAN_GO_AT_RISK = {false, false, true, true, true, false, false, true};

  private final byte[] stage;
  private final int[] lastActivityDay;
  private final int[] purchases;
  private final long[] netSpendMinor;
  private final int[] firstPurchaseDay;
  private final int[] lastPurchaseDay;
  private final DefaultLifecycle.Thresholds thresholds;
  private final boolean gapRule;
  private final int loyalMinPurchases;
  private final long loyalMinNetSpendMinor;
  private final double atRiskProbability;
  private final int atRiskDays;
  private final double lapsedProbability;
  private final int lapsedDays;

  private CompactLifecycleTable(int size, int startDay, DefaultLifecycle.Thresholds t, int fractionDigits) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative but was: " + size);
    }
    if (fractionDigits < 0 || fractionDigits > 6) {
      throw new IllegalArgumentException("fractionDigits must be in [0, 6] but was: " + fractionDigits);
    }
    stage = new byte[size];
    lastActivityDay = new int[size];
    java.util.Arrays.fill(lastActivityDay, startDay);
    purchases = new int[size];
    netSpendMinor = new long[size];
    firstPurchaseDay = new int[size];
    lastPurchaseDay = new int[size];
    thresholds = t;
    gapRule = t.expectedGapMultiplier() > 0;
    loyalMinPurchases = t.loyalMinPurchases();
    loyalMinNetSpendMinor = t.loyalMinNetSpend().movePointRight(fractionDigits)
        .setScale(0, java.math.RoundingMode.CEILING).longValueExact();
    atRiskProbability = t.atRiskChurnProbability();
    atRiskDays = t.atRiskSilentDays();
    lapsedProbability = t.lapsedChurnProbability();
    lapsedDays = t.lapsedSilentDays();
  }

  /**
   * A table of {@code size} prospects started on UTC epoch day {@code startDay}, with the given
   * thresholds and amounts in minor units with {@code fractionDigits} decimals (2 for EUR).
   */
  public static CompactLifecycleTable create(int size, int startDay, DefaultLifecycle.Thresholds thresholds,
      int fractionDigits) {
    return new CompactLifecycleTable(size, startDay, Objects.requireNonNull(thresholds, "thresholds must not be null"),
        fractionDigits);
  }

  private CompactLifecycleTable(CompactLifecycleTable o) {
    stage = o.stage.clone();
    lastActivityDay = o.lastActivityDay.clone();
    purchases = o.purchases.clone();
    netSpendMinor = o.netSpendMinor.clone();
    firstPurchaseDay = o.firstPurchaseDay.clone();
    lastPurchaseDay = o.lastPurchaseDay.clone();
    thresholds = o.thresholds;
    gapRule = o.gapRule;
    loyalMinPurchases = o.loyalMinPurchases;
    loyalMinNetSpendMinor = o.loyalMinNetSpendMinor;
    atRiskProbability = o.atRiskProbability;
    atRiskDays = o.atRiskDays;
    lapsedProbability = o.lapsedProbability;
    lapsedDays = o.lapsedDays;
  }

  /** An independent copy of this table. */
  public CompactLifecycleTable copy() {
    return new CompactLifecycleTable(this);
  }

  /** The number of customers. */
  public int size() {
    return stage.length;
  }

  /** The stage code of customer {@code i}. */
  public byte stageCode(int i) {
    return stage[i];
  }

  /** The stage of customer {@code i}. */
  public Stage stage(int i) {
    return DefaultLifecycle.STAGES.get(stage[i]);
  }

  /** The UTC epoch day of customer {@code i}'s last activity (or start). */
  public int lastActivityDay(int i) {
    return lastActivityDay[i];
  }

  /** The purchase count of customer {@code i}. */
  public int purchases(int i) {
    return purchases[i];
  }

  /** The net spend of customer {@code i} in minor units. */
  public long netSpendMinor(int i) {
    return netSpendMinor[i];
  }

  /**
   * Loads customer {@code i} from a lifecycle of the default definition (its stage, last activity
   * day, purchases and net spend, with {@code fractionDigits} as given at creation).
   */
  public void load(int i, Lifecycle lifecycle, int fractionDigits) {
    int code = DefaultLifecycle.STAGES.indexOf(lifecycle.stage());
    if (code < 0) {
      throw new IllegalArgumentException("stage of " + lifecycle.subjectId() + " must be one of "
          + DefaultLifecycle.STAGES + " but was: " + lifecycle.stage());
    }
    stage[i] = (byte) code;
    lastActivityDay[i] = Math.toIntExact(Math.floorDiv(lifecycle.facts().lastActivity().getEpochSecond(), 86_400L));
    purchases[i] = lifecycle.facts().purchases();
    firstPurchaseDay[i] = lifecycle.facts().firstPurchase().map(CompactLifecycleTable::epochDay).orElse(0);
    lastPurchaseDay[i] = lifecycle.facts().lastPurchase().map(CompactLifecycleTable::epochDay).orElse(0);
    BigDecimal minor = lifecycle.facts().netSpend().movePointRight(fractionDigits);
    netSpendMinor[i] = minor.setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
  }

  private static int epochDay(java.time.Instant at) {
    return Math.toIntExact(Math.floorDiv(at.getEpochSecond(), 86_400L));
  }

  private void checkOrder(int customer, int day) {
    if (day < lastActivityDay[customer]) {
      throw new IllegalArgumentException("event of customer row " + customer + " on day " + day
          + " must not be before its last activity on day " + lastActivityDay[customer]);
    }
  }

  /** A purchase of {@code amountMinor} (not negative) by customer {@code customer} on {@code day}. */
  public void purchase(int customer, int day, long amountMinor) {
    checkOrder(customer, day);
    int n = purchases[customer] + 1;
    long spend = netSpendMinor[customer] + amountMinor;
    purchases[customer] = n;
    netSpendMinor[customer] = spend;
    lastActivityDay[customer] = day;
    if (n == 1) {
      firstPurchaseDay[customer] = day;
    }
    lastPurchaseDay[customer] = day;
    byte s = stage[customer];
    if (s == ACTIVE) {
      if (n >= loyalMinPurchases && spend >= loyalMinNetSpendMinor) {
        stage[customer] = LOYAL;
      }
    } else {
      stage[customer] = AFTER_PURCHASE[s];
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
    checkOrder(customer, day);
    lastActivityDay[customer] = day;
    if (stage[customer] == PROSPECT) {
      stage[customer] = NURTURING;
    }
  }

  /**
   * A refund of {@code amountMinor} to customer {@code customer} on {@code day}; returns false (and
   * changes nothing) for a PROSPECT or NURTURING customer, where the default lifecycle does not
   * allow refunds.
   */
  public boolean refund(int customer, int day, long amountMinor) {
    checkOrder(customer, day);
    byte s = stage[customer];
    if (s == PROSPECT || s == NURTURING) {
      return false;
    }
    long spend = netSpendMinor[customer] - amountMinor;
    netSpendMinor[customer] = spend;
    lastActivityDay[customer] = day;
    if (s == LOYAL && !(purchases[customer] >= loyalMinPurchases && spend >= loyalMinNetSpendMinor)) {
      stage[customer] = ACTIVE;
    }
    return true;
  }

  /** Re-evaluates every customer on {@code day} by plain rules (silence); returns the number that moved. */
  public int reEvaluate(int day) {
    int moved = 0;
    byte[] st = stage;
    int[] last = lastActivityDay;
    for (int i = 0; i < st.length; i++) {
      byte s = st[i];
      int silent = day - last[i];
      if (CAN_GO_AT_RISK[s]) {
        if (silent >= atRiskDays || gapRule && beyondGap(i, silent)) {
          st[i] = AT_RISK;
          moved++;
        }
      } else if (s == AT_RISK && silent >= lapsedDays) {
        st[i] = LAPSED;
        moved++;
      }
    }
    return moved;
  }

  /**
   * Re-evaluates every customer on {@code day} with a churn probability per row (in [0, 1]; NaN
   * for "no score", which falls back to the silence rule); returns the number that moved.
   */
  public int reEvaluate(int day, double[] churnProbability) {
    if (churnProbability.length != stage.length) {
      throw new IllegalArgumentException("churnProbability must have one value per customer (" + stage.length
          + ") but had: " + churnProbability.length);
    }
    int moved = 0;
    byte[] st = stage;
    int[] last = lastActivityDay;
    for (int i = 0; i < st.length; i++) {
      byte s = st[i];
      int silent = day - last[i];
      double p = churnProbability[i];
      if (CAN_GO_AT_RISK[s]) {
        if (p >= atRiskProbability || silent >= atRiskDays || gapRule && beyondGap(i, silent)) {
          st[i] = AT_RISK;
          moved++;
        }
      } else if (s == AT_RISK && (p >= lapsedProbability || silent >= lapsedDays)) {
        st[i] = LAPSED;
        moved++;
      }
    }
    return moved;
  }

  private boolean beyondGap(int i, int silent) {
    return thresholds.beyondExpectedGap(silent, lastPurchaseDay[i] - firstPurchaseDay[i], purchases[i]);
  }

  /** The number of customers per stage code (index = code). */
  public long[] countsPerStage() {
    long[] counts = new long[DefaultLifecycle.STAGES.size()];
    for (byte s : stage) {
      counts[s]++;
    }
    return counts;
  }

  /** Bytes retained by the columns (25 per customer). */
  public long retainedBytes() {
    return (long) stage.length * (1 + 4 + 4 + 8 + 4 + 4);
  }

  @Override
  public String toString() {
    long[] c = countsPerStage();
    StringBuilder sb = new StringBuilder("compact lifecycle table of " + size() + " customers:");
    for (int i = 0; i < c.length; i++) {
      sb.append(' ').append(DefaultLifecycle.STAGES.get(i)).append(' ').append(c[i]);
    }
    return sb.toString();
  }
}
