package io.crmkit.core.summary;

import io.crmkit.core.customer.CustomerId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One customer's purchase summary, a row of {@link CustomerSummaries}. Times are in the unit of the
 * summaries ({@link CustomerSummaries#unit()}), money in units of its currency.
 *
 * @param frequency repeat purchase periods in the calibration period: distinct purchase periods
 *     minus one (x in the BTYD literature)
 * @param recency time from the first to the last purchase period (t_x); 0 when frequency is 0
 * @param age time from the first purchase period to the end of the calibration period (T)
 * @param monetaryValue mean value of the repeat purchase periods (the first is left out, as the
 *     Gamma-Gamma model expects; zbar in the literature); 0 when frequency is 0
 * @param totalSpend all purchases in the calibration period, first included, less refunds
 * @param transactionCount purchase transactions in the calibration period (before collapsing)
 * @param firstPurchase local date of the first purchase, when known
 * @param lastPurchase local date of the last calibration purchase, when known
 * @param holdoutFrequency purchase periods in the holdout period, when there is one
 * @since 0.1
 */
public record CustomerSummary(
    CustomerId id,
    int frequency,
    double recency,
    double age,
    double monetaryValue,
    double totalSpend,
    int transactionCount,
    Optional<LocalDate> firstPurchase,
    Optional<LocalDate> lastPurchase,
    OptionalInt holdoutFrequency) {

  /**
   * Checks every component: none null; frequency (repeat purchases) not negative; recency and age
   * finite, in the summaries' time unit, with {@code 0 <= recency <= age} and recency 0 when
   * frequency is 0; monetary value finite and not negative.
   */
  public CustomerSummary {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(firstPurchase, "firstPurchase must not be null (use Optional.empty())");
    Objects.requireNonNull(lastPurchase, "lastPurchase must not be null (use Optional.empty())");
    Objects.requireNonNull(
        holdoutFrequency, "holdoutFrequency must not be null (use OptionalInt.empty())");
    if (frequency < 0) {
      throw new IllegalArgumentException(
          "frequency of customer " + id + " must not be negative but was: " + frequency);
    }
    if (!Double.isFinite(recency) || recency < 0) {
      throw new IllegalArgumentException(
          "recency of customer " + id + " must be finite and not negative but was: " + recency);
    }
    if (!Double.isFinite(age) || age < recency) {
      throw new IllegalArgumentException(
          "age (T) of customer "
              + id
              + " must be finite and at least recency "
              + recency
              + " but was: "
              + age);
    }
    if (frequency == 0 && recency != 0) {
      throw new IllegalArgumentException(
          "recency of customer " + id + " must be 0 when frequency is 0 but was: " + recency);
    }
    if (!Double.isFinite(monetaryValue) || monetaryValue < 0) {
      throw new IllegalArgumentException(
          "monetaryValue of customer "
              + id
              + " must be finite and not negative but was: "
              + monetaryValue);
    }
    if (!Double.isFinite(totalSpend)) {
      throw new IllegalArgumentException(
          "totalSpend of customer " + id + " must be finite but was: " + totalSpend);
    }
    if (transactionCount < 0) {
      throw new IllegalArgumentException(
          "transactionCount of customer "
              + id
              + " must not be negative but was: "
              + transactionCount);
    }
    if (holdoutFrequency.isPresent() && holdoutFrequency.getAsInt() < 0) {
      throw new IllegalArgumentException(
          "holdoutFrequency of customer "
              + id
              + " must not be negative but was: "
              + holdoutFrequency.getAsInt());
    }
  }

  /**
   * A row as the BTYD literature gives it: frequency, recency, T and the mean repeat-purchase
   * value. The transaction count is taken as {@code frequency + 1} and total spend as {@code
   * frequency × monetaryValue}; dates are unknown.
   */
  public static CustomerSummary of(
      String id, int frequency, double recency, double age, double monetaryValue) {
    return new CustomerSummary(
        CustomerId.of(id),
        frequency,
        recency,
        age,
        monetaryValue,
        frequency * monetaryValue,
        frequency + 1,
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty());
  }

  /**
   * Time since the last purchase at the end of calibration: {@code age − recency} (RFM recency).
   */
  public double timeSinceLastPurchase() {
    return age - recency;
  }
}
