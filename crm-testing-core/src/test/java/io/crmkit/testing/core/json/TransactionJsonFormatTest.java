package io.crmkit.testing.core.json;

import io.crmkit.core.transaction.Transaction;
import io.crmkit.testing.JsonFormatContract;
import io.crmkit.testing.core.CoreArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** {@link Transaction} under crmkit's {@link JsonFormatContract}. */
class TransactionJsonFormatTest extends JsonFormatContract<Transaction> {

  @Override
  protected Class<Transaction> type() {
    return Transaction.class;
  }

  @Override
  protected Arbitrary<Transaction> values() {
    return Arbitraries.oneOf(
        CoreArbitraries.purchases(),
        CoreArbitraries.transactionHistories()
            .filter(h -> !h.isEmpty())
            .map(h -> h.get(h.size() - 1)));
  }
}
