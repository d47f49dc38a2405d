package io.crmkit.lifecycle.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.TransactionColumns;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RevenueChangeTest {

  @Test
  void a_change_in_customer_count_alone_is_all_customer_effect() {
    PeriodRevenue before = new PeriodRevenue(100, 200, 10_000, 0); // 100 × 2 × 50
    PeriodRevenue after = new PeriodRevenue(120, 240, 12_000, 0); // 120 × 2 × 50

    RevenueChange change = RevenueChange.between(before, after);

    assertThat(change.change()).isEqualTo(2_000);
    assertThat(change.customerEffect()).isCloseTo(2_000, within(1e-9));
    assertThat(change.frequencyEffect()).isCloseTo(0, within(1e-9));
    assertThat(change.orderValueEffect()).isCloseTo(0, within(1e-9));
  }

  @Test
  void three_drivers_moving_together_split_the_change_by_their_shapley_values() {
    // C 100 -> 110, F 2 -> 2.5, M 50 -> 40: 10,000 -> 11,000
    PeriodRevenue before = new PeriodRevenue(100, 200, 10_000, 100);
    PeriodRevenue after = new PeriodRevenue(110, 275, 11_000, 300);

    RevenueChange change = RevenueChange.between(before, after);

    // Shapley by hand: ΔC·[(F0M0 + F1M1)/3 + (F0M1 + F1M0)/6] = 10·[(100 + 100)/3 + (80 + 125)/6]
    assertThat(change.customerEffect()).isCloseTo(10 * (200 / 3.0 + 205 / 6.0), within(1e-9));
    assertThat(change.frequencyEffect())
        .isCloseTo(0.5 * ((100 * 50 + 110 * 40) / 3.0 + (100 * 40 + 110 * 50) / 6.0), within(1e-9));
    assertThat(change.orderValueEffect())
        .isCloseTo(-10 * ((100 * 2 + 110 * 2.5) / 3.0 + (100 * 2.5 + 110 * 2) / 6.0), within(1e-9));
    assertThat(change.refundEffect()).isEqualTo(-200);
    assertThat(
            change.customerEffect()
                + change.frequencyEffect()
                + change.orderValueEffect()
                + change.refundEffect())
        .isCloseTo(change.change(), within(1e-9));
    assertThat(change.change()).isEqualTo(800);
  }

  @Test
  void a_period_without_customers_is_allowed() {
    RevenueChange change =
        RevenueChange.between(new PeriodRevenue(0, 0, 0, 0), new PeriodRevenue(3, 4, 100, 0));

    assertThat(change.customerEffect() + change.frequencyEffect() + change.orderValueEffect())
        .isCloseTo(100, within(1e-9));
  }

  @Test
  void a_period_is_read_from_transactions_with_its_days_in_the_zone() {
    long day = 86_400;
    long jan1 = LocalDate.of(2024, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    TransactionColumns tx =
        TransactionColumns.builder()
            .add("a", jan1, 10)
            .add("a", jan1 + day, 30)
            .add("b", jan1 + 2 * day, 20)
            .add("b", jan1 + 3 * day, 5, true)
            .add("c", jan1 + 40 * day, 99)
            .build();

    PeriodRevenue january =
        PeriodRevenue.of(tx, ZoneOffset.UTC, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));

    assertThat(january).isEqualTo(new PeriodRevenue(2, 3, 60, 5));
    assertThat(january.frequency()).isEqualTo(1.5);
    assertThat(january.averageOrderValue()).isEqualTo(20);
    assertThat(january.netRevenue()).isEqualTo(55);
    assertThat(january.toString()).contains("2 customers").contains("net 55.00");
  }

  @Test
  void inconsistent_periods_are_refused_naming_the_field() {
    assertThatThrownBy(() -> new PeriodRevenue(5, 3, 10, 0))
        .hasMessageContaining("customers must be from 0 to purchases (3)");
    assertThatThrownBy(() -> new PeriodRevenue(0, 0, 10, 0))
        .hasMessageContaining("purchaseRevenue must be 0 without purchases");
    assertThatThrownBy(() -> new PeriodRevenue(1, 1, Double.NaN, 0))
        .hasMessageContaining("purchaseRevenue must be finite");
    assertThatThrownBy(() -> new PeriodRevenue(1, 1, 1, -1))
        .hasMessageContaining("refunds must be finite and not negative");
  }
}
