package io.crmkit.lifecycle.cohort;

import io.crmkit.core.summary.TransactionColumns;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * The revenue of one period and its three drivers: purchase revenue = customers × purchase
 * frequency × average order value, where customers are the distinct customers with at least one
 * purchase in the period, frequency is purchases (transactions, not days) per such customer and the
 * average order value is purchase revenue per purchase. Refunds in the period are kept apart, so
 * that net revenue = purchase revenue − refunds.
 *
 * @param customers distinct purchasing customers in the period
 * @param purchases purchase transactions in the period
 * @param purchaseRevenue sum of the purchase amounts (currency units), not negative
 * @param refunds sum of the refund amounts in the period (currency units), not negative
 * @since 0.1
 */
public record PeriodRevenue(
    long customers, long purchases, double purchaseRevenue, double refunds) {

  /**
   * Checks the counts and amounts: not negative, finite, purchases at least customers, no revenue
   * without purchases.
   */
  public PeriodRevenue {
    if (customers < 0 || purchases < customers) {
      throw new IllegalArgumentException(
          "customers must be from 0 to purchases (" + purchases + ") but was: " + customers);
    }
    if (!(purchaseRevenue >= 0) || Double.isInfinite(purchaseRevenue)) {
      throw new IllegalArgumentException(
          "purchaseRevenue must be finite and not negative but was: " + purchaseRevenue);
    }
    if (!(refunds >= 0) || Double.isInfinite(refunds)) {
      throw new IllegalArgumentException(
          "refunds must be finite and not negative but was: " + refunds);
    }
    if (purchases == 0 && purchaseRevenue != 0) {
      throw new IllegalArgumentException(
          "purchaseRevenue must be 0 without purchases but was: " + purchaseRevenue);
    }
    if (purchases > 0 && customers == 0) {
      throw new IllegalArgumentException(
          "customers must be positive when there are purchases (" + purchases + ")");
    }
  }

  /**
   * The period from {@code firstDay} to {@code lastDay} inclusive, days taken in {@code zone}.
   *
   * @throws IllegalArgumentException when {@code lastDay} is before {@code firstDay}
   */
  public static PeriodRevenue of(
      TransactionColumns transactions, ZoneId zone, LocalDate firstDay, LocalDate lastDay) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(firstDay, "firstDay must not be null");
    Objects.requireNonNull(lastDay, "lastDay must not be null");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException(
          "lastDay must not be before firstDay " + firstDay + " but was: " + lastDay);
    }
    long from = firstDay.atStartOfDay(zone).toEpochSecond();
    long until = lastDay.plusDays(1).atStartOfDay(zone).toEpochSecond();
    KeyIndex buyers = new KeyIndex(1024);
    long purchases = 0;
    double revenue = 0;
    double refunds = 0;
    for (int row = 0; row < transactions.size(); row++) {
      long t = transactions.epochSecond(row);
      if (t < from || t >= until) {
        continue;
      }
      if (transactions.isRefund(row)) {
        refunds += transactions.amount(row);
      } else {
        purchases++;
        revenue += transactions.amount(row);
        buyers.indexOf(transactions.customerKey(row));
      }
    }
    return new PeriodRevenue(buyers.size(), purchases, revenue, refunds);
  }

  /** Purchases per purchasing customer; 0 when no customer purchased. */
  public double frequency() {
    return customers == 0 ? 0 : (double) purchases / customers;
  }

  /** Purchase revenue per purchase (currency units); 0 without purchases. */
  public double averageOrderValue() {
    return purchases == 0 ? 0 : purchaseRevenue / purchases;
  }

  /** Purchase revenue minus refunds (currency units). */
  public double netRevenue() {
    return purchaseRevenue - refunds;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "PeriodRevenue[%,d customers × %.3f purchases × %.2f per order = %.2f; refunds %.2f; net %.2f]",
        customers,
        frequency(),
        averageOrderValue(),
        purchaseRevenue,
        refunds,
        netRevenue());
  }
}
