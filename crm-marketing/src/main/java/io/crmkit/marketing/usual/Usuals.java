package io.crmkit.marketing.usual;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.marketing.history.PurchaseHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The habits of the customers of a {@link PurchaseHistory} as of a date: for each customer, the
 * items bought on at least {@code minPurchases} distinct days up to that date, by descending habit
 * score, with their purchase intervals; and what is due now. Computed per customer on demand;
 * baskets after the as-of date are ignored. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Usuals {

  /** Added to epoch days so that days before 1970 sort as non-negative 32-bit values. */
  private static final int DAY_OFFSET = 1 << 30;

  private final PurchaseHistory history;
  private final LocalDate asOf;
  private final UsualOptions options;

  private Usuals(PurchaseHistory history, LocalDate asOf, UsualOptions options) {
    this.history = history;
    this.asOf = asOf;
    this.options = options;
  }

  /** The habits in {@code history} as of {@code asOf} under {@code options}. */
  public static Usuals of(PurchaseHistory history, LocalDate asOf, UsualOptions options) {
    return new Usuals(
        Objects.requireNonNull(history, "history must not be null"),
        Objects.requireNonNull(asOf, "asOf must not be null"),
        Objects.requireNonNull(options, "options must not be null"));
  }

  /** The as-of date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The options. */
  public UsualOptions options() {
    return options;
  }

  /** The history read. */
  public PurchaseHistory history() {
    return history;
  }

  /** The habitual items of {@code customer} (none if it has no basket). */
  public List<UsualItem> of(CustomerId customer) {
    OptionalInt c = history.indexOfCustomer(customer);
    return c.isEmpty() ? List.of() : of(c.getAsInt());
  }

  /**
   * The habitual items of customer number {@code customer}, highest score first (ties by item id).
   */
  public List<UsualItem> of(int customer) {
    int[] baskets = history.basketsOf(customer);
    int today = (int) asOf.toEpochDay();
    // (item, day) pairs as sortable longs: item in the high half, day (offset to stay positive) in
    // the low half
    int n = 0;
    for (int b : baskets) {
      n += history.basketEpochDay(b) <= today ? history.basketSize(b) : 0;
    }
    long[] pairs = new long[n];
    n = 0;
    for (int b : baskets) {
      int day = history.basketEpochDay(b);
      if (day > today) {
        break;
      }
      for (int k = 0; k < history.basketSize(b); k++) {
        pairs[n++] = ((long) history.basketItem(b, k) << 32) | (day + DAY_OFFSET);
      }
    }
    Arrays.sort(pairs);
    List<UsualItem> out = new ArrayList<>();
    double ln2 = Math.log(2);
    int[] d = new int[Math.max(1, n)];
    for (int p = 0; p < n; ) {
      int item = (int) (pairs[p] >>> 32);
      int m = 0;
      int q = p;
      for (; q < n && (int) (pairs[q] >>> 32) == item; q++) {
        int day = (int) (pairs[q] & 0xFFFFFFFFL) - DAY_OFFSET;
        if (m == 0 || d[m - 1] != day) {
          d[m++] = day;
        }
      }
      p = q;
      if (m < options.minPurchases()) {
        continue;
      }
      double score = 0;
      for (int k = 0; k < m; k++) {
        score += Math.exp(-ln2 * (today - d[k]) / options.halfLifeDays());
      }
      OptionalDouble median = OptionalDouble.empty();
      Optional<LocalDate> next = Optional.empty();
      if (m >= 2) {
        int[] gaps = new int[m - 1];
        for (int k = 1; k < m; k++) {
          gaps[k - 1] = d[k] - d[k - 1];
        }
        Arrays.sort(gaps);
        double md =
            gaps.length % 2 == 1
                ? gaps[gaps.length / 2]
                : (gaps[gaps.length / 2 - 1] + gaps[gaps.length / 2]) / 2.0;
        median = OptionalDouble.of(md);
        next = Optional.of(LocalDate.ofEpochDay(d[m - 1] + Math.round(md)));
      }
      out.add(
          new UsualItem(
              history.item(item),
              m,
              LocalDate.ofEpochDay(d[0]),
              LocalDate.ofEpochDay(d[m - 1]),
              score,
              median,
              next));
    }
    out.sort(
        Comparator.comparingDouble(UsualItem::score).reversed().thenComparing(UsualItem::item));
    return Collections.unmodifiableList(out);
  }

  /**
   * What customer number {@code customer} is due to buy again: habitual items with an expected next
   * purchase at most {@code dueToleranceDays} after the as-of date and not lapsed (fewer than
   * {@code lapseFactor} median intervals since the last purchase), soonest (most overdue) first.
   */
  public List<UsualItem> dueNow(int customer) {
    List<UsualItem> due = new ArrayList<>();
    for (UsualItem u : of(customer)) {
      if (isDue(u)) {
        due.add(u);
      }
    }
    due.sort(
        Comparator.comparing((UsualItem u) -> u.nextDue().orElseThrow())
            .thenComparing(UsualItem::item));
    return Collections.unmodifiableList(due);
  }

  /** {@link #dueNow(int)} of customer {@code customer} (none if it has no basket). */
  public List<UsualItem> dueNow(CustomerId customer) {
    OptionalInt c = history.indexOfCustomer(customer);
    return c.isEmpty() ? List.of() : dueNow(c.getAsInt());
  }

  /** Whether {@code item} is due as of the as-of date under the options. */
  public boolean isDue(UsualItem item) {
    if (item.nextDue().isEmpty() || item.medianIntervalDays().isEmpty()) {
      return false;
    }
    long until = item.daysUntilDue(asOf).orElseThrow();
    long since = asOf.toEpochDay() - item.lastPurchase().toEpochDay();
    return until <= options.dueToleranceDays()
        && since < options.lapseFactor() * Math.max(1, item.medianIntervalDays().getAsDouble());
  }

  @Override
  public String toString() {
    return "Usuals[as of " + asOf + ", " + history + "]";
  }
}
