package io.crmkit.identity.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.transaction.Transaction;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ProfileProperties {

  /**
   * Any customer of a seeded population: the purchase section adds up to the customer's own
   * transactions up to the profile's instant, and the JSON document parses strictly with every
   * section.
   */
  @Property(tries = 8)
  void a_profile_accounts_for_every_transaction_of_its_customer_and_writes_valid_json(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 59) int who) {
    ProfileFixture f = new ProfileFixture(seed, 60);
    CustomerProfiles profiles = CustomerProfiles.over(f.sources(), ProfileFixture.settings());
    CustomerId id = CustomerId.of("c" + who);
    CustomerProfile p = profiles.of(id);
    var mine =
        f.transactions.findByCustomer(id).stream()
            .filter(t -> !t.timestamp().isAfter(p.at()))
            .toList();
    BigDecimal total =
        mine.stream()
            .map(Transaction::total)
            .map(m -> m.amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (mine.isEmpty()) {
      assertThat(p.purchases()).isEmpty();
    } else {
      assertThat(p.purchases().orElseThrow().transactions()).isEqualTo(mine.size());
      assertThat(p.purchases().orElseThrow().totalSpend().amount()).isEqualByComparingTo(total);
      assertThat(p.churn().orElseThrow().probability()).isBetween(0.0, 1.0);
    }
    ObjectNode json = ProfileJson.parse(ProfileJson.write(p));
    assertThat(json.size()).isEqualTo(12);
    assertThat(json.at("/customer/id").asText()).isEqualTo(id.value());
  }
}
