package io.crmkit.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredFieldPolicyTest {

  static final Instant CREATED = Instant.parse("2024-01-15T10:00:00Z");
  final RequiredFieldPolicy policy =
      RequiredFieldPolicy.of(
              StandardField.EMAIL_CONTACT,
              StandardField.PHONE_CONTACT,
              StandardField.BIRTH_DATE,
              StandardField.GENDER,
              StandardField.REGION)
          .requiringAttribute("loyaltyCard");

  @Test
  void check_reports_every_missing_field_in_policy_order() {
    Customer bare = Customer.builder("7", CREATED).email("x@y.z").build();
    FieldCheck check = policy.check(bare);
    assertThat(check.isComplete()).isFalse();
    assertThat(check.missingNames())
        .containsExactly(
            "PHONE_CONTACT", "BIRTH_DATE", "GENDER", "REGION", "attribute:loyaltyCard");
    assertThat(check)
        .hasToString(
            "customer 7 lacks PHONE_CONTACT, BIRTH_DATE, GENDER, REGION, attribute:loyaltyCard");
  }

  @Test
  void complete_customer_passes() {
    Customer full =
        Customer.builder("8", CREATED)
            .email("x@y.z")
            .phone("+1 555 0100")
            .birthDate(LocalDate.of(1980, 1, 1))
            .gender(Gender.UNDISCLOSED)
            .demographics(Demographics.none().withRegion("north"))
            .attribute("loyaltyCard", "L-1")
            .build();
    assertThat(policy.check(full).isComplete()).isTrue();
    assertThat(policy.requireValid(full)).isSameAs(full);
  }

  @Test
  void blank_attribute_value_counts_as_missing() {
    Customer c = Customer.builder("9", CREATED).attribute("loyaltyCard", " ").build();
    assertThat(RequiredFieldPolicy.none().requiringAttribute("loyaltyCard").check(c).missing())
        .containsExactly(new AttributeField("loyaltyCard"));
  }

  @Test
  void require_valid_throws_naming_customer_and_all_missing_fields() {
    Customer bare = Customer.builder("7", CREATED).build();
    MissingRequiredFieldsException e =
        catchThrowableOfType(MissingRequiredFieldsException.class, () -> policy.requireValid(bare));
    assertThat(e)
        .hasMessage(
            "customer 7 lacks required fields: EMAIL_CONTACT, PHONE_CONTACT, BIRTH_DATE, GENDER,"
                + " REGION, attribute:loyaltyCard");
    assertThat(e.missing()).hasSize(6);
  }

  @Test
  void incomplete_lists_only_failing_customers() {
    Customer ok = Customer.builder("1", CREATED).email("a@b.c").build();
    Customer bad = Customer.builder("2", CREATED).build();
    assertThat(RequiredFieldPolicy.of(StandardField.EMAIL_CONTACT).incomplete(List.of(ok, bad)))
        .extracting(FieldCheck::customerId)
        .containsExactly(CustomerId.of("2"));
  }

  @Test
  void empty_policy_requires_nothing_and_duplicates_collapse() {
    assertThat(
            RequiredFieldPolicy.none().check(Customer.builder("1", CREATED).build()).isComplete())
        .isTrue();
    assertThat(RequiredFieldPolicy.of(StandardField.REGION, StandardField.REGION).fields())
        .hasSize(1);
    assertThat(RequiredFieldPolicy.of(StandardField.REGION).requiringAttribute("x"))
        .isEqualTo(RequiredFieldPolicy.of(StandardField.REGION, CustomerField.attribute("x")))
        .hasToString("RequiredFieldPolicy[REGION, attribute:x]");
  }

  @Test
  void bad_policy_input_is_refused() {
    assertThatThrownBy(() -> RequiredFieldPolicy.none().requiringAttribute(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attribute key");
    assertThatThrownBy(() -> RequiredFieldPolicy.of(StandardField.REGION, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("null");
  }
}
