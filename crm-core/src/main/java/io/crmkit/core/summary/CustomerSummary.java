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
 * <p>Create one with {@link #of(CustomerId, int, double, double, double, double, int)} and add what
 * is known with {@link #withFirstPurchase}, {@link #withLastPurchase} and {@link
 * #withHoldoutFrequency}.
 *
 * @since 0.1
 */
public final class CustomerSummary {

  private final CustomerId id;
  private final int frequency;
  private final double recency;
  private final double age;
  private final double monetaryValue;
  private final double totalSpend;
  private final int transactionCount;
  private final Optional<LocalDate> firstPurchase;
  private final Optional<LocalDate> lastPurchase;
  private final OptionalInt holdoutFrequency;

  /**
   * Checks every component: none null; frequency (repeat purchases) not negative; recency and age
   * finite, in the summaries' time unit, with {@code 0 <= recency <= age} and recency 0 when
   * frequency is 0; monetary value finite and not negative.
   */
  CustomerSummary(
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
    Objects.requireNonNull(id, "id must not be null");
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
    this.id = id;
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.monetaryValue = monetaryValue;
    this.totalSpend = totalSpend;
    this.transactionCount = transactionCount;
    this.firstPurchase = firstPurchase;
    this.lastPurchase = lastPurchase;
    this.holdoutFrequency = holdoutFrequency;
  }

  /**
   * A row without purchase dates or holdout; add them with {@link #withFirstPurchase}, {@link
   * #withLastPurchase} and {@link #withHoldoutFrequency}.
   *
   * @param id the customer
   * @param frequency repeat purchase periods in the calibration period (x), not negative
   * @param recency time from the first to the last purchase period (t_x), in the summaries' unit
   * @param age time from the first purchase period to the calibration end (T), in the same unit
   * @param monetaryValue mean value of the repeat purchase periods, in units of the currency
   * @param totalSpend all calibration purchases less refunds, in units of the currency
   * @param transactionCount purchase transactions in the calibration period, not negative
   * @throws IllegalArgumentException if a value breaks the rules of the class
   */
  public static CustomerSummary of(
      CustomerId id,
      int frequency,
      double recency,
      double age,
      double monetaryValue,
      double totalSpend,
      int transactionCount) {
    return new CustomerSummary(
        id,
        frequency,
        recency,
        age,
        monetaryValue,
        totalSpend,
        transactionCount,
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty());
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

  /** The customer. */
  public CustomerId id() {
    return id;
  }

  /**
   * Repeat purchase periods in the calibration period: distinct purchase periods minus one (x in
   * the BTYD literature).
   */
  public int frequency() {
    return frequency;
  }

  /**
   * Time from the first to the last purchase period (t_x), in the summaries' unit; 0 when x = 0.
   */
  public double recency() {
    return recency;
  }

  /** Time from the first purchase period to the end of the calibration period (T). */
  public double age() {
    return age;
  }

  /**
   * Mean value of the repeat purchase periods (the first is left out, as the Gamma-Gamma model
   * expects; zbar in the literature), in units of the currency; 0 when frequency is 0.
   */
  public double monetaryValue() {
    return monetaryValue;
  }

  /** All purchases in the calibration period, first included, less refunds (currency units). */
  public double totalSpend() {
    return totalSpend;
  }

  /** Purchase transactions in the calibration period (before collapsing into periods). */
  public int transactionCount() {
    return transactionCount;
  }

  /** Local date of the first purchase, empty when unknown. */
  public Optional<LocalDate> firstPurchase() {
    return firstPurchase;
  }

  /** Local date of the last calibration purchase, empty when unknown. */
  public Optional<LocalDate> lastPurchase() {
    return lastPurchase;
  }

  /** Purchase periods in the holdout period, empty when there is none. */
  public OptionalInt holdoutFrequency() {
    return holdoutFrequency;
  }

  /** This row with the local date of the first purchase. */
  public CustomerSummary withFirstPurchase(LocalDate date) {
    return new CustomerSummary(
        id,
        frequency,
        recency,
        age,
        monetaryValue,
        totalSpend,
        transactionCount,
        Optional.of(Objects.requireNonNull(date, "firstPurchase of " + id + " must not be null")),
        lastPurchase,
        holdoutFrequency);
  }

  /** This row with the local date of the last calibration purchase. */
  public CustomerSummary withLastPurchase(LocalDate date) {
    return new CustomerSummary(
        id,
        frequency,
        recency,
        age,
        monetaryValue,
        totalSpend,
        transactionCount,
        firstPurchase,
        Optional.of(Objects.requireNonNull(date, "lastPurchase of " + id + " must not be null")),
        holdoutFrequency);
  }

  /**
   * This row with {@code periods} purchase periods in the holdout period.
   *
   * @throws IllegalArgumentException if {@code periods} is negative
   */
  public CustomerSummary withHoldoutFrequency(int periods) {
    return new CustomerSummary(
        id,
        frequency,
        recency,
        age,
        monetaryValue,
        totalSpend,
        transactionCount,
        firstPurchase,
        lastPurchase,
        OptionalInt.of(periods));
  }

  /**
   * Time since the last purchase at the end of calibration: {@code age − recency} (RFM recency).
   */
  public double timeSinceLastPurchase() {
    return age - recency;
  }

  /** Equal when every component is equal (numbers compared as by {@link Double#compare}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerSummary s
        && id.equals(s.id)
        && frequency == s.frequency
        && Double.compare(recency, s.recency) == 0
        && Double.compare(age, s.age) == 0
        && Double.compare(monetaryValue, s.monetaryValue) == 0
        && Double.compare(totalSpend, s.totalSpend) == 0
        && transactionCount == s.transactionCount
        && firstPurchase.equals(s.firstPurchase)
        && lastPurchase.equals(s.lastPurchase)
        && holdoutFrequency.equals(s.holdoutFrequency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        frequency,
        recency,
        age,
        monetaryValue,
        totalSpend,
        transactionCount,
        firstPurchase,
        lastPurchase,
        holdoutFrequency);
  }

  /**
   * Every component by name, for example {@code "CustomerSummary[id=42, frequency=2, recency=30.0,
   * ..., firstPurchase=Optional.empty, lastPurchase=Optional.empty,
   * holdoutFrequency=OptionalInt.empty]"}.
   */
  @Override
  public String toString() {
    return "CustomerSummary[id="
        + id
        + ", frequency="
        + frequency
        + ", recency="
        + recency
        + ", age="
        + age
        + ", monetaryValue="
        + monetaryValue
        + ", totalSpend="
        + totalSpend
        + ", transactionCount="
        + transactionCount
        + ", firstPurchase="
        + firstPurchase
        + ", lastPurchase="
        + lastPurchase
        + ", holdoutFrequency="
        + holdoutFrequency
        + "]";
  }
}
