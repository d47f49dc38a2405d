package io.crmkit.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CustomerTest {

  static final Instant CREATED = Instant.parse("2024-01-15T10:00:00Z");

  static Customer ada() {
    return Customer.builder("42", CREATED)
        .displayName("Ada Lovelace")
        .contact(ContactPoint.email("ada@example.org").asPrimary())
        .phone("+44 20 7946 0000")
        .birthDate(LocalDate.of(1990, 12, 10))
        .gender(Gender.FEMALE)
        .demographics(Demographics.none().withAgeBand("25-34").withRegion("north"))
        .dateAttribute("wedding", LocalDate.of(2015, 6, 20))
        .attribute("loyaltyCard", "L-17")
        .tag("vip")
        .preference("sweet")
        .consent(Channel.EMAIL, Consent.OPTED_IN)
        .consent(Channel.SMS, Consent.OPTED_OUT)
        .zone(ZoneId.of("Europe/London"))
        .build();
  }

  @Test
  void builder_keeps_every_field() {
    Customer c = ada();
    assertThat(c.id()).isEqualTo(CustomerId.of("42"));
    assertThat(c.displayName()).isEqualTo("Ada Lovelace");
    assertThat(c.contacts()).hasSize(2);
    assertThat(c.gender()).contains(Gender.FEMALE);
    assertThat(c.demographics().region()).contains("north");
    assertThat(c.zone()).contains(ZoneId.of("Europe/London"));
    assertThat(c.updatedAt()).isEqualTo(CREATED);
  }

  @Test
  void consent_is_unknown_unless_recorded() {
    Customer c = ada();
    assertThat(c.isOptedIn(Channel.EMAIL)).isTrue();
    assertThat(c.isOptedOut(Channel.SMS)).isTrue();
    assertThat(c.isOptedIn(Channel.PHONE)).isFalse();
    assertThat(c.isOptedOut(Channel.PHONE)).isFalse();
    assertThat(c.consentFor(Channel.PHONE)).isEmpty();
  }

  @Test
  void age_counts_whole_years_on_the_date() {
    Customer c = ada();
    assertThat(c.ageOn(LocalDate.of(2024, 12, 9))).hasValue(33);
    assertThat(c.ageOn(LocalDate.of(2024, 12, 10))).hasValue(34);
    assertThat(Customer.builder("1", CREATED).build().ageOn(LocalDate.of(2024, 1, 1))).isEmpty();
  }

  @Test
  void age_before_birth_is_refused() {
    assertThatThrownBy(() -> ada().ageOn(LocalDate.of(1980, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1980-01-01");
  }

  @Test
  void date_attributes_and_preferences_are_read_from_attributes_and_tags() {
    Customer c = ada();
    assertThat(c.dateAttribute("wedding")).contains(LocalDate.of(2015, 6, 20));
    assertThat(c.dateAttribute("divorce")).isEmpty();
    assertThat(c.preferences()).containsExactly("sweet");
    assertThat(c.hasTag("prefers:sweet")).isTrue();
    assertThat(c.hasTag("vip")).isTrue();
  }

  @Test
  void non_date_attribute_read_as_date_names_the_attribute() {
    assertThatThrownBy(() -> ada().dateAttribute("loyaltyCard"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loyaltyCard")
        .hasMessageContaining("L-17");
  }

  @Test
  void preferred_contact_is_the_primary_one_else_the_first() {
    Customer c = ada();
    assertThat(c.preferredContact(ContactType.EMAIL))
        .contains(ContactPoint.email("ada@example.org").asPrimary());
    assertThat(c.preferredContact(ContactType.PHONE))
        .contains(ContactPoint.phone("+44 20 7946 0000"));
    assertThat(c.preferredContact(ContactType.POSTAL)).isEmpty();
  }

  @Test
  void collections_are_copied_and_unmodifiable() {
    Customer c = ada();
    assertThatThrownBy(() -> c.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.attributes().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.consents().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void to_builder_round_trips_and_derives_changes() {
    Customer c = ada();
    assertThat(c.toBuilder().build()).isEqualTo(c);
    Customer changed = c.toBuilder().removeTag("vip").updatedAt(CREATED.plusSeconds(60)).build();
    assertThat(changed.hasTag("vip")).isFalse();
    assertThat(changed.createdAt()).isEqualTo(CREATED);
  }

  @Test
  void to_string_is_readable() {
    assertThat(ada().toString())
        .startsWith("Customer[42 'Ada Lovelace'")
        .contains("tags=[prefers:sweet, vip]");
    assertThat(Customer.builder("7", CREATED).build().toString())
        .isEqualTo("Customer[7, created 2024-01-15T10:00:00Z]");
  }

  @Test
  void updated_before_created_is_refused() {
    assertThatThrownBy(
            () -> Customer.builder("1", CREATED).updatedAt(CREATED.minusSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("updatedAt")
        .hasMessageContaining("2024-01-15T09:59:59Z");
  }

  @Test
  void duplicate_contacts_and_two_primaries_are_refused() {
    assertThatThrownBy(() -> Customer.builder("1", CREATED).email("a@b.c").email("a@b.c").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a@b.c")
        .hasMessageContaining("twice");
    assertThatThrownBy(
            () ->
                Customer.builder("1", CREATED)
                    .contact(ContactPoint.email("a@b.c").asPrimary())
                    .contact(ContactPoint.email("d@e.f").asPrimary())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("primary EMAIL");
  }

  @Test
  void blank_tags_keys_and_padded_names_are_refused() {
    assertThatThrownBy(() -> Customer.builder("1", CREATED).tag(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tags");
    assertThatThrownBy(() -> Customer.builder("1", CREATED).preference("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefers:");
    assertThatThrownBy(() -> Customer.builder("1", CREATED).attribute("", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attribute keys");
    assertThatThrownBy(() -> Customer.builder("1", CREATED).displayName(" Ada").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("displayName")
        .hasMessageContaining("' Ada'");
  }

  @Test
  void constructor_refuses_nulls_naming_the_field() {
    assertThatThrownBy(() -> Customer.builder("1", CREATED).birthDate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("birthDate");
    assertThatThrownBy(() -> Customer.builder("1", CREATED).zone(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("zone");
    assertThatThrownBy(() -> Customer.builder((CustomerId) null, CREATED))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
  }

  @Test
  void builder_refuses_null_values_naming_them() {
    assertThatThrownBy(() -> Customer.builder("1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("createdAt");
    assertThatThrownBy(() -> Customer.builder("1", CREATED).gender(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("gender");
    assertThatThrownBy(() -> Customer.builder("1", CREATED).attribute("k", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("attribute value");
    assertThatThrownBy(() -> Customer.builder(" 1", CREATED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("' 1'");
  }
}
