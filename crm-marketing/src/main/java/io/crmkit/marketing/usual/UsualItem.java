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
 * @param item the item id (product or category)
 * @param purchases the number of distinct days it was bought on, up to the as-of date
 * @param firstPurchase the first of those days
 * @param lastPurchase the last of those days
 * @param score the habit score: Σ 2^(−age/halfLife) over those days, age in days before the as-of
 *     date
 * @param medianIntervalDays the median of the days between consecutive purchases (two purchases or
 *     more)
 * @param nextDue the expected day of the next purchase: the last plus the median interval, rounded
 * @since 0.1
 */
public record UsualItem(
    String item,
    int purchases,
    LocalDate firstPurchase,
    LocalDate lastPurchase,
    double score,
    OptionalDouble medianIntervalDays,
    Optional<LocalDate> nextDue) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public UsualItem {
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
