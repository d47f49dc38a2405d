package io.crmkit.lifecycle.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.TransactionColumns;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class CohortTableTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static long at(String localDateTime, ZoneId zone) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toEpochSecond();
  }

  @Test
  void customers_fall_into_the_month_of_their_first_purchase_and_count_once_per_month() {
    TransactionColumns tx =
        TransactionColumns.builder()
            .add("a", at("2024-01-05T10:00", BERLIN), 10)
            .add("a", at("2024-01-20T10:00", BERLIN), 5) // same month: counted once, revenue adds
            .add("a", at("2024-03-02T10:00", BERLIN), 7)
            .add("b", at("2024-01-31T23:30", BERLIN), 20) // 22:30 UTC, still January in Berlin
            .add("b", at("2024-02-10T10:00", BERLIN), 4, true) // refund in month +1
            .add("c", at("2024-02-01T00:10", BERLIN), 8) // 23:10 UTC on Jan 31: February in Berlin
            .add("c", at("2024-02-29T12:00", BERLIN), 8)
            .build();

    CohortTable t = CohortTable.monthly(tx, BERLIN, YearMonth.of(2024, 3));

    assertThat(t.cohorts())
        .containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3));
    assertThat(t.size(YearMonth.of(2024, 1))).isEqualTo(2);
    assertThat(t.size(YearMonth.of(2024, 2))).isEqualTo(1);
    assertThat(t.size(YearMonth.of(2024, 3))).isZero();
    assertThat(t.activeMatrix()).isDeepEqualTo(new int[][] {{2, 0, 1}, {1, 0}, {0}});
    assertThat(t.retention(YearMonth.of(2024, 1), 2)).isEqualTo(0.5);
    assertThat(t.revenueMatrix()).isDeepEqualTo(new double[][] {{35, -4, 7}, {16, 0}, {0}});
    assertThat(t.accounting()).isEqualTo(new CohortAccounting(6, 1, 0, 0));
  }

  @Test
  void the_same_instants_in_utc_put_customer_c_into_january() {
    TransactionColumns tx =
        TransactionColumns.builder().add("c", at("2024-02-01T00:10", BERLIN), 8).build();

    assertThat(
            CohortTable.monthly(tx, ZoneOffset.UTC, YearMonth.of(2024, 2))
                .size(YearMonth.of(2024, 1)))
        .isEqualTo(1);
    assertThat(CohortTable.monthly(tx, BERLIN, YearMonth.of(2024, 2)).cohorts())
        .containsExactly(YearMonth.of(2024, 2));
  }

  @Test
  void rows_after_the_last_month_and_refunds_before_the_first_purchase_are_accounted_for() {
    TransactionColumns tx =
        TransactionColumns.builder()
            .add("a", at("2024-01-02T10:00", BERLIN), 3, true) // refund before a's first purchase
            .add("a", at("2024-01-05T10:00", BERLIN), 10)
            .add("z", at("2024-01-06T10:00", BERLIN), 2, true) // z never purchased
            .add("a", at("2024-04-01T10:00", BERLIN), 9) // after March
            .build();

    CohortTable t = CohortTable.monthly(tx, BERLIN, YearMonth.of(2024, 3));

    assertThat(t.accounting()).isEqualTo(new CohortAccounting(1, 0, 1, 2));
    assertThat(t.accounting().total()).isEqualTo(tx.size());
    assertThat(t.revenue(YearMonth.of(2024, 1), 0)).isEqualTo(10);
  }

  @Test
  void unobserved_cells_and_unknown_cohorts_are_refused_with_the_valid_range() {
    TransactionColumns tx =
        TransactionColumns.builder().add("a", at("2024-01-05T10:00", BERLIN), 10).build();
    CohortTable t = CohortTable.monthly(tx, BERLIN, YearMonth.of(2024, 3));

    assertThatThrownBy(() -> t.active(YearMonth.of(2024, 2), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monthsSince must be from 0 to 1")
        .hasMessageContaining("was: 2");
    assertThatThrownBy(() -> t.size(YearMonth.of(2023, 12)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 2024-01 to 2024-03")
        .hasMessageContaining("2023-12");
    assertThatThrownBy(() -> CohortTable.monthly(tx, BERLIN, YearMonth.of(2023, 12)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lastMonth 2023-12");
  }

  @Test
  void cdnow_sample_cohorts_are_the_first_quarter_of_1997_and_hold_every_customer() {
    TransactionColumns tx =
        TransactionCsvReader.of(TransactionCsvFormat.cdnowSample())
            .readColumns(
                new InputStreamReader(
                    Objects.requireNonNull(
                        getClass()
                            .getResourceAsStream("/io/crmkit/lifecycle/data/CDNOW_sample.txt")),
                    StandardCharsets.UTF_8),
                "CDNOW_sample.txt")
            .value();

    CohortTable t = CohortTable.monthly(tx, ZoneOffset.UTC, YearMonth.of(1998, 6));

    // CDNOW's customers all made their first purchase in the first quarter of 1997 (Fader, Hardie &
    // Lee 2005)
    int acquired =
        t.size(YearMonth.of(1997, 1))
            + t.size(YearMonth.of(1997, 2))
            + t.size(YearMonth.of(1997, 3));
    assertThat(acquired).isEqualTo(2_357);
    assertThat(t.cohorts()).hasSize(18);
    for (YearMonth later : t.cohorts().subList(3, 18)) {
      assertThat(t.size(later)).as("cohort %s", later).isZero();
    }
    assertThat(t.retention(YearMonth.of(1997, 1), 0)).isEqualTo(1.0);
    assertThat(t.accounting().total()).isEqualTo(tx.size());
    double total = 0;
    for (int row = 0; row < tx.size(); row++) {
      total += tx.isRefund(row) ? -tx.amount(row) : tx.amount(row);
    }
    double cells = 0;
    for (double[] r : t.revenueMatrix()) {
      for (double v : r) {
        cells += v;
      }
    }
    assertThat(cells).isCloseTo(total, within(1e-6));
    assertThat(t.toString()).contains("1997-01").contains("100.0%");
  }
}
