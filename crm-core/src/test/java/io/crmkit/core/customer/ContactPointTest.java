package io.crmkit.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactPointTest {

  @Test
  void email_and_phone_factories_make_non_primary_points() {
    assertThat(ContactPoint.email("ada@example.org"))
        .isEqualTo(new ContactPoint(ContactType.EMAIL, "ada@example.org", false));
    assertThat(ContactPoint.phone("+1 (555) 010-0000").type()).isEqualTo(ContactType.PHONE);
    assertThat(ContactPoint.email("a@b").asPrimary().primary()).isTrue();
  }

  @Test
  void to_string_is_readable() {
    assertThat(ContactPoint.email("ada@example.org").asPrimary())
        .hasToString("email ada@example.org (primary)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ada", "ada@", "@example.org", "a@b@c", "a b@c.d"})
  void malformed_email_is_refused_naming_the_value(String value) {
    assertThatThrownBy(() -> ContactPoint.email(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EMAIL")
        .hasMessageContaining(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "call me", "555-CALL"})
  void malformed_phone_is_refused_naming_the_value(String value) {
    assertThatThrownBy(() -> ContactPoint.phone(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PHONE")
        .hasMessageContaining(value);
  }

  @Test
  void blank_or_padded_values_are_refused() {
    assertThatThrownBy(() -> ContactPoint.of(ContactType.POSTAL, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> ContactPoint.of(ContactType.SOCIAL, "@ada "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whitespace");
    assertThatThrownBy(() -> ContactPoint.of(null, "x")).isInstanceOf(NullPointerException.class);
  }
}
