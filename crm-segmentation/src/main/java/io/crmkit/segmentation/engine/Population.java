package io.crmkit.segmentation.engine;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.summary.CustomerSummaries;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The customers a segmentation runs over: one row per row of the purchase summaries, with the
 * customer records (for rule schemes) where known. Common columns (total spend, days since the last
 * purchase, transactions) are extracted once and shared by the schemes.
 *
 * @since 0.1
 */
public final class Population {

  private final CustomerSummaries summaries;
  private final Map<CustomerId, Customer> customers;
  private final double[] totalSpend;
  private final double[] recencyDays;
  private final int[] transactions;

  private Population(CustomerSummaries summaries, Map<CustomerId, Customer> customers) {
    this.summaries = summaries;
    this.customers = customers;
    this.totalSpend = summaries.totalSpends();
    this.transactions = summaries.transactionCounts();
    this.recencyDays = io.crmkit.segmentation.rfm.RfmScorer.daysSinceLastPurchase(summaries);
  }

  /** The rows of {@code summaries}, without customer records. */
  public static Population of(CustomerSummaries summaries) {
    return of(summaries, java.util.List.of());
  }

  /**
   * The rows of {@code summaries} with the given customer records (records of others are ignored).
   */
  public static Population of(CustomerSummaries summaries, Collection<Customer> customers) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    Objects.requireNonNull(customers, "customers must not be null");
    Map<CustomerId, Customer> byId = new HashMap<>();
    for (Customer c : customers) {
      if (byId.put(c.id(), c) != null) {
        throw new IllegalArgumentException(
            "customers must have unique ids but " + c.id() + " repeats");
      }
    }
    return new Population(summaries, Map.copyOf(byId));
  }

  /** The per-customer summaries of the population, one row per customer. */
  public CustomerSummaries summaries() {
    return summaries;
  }

  /** The number of customers. */
  public int size() {
    return summaries.size();
  }

  /** The customer record of row {@code i}, if known. */
  public Optional<Customer> customer(int i) {
    return Optional.ofNullable(customers.get(summaries.customerId(i)));
  }

  /** The customer record with id {@code id}, if known. */
  public Optional<Customer> customer(CustomerId id) {
    return Optional.ofNullable(customers.get(Objects.requireNonNull(id, "id must not be null")));
  }

  double[] totalSpendColumn() {
    return totalSpend;
  }

  double[] recencyDaysColumn() {
    return recencyDays;
  }

  int[] transactionsColumn() {
    return transactions;
  }

  @Override
  public String toString() {
    return "Population[" + size() + " customers, " + customers.size() + " customer records]";
  }
}
