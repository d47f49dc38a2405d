package io.crmkit.lifecycle.internal.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.lifecycle.stage.DefaultLifecycle;
import org.junit.jupiter.api.Test;

class CompactLifecycleTableTest {

  private final CompactLifecycleTable table =
      CompactLifecycleTable.create(3, 100, DefaultLifecycle.Thresholds.defaults(), 2);

  @Test
  void purchases_move_prospects_to_new_then_active_then_loyal() {
    for (int k = 0; k < 5; k++) {
      table.purchase(0, 101 + k, 10_000);
    }
    table.purchase(1, 101, 5);
    assertThat(table.stage(0)).isEqualTo(DefaultLifecycle.LOYAL);
    assertThat(table.stage(1)).isEqualTo(DefaultLifecycle.NEW);
    assertThat(table.netSpendMinor(0)).isEqualTo(50_000);
    assertThat(table)
        .hasToString(
            "compact lifecycle table of 3 customers: PROSPECT 1 NURTURING 0 NEW 1 ACTIVE 0"
                + " LOYAL 1 AT_RISK 0 LAPSED 0 REACTIVATED 0");
  }

  @Test
  void net_spend_may_go_negative_and_back() {
    table.purchase(0, 101, 100);
    table.refund(0, 102, 5_000_000_000L);
    assertThat(table.netSpendMinor(0)).isEqualTo(100 - 5_000_000_000L);
    table.purchase(0, 103, 5_000_000_000L);
    assertThat(table.netSpendMinor(0)).isEqualTo(100);
  }

  @Test
  void refunds_of_prospects_are_refused() {
    assertThat(table.refund(0, 101, 10)).isFalse();
    assertThat(table.netSpendMinor(0)).isZero();
  }

  @Test
  void re_evaluation_moves_silent_customers_and_counts_them() {
    table.purchase(0, 101, 100);
    table.purchase(1, 101, 100);
    table.interaction(1, 150);
    assertThat(table.reEvaluate(191)).isEqualTo(1); // customer 0 silent 90 days
    assertThat(table.stage(0)).isEqualTo(DefaultLifecycle.AT_RISK);
    assertThat(table.reEvaluate(281, new double[] {Double.NaN, 0.9, 0.0}))
        .isEqualTo(2); // 0 lapses, 1 scored
    assertThat(table.stage(0)).isEqualTo(DefaultLifecycle.LAPSED);
    assertThat(table.stage(1)).isEqualTo(DefaultLifecycle.AT_RISK);
    assertThat(table.stage(2)).isEqualTo(DefaultLifecycle.PROSPECT);
  }

  @Test
  void copies_are_independent() {
    CompactLifecycleTable copy = table.copy();
    copy.purchase(0, 101, 1);
    assertThat(table.stage(0)).isEqualTo(DefaultLifecycle.PROSPECT);
    assertThat(copy.stage(0)).isEqualTo(DefaultLifecycle.NEW);
  }

  @Test
  void bad_input_is_rejected() {
    table.purchase(0, 110, 1);
    assertThatThrownBy(() -> table.purchase(0, 109, 1))
        .hasMessage(
            "event of customer row 0 on day 109 must not be before its last activity on day 110");
    assertThatThrownBy(() -> table.purchase(3, 120, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> table.reEvaluate(200, new double[2]))
        .hasMessage("churnProbability must have one value per customer (3) but had: 2");
  }
}
