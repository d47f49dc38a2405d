package io.crmkit.testing.core;

import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shared generators produce what they promise. */
class CoreArbitrariesProperties {

  @Provide
  Arbitrary<List<Transaction>> histories() {
    return CoreArbitraries.transactionHistories();
  }

  @Property(tries = 100)
  boolean history_ids_are_distinct_and_refunds_follow_their_purchase_of_the_same_customer(
      @ForAll("histories") List<Transaction> history) {
    Map<TransactionId, Transaction> byId = new HashMap<>();
    history.forEach(t -> byId.put(t.id(), t));
    if (byId.size() != history.size()) {
      return false;
    }
    for (Transaction t : history) {
      if (t.isRefund()) {
        Transaction p = byId.get(t.refundOf().orElseThrow());
        if (p == null
            || !p.isPurchase()
            || !p.customerId().equals(t.customerId())
            || !t.timestamp().isAfter(p.timestamp())
            || t.total().compareTo(p.total()) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  @Property(tries = 100)
  boolean instants_stay_in_the_documented_window(@ForAll("histories") List<Transaction> history) {
    return history.stream()
        .filter(Transaction::isPurchase)
        .allMatch(
            t ->
                !t.timestamp().isBefore(CoreArbitraries.FROM)
                    && t.timestamp().isBefore(CoreArbitraries.TO));
  }

  @Provide
  Arbitrary<List<Transaction>> purchaseHistories() {
    return CoreArbitraries.purchaseHistories(3, 40);
  }

  @Property(tries = 100)
  boolean purchase_histories_use_the_customer_pool(
      @ForAll("purchaseHistories") List<Transaction> history) {
    return new HashSet<>(history.stream().map(t -> t.customerId().value()).toList()).size() <= 3
        && history.stream()
            .allMatch(t -> t.isPurchase() && t.customerId().value().matches("c[0-2]"));
  }
}
