package io.crmkit.core.json;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.testing.CoreArbitraries;
import io.crmkit.core.testing.JsonFormatContract;
import net.jqwik.api.Arbitrary;

/** {@link Customer} under crmkit's {@link JsonFormatContract}. */
class CustomerJsonFormatTest extends JsonFormatContract<Customer> {

  @Override
  protected Class<Customer> type() {
    return Customer.class;
  }

  @Override
  protected Arbitrary<Customer> values() {
    return CoreArbitraries.customers();
  }
}
