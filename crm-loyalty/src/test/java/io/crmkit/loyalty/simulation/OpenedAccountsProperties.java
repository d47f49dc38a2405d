package io.crmkit.loyalty.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The replay's index of opened accounts behaves as a map in opening order. */
class OpenedAccountsProperties {

  @Property(tries = 100)
  void it_is_the_map_of_the_accounts_in_opening_order(
      @ForAll @Size(max = 3000) List<@IntRange(min = 0, max = 5000) Integer> customers) {
    OpenedAccounts opened = new OpenedAccounts();
    Map<CustomerId, LoyaltyAccount> expected = new LinkedHashMap<>();
    LedgerPolicy policy = LedgerPolicy.simple(ZoneOffset.UTC);
    for (int c : customers) {
      CustomerId id = CustomerId.of("c" + c); // a new instance each time: found by value
      int p = opened.position(id);
      if (p < 0) {
        LoyaltyAccount a = LoyaltyAccount.open(id, policy);
        assertThat(opened.open(a)).isEqualTo(expected.size());
        expected.put(id, a);
      } else {
        assertThat(opened.at(p)).isSameAs(expected.get(id));
      }
    }
    assertThat(opened).isEqualTo(expected);
    assertThat(new ArrayList<>(opened.keySet())).containsExactlyElementsOf(expected.keySet());
    assertThat(opened.get(CustomerId.of("absent"))).isNull();
    assertThat(((Map<?, ?>) opened).get("c1")).isNull(); // a key of another type is simply absent
    assertThat(opened.size()).isEqualTo(expected.size());
  }
}
