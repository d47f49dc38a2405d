package io.crmkit.loyalty.tier;

import io.crmkit.loyalty.internal.LoyaltyInternals;
import io.crmkit.loyalty.internal.time.LocalDays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One member's tier over time under a {@link TierProgram}.
 *
 * <p>{@link #record} adds qualifying activity (qualifying points, spend in money units, visits; a
 * refund records negative amounts) and upgrades the member at once to the highest tier the activity
 * in the window qualifies for. At each review date the activity of the review window (the rolling
 * window ending at the review, or the last complete calendar year) is checked against the current
 * tier; if it falls short, the member keeps the tier during the grace period and drops, at its end,
 * to the tier the review qualified for (or one tier down, if so configured) — unless the member
 * requalified in the meantime. Qualifying points are separate from the redeemable balance:
 * redeeming never costs a tier.
 *
 * <p>Time only moves forward for {@link #record}: activity is recorded at or after the last
 * recorded activity. Queries ({@link #status}, {@link #tierName}, {@link #tierIndex}, {@link
 * #qualifyingValue}, {@link #progress}) take any instant at or after the last recorded activity and
 * never move the clock: reading the tier at 31 December does not stop an April purchase from being
 * recorded afterwards. Activity is kept in one primitive array of (instant, cumulative metric)
 * pairs. Not thread-safe.
 *
 * @since 0.1
 */
public final class TierTracker {

  private final TierProgram program;
  private final int spendDigits;
  // rolling windows: activity i at [2i] (epoch nanos) with the cumulative metric up to it at [2i +
  // 1];
  // calendar-year windows need only the sums of the last year with activity and of the year before
  // it
  private final boolean calendarYear;
  private long[] activity;
  private int size;
  private int year =
      Integer.MIN_VALUE; // the local year of the last activity (calendar-year windows)
  private long yearSum;
  private long previousYearSum; // of year - 1
  private final long[] thresholds;
  private int current;
  private String currentName; // the name of tier current; null: to be looked up (after a change)
  private Instant since;
  private long now;
  private Instant nextReview;
  private long nextReviewNanos;
  private Instant downgradeAt;
  private int downgradeTo;
  private final LocalDays days;

  TierTracker(TierProgram program, Instant joined) {
    this.program = Objects.requireNonNull(program, "program must not be null");
    this.since = Objects.requireNonNull(joined, "joined must not be null");
    this.now = nanos(joined);
    this.spendDigits = Math.max(0, program.currency().getDefaultFractionDigits());
    this.days = LocalDays.of(program.zone());
    this.nextReview = nextReviewAfter(program, joined);
    this.nextReviewNanos = nanos(nextReview);
    this.thresholds = thresholds(program);
    this.calendarYear = program.window().isCalendarYear();
    this.activity = calendarYear ? null : new long[8];
  }

  /** The thresholds of one programme in metric units (shared, read-only). */
  private record Thresholds(TierProgram program, long[] units) {}

  private static volatile Thresholds lastThresholds;

  @SuppressWarnings(
      "ReferenceEquality") // an identity cache: a record equals over the whole programme costs more
  // than the lookup
  private static long[] thresholds(TierProgram program) {
    Thresholds t = lastThresholds;
    if (t != null && t.program == program) {
      return t.units;
    }
    long[] units = new long[program.tiers().size()];
    for (int i = 0; i < units.length; i++) {
      units[i] = program.thresholdUnits(i);
    }
    lastThresholds = new Thresholds(program, units);
    return units;
  }

  /**
   * Records qualifying activity at {@code at}: points, spend (money units), visits; negative for a
   * refund. {@code at} must not be before the last recorded activity. All or nothing: when it
   * throws (see {@link #checkRecord}) the tracker is unchanged.
   *
   * @throws QualificationOverflowException if the qualifying value would leave the {@code long}
   *     range
   */
  public void record(Instant at, long qualifyingPoints, BigDecimal spend, int visits) {
    Objects.requireNonNull(spend, "spend must not be null");
    long t = checkInstant(at);
    long value = metricValue(qualifyingPoints, spend, visits);
    int y = calendarYear ? days.year(at).year() : 0;
    long sum = add(calendarYear ? (y == year ? yearSum : 0) : lastCumulative(), value);
    aheadAt = Long.MAX_VALUE; // the activity changes what later reviews decide
    advanceTo(at);
    if (calendarYear) {
      if (y != year) {
        previousYearSum = y == year + 1 ? yearSum : 0;
        year = y;
      }
      yearSum = sum;
    } else {
      if (2 * size == activity.length) {
        activity = Arrays.copyOf(activity, activity.length * 2);
      }
      activity[2 * size] = t;
      activity[2 * size + 1] = sum;
    }
    size++;
    int qualified = tierFor(currentValue(at));
    if (qualified > current) {
      current = qualified;
      currentName = null;
      since = at;
    }
    if (qualified >= current) {
      downgradeAt = null;
    }
  }

  /**
   * Checks that {@link #record} would accept this activity, without recording it: {@code at} not
   * before the last recorded activity, the metric value representable and the window's sum within
   * the {@code long} range. For callers that must validate every part of an operation before
   * committing any.
   *
   * @throws IllegalArgumentException if {@code at} is before the last recorded activity
   * @throws QualificationOverflowException if the qualifying value would leave the {@code long}
   *     range
   */
  public void checkRecord(Instant at, long qualifyingPoints, BigDecimal spend, int visits) {
    Objects.requireNonNull(spend, "spend must not be null");
    checkInstant(at);
    long last =
        calendarYear
            ? Math.max(Math.abs(yearSum), Math.abs(previousYearSum))
            : Math.abs(lastCumulative());
    if (last < SAFE && smallMetric(qualifyingPoints, spend)) {
      return; // the sum of two values below 2^60 fits: no exact check needed (the hot path)
    }
    long value = metricValue(qualifyingPoints, spend, visits);
    add(calendarYear ? (days.year(at).year() == year ? yearSum : 0) : lastCumulative(), value);
  }

  private static final long SAFE = 1L << 60;

  /** Whether the metric value is certainly below 2^60 in magnitude (10^18 < 2^60). */
  private boolean smallMetric(long qualifyingPoints, BigDecimal spend) {
    return switch (program.metric()) {
      case QUALIFYING_POINTS -> qualifyingPoints > -SAFE && qualifyingPoints < SAFE;
      case SPEND -> spend.signum() == 0 || spend.precision() - spend.scale() + spendDigits <= 18;
      case VISITS -> true;
    };
  }

  private long lastCumulative() {
    return size == 0 || calendarYear ? 0 : activity[2 * size - 1];
  }

  private long metricValue(long qualifyingPoints, BigDecimal spend, int visits) {
    return switch (program.metric()) {
      case QUALIFYING_POINTS -> qualifyingPoints;
      case SPEND -> minorUnits(spend);
      case VISITS -> visits;
    };
  }

  private long add(long sum, long value) {
    long r = sum + value;
    if (((sum ^ r) & (value ^ r)) < 0) {
      throw new QualificationOverflowException(program.metric(), sum, value);
    }
    return r;
  }

  /** The tier at {@code at} (processing review dates up to it). */
  public TierStatus status(Instant at) {
    boolean saved = enter(at);
    try {
      return new TierStatus(
          program.tiers().get(current),
          since,
          downgradeAt == null ? null : program.tiers().get(downgradeTo).name(),
          downgradeAt);
    } finally {
      leave(saved);
    }
  }

  /** The current tier's index (in the programme's order, from 0) at {@code at}. */
  public int tierIndex(Instant at) {
    boolean saved = enter(at);
    int index = current;
    leave(saved);
    return index;
  }

  /**
   * {@code spend} in minor units rounded half-even; exact {@code long} arithmetic when no rounding
   * is needed.
   */
  private long minorUnits(BigDecimal spend) {
    int s = spend.scale();
    if (s >= 0 && s <= spendDigits && spendDigits - s < POW10.length) {
      try {
        long unscaled =
            s == 0 ? spend.longValueExact() : spend.scaleByPowerOfTen(s).longValueExact();
        return Math.multiplyExact(unscaled, POW10[spendDigits - s]);
      } catch (ArithmeticException e) {
        // too large for a long: the exact computation below fails the same way
      }
    }
    if (spend.precision() - spend.scale() + spendDigits
        > 19) { // at least 10^19 minor units: beyond a long
      throw new QualificationOverflowException(spend);
    }
    try {
      return spend.movePointRight(spendDigits).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    } catch (ArithmeticException e) {
      throw new QualificationOverflowException(spend);
    }
  }

  private static final long[] POW10 = {
    1L,
    10L,
    100L,
    1_000L,
    10_000L,
    100_000L,
    1_000_000L,
    10_000_000L,
    100_000_000L,
    1_000_000_000L,
    10_000_000_000L
  };

  static {
    LoyaltyInternals.register(TierTracker::prefetch);
  }

  /**
   * Reads the tracker's state so that the next {@link #record} finds it in the processor's cache,
   * and returns a value to be discarded; changes nothing (for bulk earning, through {@link
   * LoyaltyInternals}).
   */
  private long prefetch() {
    return now + yearSum + nextReviewNanos + current + (downgradeAt == null ? 0 : 1);
  }

  /** The current tier's name at {@code at}. */
  public String tierName(Instant at) {
    boolean saved = enter(at);
    String name = currentName;
    if (name == null) {
      name = program.tiers().get(current).name();
      currentName = name;
    }
    leave(saved);
    return name;
  }

  /**
   * The qualifying value (points, visits, or money units of spend) counted at {@code at}: the
   * rolling window ending at {@code at}, or the calendar year to date.
   */
  public BigDecimal qualifyingValue(Instant at) {
    checkInstant(at);
    return toMetric(currentValue(at));
  }

  /** Progress to the next tier at {@code at}, with a sentence for the member. */
  public TierProgress progress(Instant at) {
    boolean saved = enter(at);
    try {
      return progressNow(at);
    } finally {
      leave(saved);
    }
  }

  private TierProgress progressNow(Instant at) {
    String name = program.tiers().get(current).name();
    if (current == program.tiers().size() - 1) {
      return new TierProgress(name, null, BigDecimal.ZERO, null, name + " is the highest tier");
    }
    String next = program.tiers().get(current + 1).name();
    long neededUnits = Math.max(0, thresholds[current + 1] - currentValue(at));
    BigDecimal needed = toMetric(neededUnits);
    LocalDate deadline = null; // none for rolling windows
    String when;
    if (program.window().isCalendarYear()) {
      LocalDate end = LocalDate.of(at.atZone(program.zone()).getYear(), 12, 31);
      deadline = end;
      // English text, independent of the JVM's default locale
      when =
          " by "
              + end.getDayOfMonth()
              + " "
              + end.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    } else {
      when = " within " + program.window().months() + " months";
    }
    String text =
        switch (program.metric()) {
          case SPEND ->
              "spend "
                  + needed.setScale(spendDigits, RoundingMode.UNNECESSARY).toPlainString()
                  + " more";
          case QUALIFYING_POINTS -> "earn " + neededUnits + " more qualifying points";
          case VISITS -> "make " + neededUnits + " more visit" + (neededUnits == 1 ? "" : "s");
        };
    return new TierProgress(name, next, needed, deadline, text + when + " to reach " + next);
  }

  private BigDecimal toMetric(long units) {
    return program.metric() == QualificationMetric.SPEND
        ? BigDecimal.valueOf(units, spendDigits)
        : BigDecimal.valueOf(units);
  }

  /** {@code at} in epoch nanos, checked not to be before the last recorded activity. */
  private long checkInstant(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    long t = nanos(at);
    if (t < now) {
      throw new IllegalArgumentException(
          "at must not be before the tracker's last recorded activity "
              + Instant.ofEpochSecond(0, now)
              + " but was: "
              + at);
    }
    return t;
  }

  /**
   * The review state a query changes while it runs, restored after it: queries never move the
   * clock.
   */
  private static final class State {
    int current;
    String currentName;
    Instant since;
    long now;
    Instant nextReview;
    long nextReviewNanos;
    Instant downgradeAt;
    int downgradeTo;

    void save(TierTracker t) {
      current = t.current;
      currentName = t.currentName;
      since = t.since;
      now = t.now;
      nextReview = t.nextReview;
      nextReviewNanos = t.nextReviewNanos;
      downgradeAt = t.downgradeAt;
      downgradeTo = t.downgradeTo;
    }

    void load(TierTracker t) {
      t.current = current;
      t.currentName = currentName;
      t.since = since;
      t.now = now;
      t.nextReview = nextReview;
      t.nextReviewNanos = nextReviewNanos;
      t.downgradeAt = downgradeAt;
      t.downgradeTo = downgradeTo;
    }
  }

  // created at the first query that has reviews to process: the recorded state, kept while a query
  // runs, and the
  // state a query reached (at aheadAt, from the activity recorded so far), from which a later query
  // goes on
  private State committed;
  private State ahead;
  private long aheadAt = Long.MAX_VALUE; // MAX_VALUE: no state ahead (after a record)

  /**
   * Brings the review state to {@code at} for a query: returns false when no review or downgrade is
   * due by then (nothing to change, the hot path), else true, and {@link #leave} restores the
   * recorded state. Reviews processed by one query are not processed again by the next (it starts
   * from where the last query got, until activity is recorded).
   */
  private boolean enter(Instant at) {
    long t = checkInstant(at);
    if (downgradeAt == null && nextReviewNanos > t) {
      return false;
    }
    if (committed == null) {
      committed = new State();
      ahead = new State();
    }
    committed.save(this);
    if (aheadAt <= t) {
      ahead.load(this);
    }
    advanceTo(at);
    ahead.save(this);
    aheadAt = t;
    return true;
  }

  private void leave(boolean entered) {
    if (entered) {
      committed.load(this);
    }
  }

  /**
   * Processes the reviews and downgrades due by {@code at} and moves the clock there (only {@link
   * #record} does).
   */
  private void advanceTo(Instant at) {
    long t = checkInstant(at);
    while (true) {
      if (downgradeAt == null && nextReviewNanos > t) {
        break;
      }
      boolean downgradeFirst = downgradeAt != null && !downgradeAt.isAfter(nextReview);
      Instant event = downgradeFirst ? downgradeAt : nextReview;
      if (event.isAfter(at)) {
        break;
      }
      if (downgradeFirst) {
        int qualifiedNow = tierFor(currentValue(event));
        if (qualifiedNow < current) {
          current = Math.max(downgradeTo, qualifiedNow);
          currentName = null;
          since = event;
        }
        downgradeAt = null;
      } else {
        review(event);
        nextReview = nextReviewAfter(program, event);
        nextReviewNanos = nanos(nextReview);
      }
    }
    now = t;
  }

  private void review(Instant r) {
    int qualified = tierFor(reviewValue(r));
    if (qualified >= current) {
      downgradeAt = null;
      return;
    }
    int target = program.oneTierAtATime() ? current - 1 : qualified;
    Instant effective = graceEnd(program, r);
    if (effective.equals(r)) {
      current = target;
      currentName = null;
      since = r;
      downgradeAt = null;
    } else {
      downgradeTo = target;
      downgradeAt = effective;
    }
  }

  private int tierFor(long value) {
    int t = 0;
    for (int i = 1; i < thresholds.length; i++) {
      if (value >= thresholds[i]) {
        t = i;
      }
    }
    return t;
  }

  /**
   * Activity in the upgrade window ending at {@code at}, an instant at or after the last activity
   * (time only moves forward).
   */
  private long currentValue(Instant at) {
    if (calendarYear) {
      return days.year(at).year() == year ? yearSum : 0;
    }
    return sumIn(
        nanos(at.atZone(program.zone()).minusMonths(program.window().months()).toInstant()),
        nanos(at));
  }

  /** Activity in the review window of a review at {@code r}, at or after the last activity. */
  private long reviewValue(Instant r) {
    if (calendarYear) { // the last complete calendar year
      int y = days.year(r).year();
      return year == y - 1 ? yearSum : year == y ? previousYearSum : 0;
    }
    return currentValue(r);
  }

  /**
   * The metric summed over activity after {@code from} and at or before {@code to} (epoch nanos).
   */
  private long sumIn(long from, long to) {
    int hi = upperBound(to); // activities [0, hi) are <= to
    int lo = upperBound(from);
    if (hi <= lo) {
      return 0;
    }
    return activity[2 * hi - 1] - (lo == 0 ? 0 : activity[2 * lo - 1]);
  }

  /** The number of activities at or before {@code t}. */
  private int upperBound(long t) {
    if (size > 0 && activity[2 * size - 2] <= t) {
      return size;
    }
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (activity[2 * mid] > t) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * The reviews {@code (from, to]} of one programme: {@code to} is the next review after any
   * instant in it.
   */
  private record ReviewSpan(TierProgram program, Instant from, Instant to) {}

  // review spans and grace ends, shared by the members of a programme: direct-mapped by the
  // approximate year
  // of the instant looked up (immutable values; a race only recomputes one)
  private static final int SPANS = 64;
  private static final ReviewSpan[] REVIEWS = new ReviewSpan[SPANS];
  private static final Grace[] GRACES = new Grace[SPANS];

  private static int spanSlot(Instant t) {
    return (int) (Math.floorDiv(t.getEpochSecond(), 31_556_952L) & (SPANS - 1));
  }

  /** The first review strictly after {@code after}. */
  @SuppressWarnings(
      "ReferenceEquality") // an identity cache: a record equals over the whole programme costs more
  // than the lookup
  private static Instant nextReviewAfter(TierProgram program, Instant after) {
    int slot = spanSlot(after);
    ReviewSpan s = REVIEWS[slot];
    if (s != null && s.program == program && !after.isBefore(s.from) && after.isBefore(s.to)) {
      return s.to;
    }
    Instant next = program.nextReviewAfter(after);
    // no review lies strictly between the review of the year before and the next one
    Instant previous =
        program
            .reviewDate()
            .atYear(next.atZone(program.zone()).getYear() - 1)
            .atStartOfDay(program.zone())
            .toInstant();
    if (!previous.isAfter(after)) {
      REVIEWS[slot] = new ReviewSpan(program, previous, next);
    }
    return next;
  }

  /**
   * A review and the end of its grace period under one programme (members reviewed together share
   * it).
   */
  private record Grace(TierProgram program, Instant review, Instant end) {}

  @SuppressWarnings(
      "ReferenceEquality") // an identity cache: a record equals over the whole programme costs more
  // than the lookup
  private static Instant graceEnd(TierProgram program, Instant review) {
    int slot = spanSlot(review);
    Grace g = GRACES[slot];
    if (g != null && g.program == program && g.review.equals(review)) {
      return g.end;
    }
    Instant end = review.atZone(program.zone()).plus(program.grace()).toInstant();
    GRACES[slot] = new Grace(program, review, end);
    return end;
  }

  private static long nanos(Instant t) {
    try {
      return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "instant must be between the years 1677 and 2262 but was: " + t, e);
    }
  }

  @Override
  public String toString() {
    return "tier tracker: "
        + program.tiers().get(current).name()
        + " since "
        + since
        + ", "
        + size
        + " activities";
  }
}
