package io.crmkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void adds_and_subtracts_in_one_currency() {
    assertThat(Money.of("12.50", "EUR").plus(Money.of("0.75", "EUR")))
        .isEqualTo(Money.of("13.25", "EUR"));
    assertThat(Money.of("1", "EUR").minus(Money.of("2", "EUR")).isNegative()).isTrue();
    assertThat(Money.of("2.50", "EUR").times(3)).isEqualTo(Money.of("7.5", "EUR"));
  }

  @Test
  void refuses_mixed_currencies_naming_both() {
    assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 EUR")
        .hasMessageContaining("1 USD");
    assertThatThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")))
        .hasMessageContaining("different currencies");
  }

  @Test
  void equality_ignores_trailing_zeros() {
    assertThat(Money.of("1.0", "EUR"))
        .isEqualTo(Money.of("1.00", "EUR"))
        .hasSameHashCodeAs(Money.of("1", "EUR"));
    assertThat(Money.of("1", "EUR")).isNotEqualTo(Money.of("1", "USD"));
  }

  @Test
  void rounds_to_the_currency_digits_with_an_explicit_mode() {
    assertThat(Money.of("1.005", "EUR").rounded(RoundingMode.HALF_EVEN).amount())
        .isEqualByComparingTo("1.00");
    assertThat(Money.of("1.005", "EUR").rounded(RoundingMode.HALF_UP).amount())
        .isEqualByComparingTo("1.01");
    assertThat(Money.of("7.5", "JPY").rounded(RoundingMode.HALF_UP).amount())
        .isEqualByComparingTo("8");
  }

  @Test
  void bad_input_names_the_value() {
    assertThatThrownBy(() -> Money.of("12,5", "EUR")).hasMessageContaining("'12,5'");
    assertThatThrownBy(() -> Money.of("1", "EURO")).hasMessageContaining("'EURO'");
    assertThatThrownBy(() -> Money.of(Double.NaN, "EUR")).hasMessageContaining("NaN");
    assertThatThrownBy(() -> Money.of((BigDecimal) null, "EUR")).hasMessageContaining("amount");
  }

  @Test
  void prints_amount_and_code() {
    assertThat(Money.of("12.50", "EUR")).hasToString("12.50 EUR");
  }

  @Property(tries = 200)
  void plus_then_minus_is_identity(@ForAll long a, @ForAll long b) {
    Money x = Money.of(BigDecimal.valueOf(a, 2), "EUR");
    Money y = Money.of(BigDecimal.valueOf(b, 2), "EUR");
    assertThat(x.plus(y).minus(y)).isEqualTo(x);
  }
}
