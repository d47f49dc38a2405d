package io.crmkit.identity.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class NormalizationProperties {

  @Property
  void name_normalisation_is_idempotent(@ForAll String name) {
    String once = NameNormalizer.normalize(name);
    assertThat(NameNormalizer.normalize(once)).isEqualTo(once);
  }

  @Property
  void email_normalisation_is_idempotent(@ForAll String email) {
    EmailNormalizer n = EmailNormalizer.basic().withGmailDots().withPlusTags();
    n.normalize(email).ifPresent(once -> assertThat(n.normalize(once)).contains(once));
  }

  @Property
  void phone_normalisation_is_idempotent(
      @ForAll @NumericChars @StringLength(min = 3, max = 14) String digits) {
    PhoneNormalizer gb = PhoneNormalizer.forRegion("GB");
    gb.normalize(digits).ifPresent(once -> assertThat(gb.normalize(once)).contains(once));
  }

  @Property
  void address_canonical_form_is_idempotent(@ForAll String address) {
    String once = AddressTokens.canonical(address);
    assertThat(AddressTokens.canonical(once)).isEqualTo(once);
  }
}
