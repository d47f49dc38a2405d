package io.crmkit.testing.core.json;

import io.crmkit.core.money.Money;
import io.crmkit.testing.JsonFormatContract;
import io.crmkit.testing.core.CoreArbitraries;
import net.jqwik.api.Arbitrary;

/** {@link Money} under crmkit's {@link JsonFormatContract}. */
class MoneyJsonFormatTest extends JsonFormatContract<Money> {

  @Override
  protected Class<Money> type() {
    return Money.class;
  }

  @Override
  protected Arbitrary<Money> values() {
    return CoreArbitraries.anyMoney();
  }
}
