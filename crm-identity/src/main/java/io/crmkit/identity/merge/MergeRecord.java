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
public record MergeRecord(
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

  /** Checks no component is null. */
  public MergeRecord {
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
