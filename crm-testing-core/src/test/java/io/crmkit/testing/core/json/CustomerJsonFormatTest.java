package io.crmkit.testing.core.json;

import io.crmkit.core.customer.Customer;
import io.crmkit.testing.JsonFormatContract;
import io.crmkit.testing.core.CoreArbitraries;
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
