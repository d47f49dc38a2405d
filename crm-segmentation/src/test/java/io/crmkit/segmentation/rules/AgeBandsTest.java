package io.crmkit.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeBandsTest {

  static final LocalDate ON = LocalDate.of(2026, 11, 25);

  @Test
  void bands_are_labelled_from_their_bounds() {
    assertThat(AgeBands.standard().labels())
        .containsExactly("<18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+");
    assertThat(AgeBands.of(18, 25).bandOf(17)).isEqualTo("<18");
    assertThat(AgeBands.of(18, 25).bandOf(18)).isEqualTo("18-24");
    assertThat(AgeBands.of(18, 25).bandOf(24)).isEqualTo("18-24");
    assertThat(AgeBands.of(18, 25).bandOf(25)).isEqualTo("25+");
  }

  @Test
  void a_customer_changes_band_on_the_birthday() {
    Customer c = Customer.builder("1", Instant.EPOCH).birthDate(LocalDate.of(2001, 11, 26)).build();
    assertThat(AgeBands.standard().bandOf(c, ON))
        .isEqualTo("18-24"); // 24 the day before turning 25
    assertThat(AgeBands.standard().bandOf(c, ON.plusDays(1))).isEqualTo("25-34");
    assertThat(AgeBands.standard().bandOf(Customer.builder("2", Instant.EPOCH).build(), ON))
        .isEqualTo("age unknown");
  }

  @Test
  void segmentation_agrees_with_band_of() {
    RuleSegmentation s = AgeBands.standard().segmentation();
    for (int year = 1930; year <= 2026; year += 3) {
      Customer c = Customer.builder("1", Instant.EPOCH).birthDate(LocalDate.of(year, 6, 1)).build();
      assertThat(s.assign(RuleContext.of(c, ON)).segment())
          .isEqualTo(AgeBands.standard().bandOf(c, ON));
    }
    assertThat(s.assign(RuleContext.of(Customer.builder("2", Instant.EPOCH).build(), ON)).segment())
        .isEqualTo(AgeBands.UNKNOWN);
    assertThat(RulesJackson.readSegmentation(RulesJackson.writeSegmentation(s))).isEqualTo(s);
  }

  @Test
  void bounds_must_ascend() {
    assertThatThrownBy(() -> AgeBands.of(25, 18))
        .hasMessageContaining("strictly ascending but were: [25, 18]");
    assertThatThrownBy(() -> AgeBands.of()).hasMessage("lowerBounds must not be empty");
  }
}
