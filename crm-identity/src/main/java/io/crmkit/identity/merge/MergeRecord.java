package io.crmkit.identity.merge;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.lifecycle.stage.Lifecycle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one merge did, everything needed to undo it: the survivor as it was, the absorbed customers
 * as they were, the ids of the transactions, interactions and service requests re-pointed from each
 * absorbed customer to the survivor, and the lifecycles as they were (the survivor's, if any, and
 * the absorbed ones, which the merge removed or moved to the survivor), and the loyalty points
 * moved from each absorbed customer's account to the survivor's ({@code loyalty}, empty without
 * loyalty accounts).
 *
 * @since 0.1
 */
public final class MergeRecord {

  private final String mergeId;
  private final Instant at;
  private final Customer survivorBefore;
  private final List<Customer> absorbed;
  private final Map<CustomerId, List<String>> transactions;
  private final Map<CustomerId, List<String>> interactions;
  private final Map<CustomerId, List<String>> serviceRequests;
  private final Optional<Lifecycle> survivorLifecycleBefore;
  private final List<Lifecycle> absorbedLifecycles;
  private final List<LoyaltyTransfer> loyalty;

  /** Checks no component is null. */
  MergeRecord(
      String mergeId,
      Instant at,
      Customer survivorBefore,
      List<Customer> absorbed,
      Map<CustomerId, List<String>> transactions,
      Map<CustomerId, List<String>> interactions,
      Map<CustomerId, List<String>> serviceRequests,
      Optional<Lifecycle> survivorLifecycleBefore,
      List<Lifecycle> absorbedLifecycles,
      List<LoyaltyTransfer> loyalty) {
    Objects.requireNonNull(mergeId, "mergeId must not be null");
    Objects.requireNonNull(at, "at of merge " + mergeId + " must not be null");
    Objects.requireNonNull(
        survivorBefore, "survivorBefore of merge " + mergeId + " must not be null");
    absorbed = List.copyOf(absorbed);
    transactions = copy(transactions);
    interactions = copy(interactions);
    serviceRequests = copy(serviceRequests);
    Objects.requireNonNull(
        survivorLifecycleBefore,
        "survivorLifecycleBefore of merge " + mergeId + " must not be null (use Optional.empty())");
    absorbedLifecycles = List.copyOf(absorbedLifecycles);
    loyalty =
        List.copyOf(
            Objects.requireNonNull(loyalty, "loyalty of merge " + mergeId + " must not be null"));
    this.mergeId = mergeId;
    this.at = at;
    this.survivorBefore = survivorBefore;
    this.absorbed = absorbed;
    this.transactions = transactions;
    this.interactions = interactions;
    this.serviceRequests = serviceRequests;
    this.survivorLifecycleBefore = survivorLifecycleBefore;
    this.absorbedLifecycles = absorbedLifecycles;
    this.loyalty = loyalty;
  }

  /** The merge's id. */
  public String mergeId() {
    return mergeId;
  }

  /** When the merge happened. */
  public Instant at() {
    return at;
  }

  /** The survivor as it was before the merge. */
  public Customer survivorBefore() {
    return survivorBefore;
  }

  /** The absorbed customers as they were. */
  public List<Customer> absorbed() {
    return absorbed;
  }

  /** The ids of the transactions re-pointed, per absorbed customer. */
  public Map<CustomerId, List<String>> transactions() {
    return transactions;
  }

  /** The ids of the interactions re-pointed, per absorbed customer. */
  public Map<CustomerId, List<String>> interactions() {
    return interactions;
  }

  /** The ids of the service requests re-pointed, per absorbed customer. */
  public Map<CustomerId, List<String>> serviceRequests() {
    return serviceRequests;
  }

  /** The survivor's lifecycle as it was, empty when it had none. */
  public Optional<Lifecycle> survivorLifecycleBefore() {
    return survivorLifecycleBefore;
  }

  /** The absorbed customers' lifecycles as they were. */
  public List<Lifecycle> absorbedLifecycles() {
    return absorbedLifecycles;
  }

  /** The loyalty points moved, empty without loyalty accounts. */
  public List<LoyaltyTransfer> loyalty() {
    return loyalty;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof MergeRecord that
        && mergeId.equals(that.mergeId)
        && at.equals(that.at)
        && survivorBefore.equals(that.survivorBefore)
        && absorbed.equals(that.absorbed)
        && transactions.equals(that.transactions)
        && interactions.equals(that.interactions)
        && serviceRequests.equals(that.serviceRequests)
        && survivorLifecycleBefore.equals(that.survivorLifecycleBefore)
        && absorbedLifecycles.equals(that.absorbedLifecycles)
        && loyalty.equals(that.loyalty);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        mergeId,
        at,
        survivorBefore,
        absorbed,
        transactions,
        interactions,
        serviceRequests,
        survivorLifecycleBefore,
        absorbedLifecycles,
        loyalty);
  }

  private static Map<CustomerId, List<String>> copy(Map<CustomerId, List<String>> m) {
    Map<CustomerId, List<String>> out = new java.util.TreeMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The survivor's id. */
  public CustomerId survivor() {
    return survivorBefore.id();
  }

  @Override
  public String toString() {
    int tx = transactions.values().stream().mapToInt(List::size).sum();
    int in = interactions.values().stream().mapToInt(List::size).sum();
    int sr = serviceRequests.values().stream().mapToInt(List::size).sum();
    return "MergeRecord["
        + mergeId
        + " at "
        + at
        + ": "
        + absorbed.stream().map(Customer::id).toList()
        + " into "
        + survivor()
        + ", re-pointed "
        + tx
        + " transactions, "
        + in
        + " interactions, "
        + sr
        + " service requests, "
        + absorbedLifecycles.size()
        + " lifecycles"
        + (loyalty.isEmpty()
            ? ""
            : ", moved "
                + loyalty.stream().mapToLong(LoyaltyTransfer::points).sum()
                + " loyalty points")
        + "]";
  }
}
