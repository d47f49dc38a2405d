package io.crmkit.identity.profile;

import io.crmkit.core.money.Money;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.segmentation.abc.AbcClass;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A customer's purchases as of the profile's day: the number of {@code transactions} (purchases and
 * refunds), the repeat {@code frequency} (repeat purchase periods), {@code recency} and {@code age}
 * in {@code unit}s (from the first purchase to the last, and to the profile's day), the first and
 * last purchase days, the {@code totalSpend} (net of refunds) and the {@code averageRepeatSpend}
 * (mean value of a repeat purchase, zero without one), the RFM {@code cell} (e.g. {@code "5-4-3"},
 * quintiles over every customer), its {@code segment} name and the {@code abcClass} by total spend.
 *
 * @since 0.1
 */
public record PurchaseProfile(
    int transactions,
    int frequency,
    double recency,
    double age,
    TimeScale unit,
    LocalDate firstPurchase,
    LocalDate lastPurchase,
    Money totalSpend,
    Money averageRepeatSpend,
    String rfmCell,
    String segment,
    AbcClass abcClass) {

  /**
   * Checks the fields: counts not negative, recency within [0, age], the last purchase not before
   * the first.
   */
  public PurchaseProfile {
    Objects.requireNonNull(unit, "unit must not be null");
    Objects.requireNonNull(firstPurchase, "firstPurchase must not be null");
    Objects.requireNonNull(lastPurchase, "lastPurchase must not be null");
    Objects.requireNonNull(totalSpend, "totalSpend must not be null");
    Objects.requireNonNull(averageRepeatSpend, "averageRepeatSpend must not be null");
    Objects.requireNonNull(rfmCell, "rfmCell must not be null");
    Objects.requireNonNull(segment, "segment must not be null");
    Objects.requireNonNull(abcClass, "abcClass must not be null");
    if (transactions < 0 || frequency < 0) {
      throw new IllegalArgumentException(
          "transactions and frequency must not be negative but were: "
              + transactions
              + ", "
              + frequency);
    }
    if (!(recency >= 0 && recency <= age)) {
      throw new IllegalArgumentException(
          "recency must be in [0, age " + age + "] but was: " + recency);
    }
    if (lastPurchase.isBefore(firstPurchase)) {
      throw new IllegalArgumentException(
          "lastPurchase must not be before firstPurchase "
              + firstPurchase
              + " but was: "
              + lastPurchase);
    }
  }

  @Override
  public String toString() {
    String u = unit.name().toLowerCase(Locale.ROOT);
    return String.format(
        Locale.ROOT,
        "%d transactions, %s to %s, %d repeat, recency %.1f of %.1f %s, spent %s"
            + " (repeat average %s); RFM %s %s, ABC %s",
        transactions,
        firstPurchase,
        lastPurchase,
        frequency,
        recency,
        age,
        u,
        totalSpend,
        averageRepeatSpend,
        rfmCell,
        segment,
        abcClass);
  }
}
