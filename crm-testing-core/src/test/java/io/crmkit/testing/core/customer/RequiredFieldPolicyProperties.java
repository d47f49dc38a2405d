package io.crmkit.testing.core.customer;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerField;
import io.crmkit.core.customer.MissingRequiredFieldsException;
import io.crmkit.core.customer.RequiredFieldPolicy;
import io.crmkit.core.customer.StandardField;
import io.crmkit.testing.core.CoreArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RequiredFieldPolicyProperties {

  @Provide
  Arbitrary<Customer> customers() {
    return CoreArbitraries.customers();
  }

  @Provide
  Arbitrary<List<CustomerField>> fields() {
    Arbitrary<CustomerField> one =
        Arbitraries.oneOf(
            Arbitraries.of(StandardField.class).map(f -> f),
            Arbitraries.of("wedding", "loyaltyCard", "source", "other")
                .map(CustomerField::attribute));
    return one.list().ofMaxSize(8);
  }

  @Property(tries = 200)
  boolean one_check_reports_what_checking_each_field_alone_reports(
      @ForAll("customers") Customer customer, @ForAll("fields") List<CustomerField> fields) {
    List<CustomerField> expected = new ArrayList<>();
    for (CustomerField f : fields) {
      if (!RequiredFieldPolicy.of(f).check(customer).isComplete() && !expected.contains(f)) {
        expected.add(f);
      }
    }
    return RequiredFieldPolicy.of(fields).check(customer).missing().equals(expected);
  }

  @Property(tries = 200)
  boolean require_valid_throws_exactly_when_the_check_finds_a_gap(
      @ForAll("customers") Customer customer, @ForAll("fields") List<CustomerField> fields) {
    RequiredFieldPolicy policy = RequiredFieldPolicy.of(fields);
    try {
      policy.requireValid(customer);
      return policy.check(customer).isComplete();
    } catch (MissingRequiredFieldsException e) {
      return e.missing().equals(policy.check(customer).missing()) && !e.missing().isEmpty();
    }
  }
}
