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
 */
public final class Usuals {

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
    return new Usuals(Objects.requireNonNull(history, "history must not be null"),
        Objects.requireNonNull(asOf, "asOf must not be null"), Objects.requireNonNull(options, "options must not be null"));
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

  /** The habitual items of customer number {@code customer}, highest score first (ties by item id). */
  public List<UsualItem> of(int customer) {
    int[] baskets = history.basketsOf(customer);
    int today = (int) asOf.toEpochDay();
    // per item: the distinct days bought (baskets are in day order)
    java.util.Map<Integer, int[]> days = new java.util.HashMap<>();
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    for (int b : baskets) {
      int day = history.basketEpochDay(b);
      if (day > today) {
        break;
      }
      for (int k = 0; k < history.basketSize(b); k++) {
        int item = history.basketItem(b, k);
        int n = counts.getOrDefault(item, 0);
        int[] d = days.computeIfAbsent(item, x -> new int[4]);
        if (n > 0 && d[n - 1] == day) {
          continue;
        }
        if (n == d.length) {
          d = Arrays.copyOf(d, n * 2);
          days.put(item, d);
        }
        d[n] = day;
        counts.put(item, n + 1);
      }
    }
    List<UsualItem> out = new ArrayList<>();
    double ln2 = Math.log(2);
    for (var e : counts.entrySet()) {
      int n = e.getValue();
      if (n < options.minPurchases()) {
        continue;
      }
      int[] d = days.get(e.getKey());
      double score = 0;
      for (int k = 0; k < n; k++) {
        score += Math.exp(-ln2 * (today - d[k]) / options.halfLifeDays());
      }
      OptionalDouble median = OptionalDouble.empty();
      Optional<LocalDate> next = Optional.empty();
      if (n >= 2) {
        int[] gaps = new int[n - 1];
        for (int k = 1; k < n; k++) {
          gaps[k - 1] = d[k] - d[k - 1];
        }
        Arrays.sort(gaps);
        double m = gaps.length % 2 == 1 ? gaps[gaps.length / 2]
            : (gaps[gaps.length / 2 - 1] + gaps[gaps.length / 2]) / 2.0;
        median = OptionalDouble.of(m);
        next = Optional.of(LocalDate.ofEpochDay(d[n - 1] + Math.round(m)));
      }
      out.add(new UsualItem(history.item(e.getKey()), n, LocalDate.ofEpochDay(d[0]), LocalDate.ofEpochDay(d[n - 1]),
          score, median, next));
    }
    out.sort(Comparator.comparingDouble(UsualItem::score).reversed().thenComparing(UsualItem::item));
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
    due.sort(Comparator.comparing((UsualItem u) -> u.nextDue().orElseThrow()).thenComparing(UsualItem::item));
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
    return until <= options.dueToleranceDays() && since < options.lapseFactor() * Math.max(1, item.medianIntervalDays().getAsDouble());
  }

  @Override
  public String toString() {
    return "Usuals[as of " + asOf + ", " + history + "]";
  }
}
