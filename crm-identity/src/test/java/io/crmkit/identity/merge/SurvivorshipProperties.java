package io.crmkit.identity.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Consent;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class SurvivorshipProperties {

  @Property
  void a_merge_never_loses_an_opt_out_and_keeps_every_source_id(
      @ForAll @Size(min = 1, max = 6) List<Optional<Consent>> emailConsents) {
    List<Customer> records = new ArrayList<>();
    for (int i = 0; i < emailConsents.size(); i++) {
      Customer.Builder b =
          Customer.builder("c" + i, Instant.EPOCH.plusSeconds(i)).displayName("Name " + i);
      emailConsents.get(i).ifPresent(c -> b.consent(Channel.EMAIL, c));
      records.add(b.build());
    }
    Customer merged =
        Survivorship.standard().merge(CustomerId.of("c0"), records, Instant.EPOCH.plusSeconds(99));
    boolean anyOut = emailConsents.stream().anyMatch(c -> c.equals(Optional.of(Consent.OPTED_OUT)));
    boolean anyIn = emailConsents.stream().anyMatch(Optional::isPresent);
    assertThat(merged.isOptedOut(Channel.EMAIL)).isEqualTo(anyOut);
    assertThat(merged.isOptedIn(Channel.EMAIL)).isEqualTo(anyIn && !anyOut);
    assertThat(merged.attribute(Survivorship.SOURCE_IDS_ATTRIBUTE).orElseThrow().split(","))
        .hasSize(emailConsents.size());
  }
}
