package io.crmkit.marketing.usual;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One habitual item of a customer, as of a date.
 *
 * @since 0.1
 */
public final class UsualItem {

  private final String item;
  private final int purchases;
  private final LocalDate firstPurchase;
  private final LocalDate lastPurchase;
  private final double score;
  private final OptionalDouble medianIntervalDays;
  private final Optional<LocalDate> nextDue;

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  UsualItem(
      String item,
      int purchases,
      LocalDate firstPurchase,
      LocalDate lastPurchase,
      double score,
      OptionalDouble medianIntervalDays,
      Optional<LocalDate> nextDue) {
    Objects.requireNonNull(item, "item must not be null");
    if (purchases < 1) {
      throw new IllegalArgumentException(
          "purchases must be positive but was: " + purchases + " for " + item);
    }
    Objects.requireNonNull(firstPurchase, "firstPurchase must not be null");
    Objects.requireNonNull(lastPurchase, "lastPurchase must not be null");
    if (lastPurchase.isBefore(firstPurchase)) {
      throw new IllegalArgumentException(
          "lastPurchase "
              + lastPurchase
              + " must not be before firstPurchase "
              + firstPurchase
              + " for "
              + item);
    }
    Objects.requireNonNull(medianIntervalDays, "medianIntervalDays must not be null");
    Objects.requireNonNull(nextDue, "nextDue must not be null");
    if (!(score > 0)) {
      throw new IllegalArgumentException(
          "score must be positive but was: " + score + " for " + item);
    }
    this.item = item;
    this.purchases = purchases;
    this.firstPurchase = firstPurchase;
    this.lastPurchase = lastPurchase;
    this.score = score;
    this.medianIntervalDays = medianIntervalDays;
    this.nextDue = nextDue;
  }

  /** The item id (product or category). */
  public String item() {
    return item;
  }

  /** The number of distinct days it was bought on, up to the as-of date. */
  public int purchases() {
    return purchases;
  }

  /** The first of those days. */
  public LocalDate firstPurchase() {
    return firstPurchase;
  }

  /** The last of those days. */
  public LocalDate lastPurchase() {
    return lastPurchase;
  }

  /** The habit score: Σ 2^(−age/halfLife) over those days, age in days before the as-of date. */
  public double score() {
    return score;
  }

  /** The median of the days between consecutive purchases (two purchases or more). */
  public OptionalDouble medianIntervalDays() {
    return medianIntervalDays;
  }

  /** The expected day of the next purchase: the last plus the median interval, rounded. */
  public Optional<LocalDate> nextDue() {
    return nextDue;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof UsualItem that
        && item.equals(that.item)
        && purchases == that.purchases
        && firstPurchase.equals(that.firstPurchase)
        && lastPurchase.equals(that.lastPurchase)
        && Double.compare(score, that.score) == 0
        && medianIntervalDays.equals(that.medianIntervalDays)
        && nextDue.equals(that.nextDue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        item, purchases, firstPurchase, lastPurchase, score, medianIntervalDays, nextDue);
  }

  /**
   * Days from {@code asOf} to the next expected purchase (negative: overdue), if it is expected.
   */
  public Optional<Long> daysUntilDue(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf must not be null");
    return nextDue.map(d -> ChronoUnit.DAYS.between(asOf, d));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: %d purchases, last %s, score %.3f%s",
        item,
        purchases,
        lastPurchase,
        score,
        medianIntervalDays.isPresent()
            ? String.format(
                Locale.ROOT,
                ", every %.1f days, next %s",
                medianIntervalDays.getAsDouble(),
                nextDue.orElseThrow())
            : "");
  }
}
