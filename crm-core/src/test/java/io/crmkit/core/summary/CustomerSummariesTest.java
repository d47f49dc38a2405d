package io.crmkit.core.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerSummariesTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  static Instant paris(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
  }

  @Test
  void purchases_on_one_local_day_collapse_into_one_period_with_values_summed() {
    List<Transaction> tx =
        List.of(
            Transaction.purchase("t1", "7", paris("2024-01-01T10:00"), Money.of("10.00", "EUR")),
            Transaction.purchase("t2", "7", paris("2024-01-08T09:00"), Money.of("5.00", "EUR")),
            Transaction.purchase("t3", "7", paris("2024-01-08T23:30"), Money.of("7.00", "EUR")),
            Transaction.purchase("t4", "7", paris("2024-01-15T00:30"), Money.of("3.00", "EUR")));
    CustomerSummaries s =
        CustomerSummaries.of(
            tx, SummaryOptions.of(PARIS, TimeScale.WEEKS, LocalDate.of(2024, 1, 29)));
    CustomerSummary c = s.find(io.crmkit.core.customer.CustomerId.of("7")).orElseThrow();
    assertThat(c.frequency()).isEqualTo(2);
    assertThat(c.recency()).isCloseTo(2.0, within(1e-12));
    assertThat(c.age()).isCloseTo(4.0, within(1e-12));
    assertThat(c.monetaryValue()).isCloseTo((12.0 + 3.0) / 2, within(1e-12));
    assertThat(c.totalSpend()).isCloseTo(25.0, within(1e-12));
    assertThat(c.transactionCount()).isEqualTo(4);
    assertThat(s.currency())
        .hasValueSatisfying(cur -> assertThat(cur.getCurrencyCode()).isEqualTo("EUR"));
  }

  @Test
  void local_date_follows_the_given_zone_not_the_jvm_default() {
    // 23:30 UTC on 31 Dec is already 1 Jan in Paris
    Instant late = Instant.parse("2023-12-31T23:30:00Z");
    List<Transaction> tx =
        List.of(
            Transaction.purchase("t1", "1", late, Money.of("1", "EUR")),
            Transaction.purchase(
                "t2", "1", Instant.parse("2024-01-01T10:00:00Z"), Money.of("1", "EUR")));
    CustomerSummaries utc =
        CustomerSummaries.of(
            tx, SummaryOptions.of(ZoneOffset.UTC, TimeScale.DAYS, LocalDate.of(2024, 1, 10)));
    CustomerSummaries paris =
        CustomerSummaries.of(
            tx, SummaryOptions.of(PARIS, TimeScale.DAYS, LocalDate.of(2024, 1, 10)));
    assertThat(utc.frequency(0)).isEqualTo(1);
    assertThat(paris.frequency(0)).isZero();
    assertThat(paris.firstPurchase(0)).contains(LocalDate.of(2024, 1, 1));
  }

  @Test
  void refunds_lower_total_spend_but_not_frequency() {
    List<Transaction> tx =
        List.of(
            Transaction.purchase(
                "t1", "1", Instant.parse("2024-01-01T10:00:00Z"), Money.of("40", "EUR")),
            Transaction.refund(
                "r1", "1", Instant.parse("2024-01-02T10:00:00Z"), Money.of("15", "EUR"), "t1"));
    CustomerSummaries s =
        CustomerSummaries.of(
            tx, SummaryOptions.of(ZoneOffset.UTC, TimeScale.DAYS, LocalDate.of(2024, 1, 10)));
    assertThat(s.frequency(0)).isZero();
    assertThat(s.totalSpend(0)).isEqualTo(25.0);
    assertThat(s.accounting().orElseThrow().refunds()).isEqualTo(1);
  }

  @Test
  void customers_first_seen_in_the_holdout_are_counted_not_summarised() {
    List<Transaction> tx =
        List.of(
            Transaction.purchase(
                "t1", "1", Instant.parse("2024-01-01T10:00:00Z"), Money.of("40", "EUR")),
            Transaction.purchase(
                "t2", "2", Instant.parse("2024-02-15T10:00:00Z"), Money.of("40", "EUR")),
            Transaction.purchase(
                "t3", "1", Instant.parse("2024-02-16T10:00:00Z"), Money.of("40", "EUR")),
            Transaction.purchase(
                "t4", "1", Instant.parse("2024-05-16T10:00:00Z"), Money.of("40", "EUR")));
    CustomerSummaries s =
        CustomerSummaries.of(
            tx,
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.DAYS, LocalDate.of(2024, 1, 31))
                .withHoldoutUntil(LocalDate.of(2024, 2, 29)));
    assertThat(s.size()).isEqualTo(1);
    assertThat(s.holdoutFrequency(0)).isEqualTo(1);
    assertThat(s.holdoutDuration()).isEqualTo(29.0);
    TransactionAccounting a = s.accounting().orElseThrow();
    assertThat(a).isEqualTo(new TransactionAccounting(1, 1, 0, 1, 1));
  }

  @Test
  void weekly_purchase_periods_collapse_a_week() {
    TransactionColumns cols =
        TransactionColumns.builder()
            .add("1", LocalDate.of(1970, 1, 1).toEpochDay() * 86_400L, 1)
            .add("1", LocalDate.of(1970, 1, 7).toEpochDay() * 86_400L, 1)
            .add("1", LocalDate.of(1970, 1, 8).toEpochDay() * 86_400L, 1)
            .build();
    CustomerSummaries s =
        CustomerSummaries.of(
            cols,
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1970, 1, 31))
                .withPurchasePeriod(PurchasePeriod.WEEK));
    assertThat(s.frequency(0)).isEqualTo(1);
    assertThat(s.recency(0)).isEqualTo(1.0);
    assertThat(s.age(0)).isEqualTo(4.0);
  }

  @Test
  void text_ids_are_sorted_as_text_and_keep_leading_zeros() {
    TransactionColumns cols =
        TransactionColumns.builder()
            .add("10", 0, 1)
            .add("007", 0, 1)
            .add("b", 0, 1)
            .add(9L, 0, 1)
            .build();
    assertThat(cols.numericIds()).isFalse();
    CustomerSummaries s =
        CustomerSummaries.of(
            cols, SummaryOptions.of(ZoneOffset.UTC, TimeScale.DAYS, LocalDate.of(1970, 1, 2)));
    assertThat(s.ids()).containsExactly("007", "10", "9", "b");
    assertThat(s.indexOf("007")).hasValue(0);
    assertThat(s.indexOf("7")).isEmpty();
  }

  @Test
  void builder_sorts_rows_and_rejects_duplicates_and_inconsistent_holdout() {
    CustomerSummaries s =
        CustomerSummaries.builder(TimeScale.WEEKS)
            .add("10", 1, 2, 3, 4)
            .add("9", 0, 0, 3, 0)
            .build();
    assertThat(s.ids()).containsExactly("9", "10");
    assertThat(s.calibrationEnd()).isEmpty();
    assertThatThrownBy(
            () ->
                CustomerSummaries.builder(TimeScale.WEEKS)
                    .add("1", 1, 2, 3, 4)
                    .add("1", 1, 2, 3, 4)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeated: 1");
    CustomerSummary withHoldout =
        new CustomerSummary(
            io.crmkit.core.customer.CustomerId.of("2"),
            0,
            0,
            1,
            0,
            0,
            1,
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.OptionalInt.of(3));
    assertThatThrownBy(
            () ->
                CustomerSummaries.builder(TimeScale.WEEKS)
                    .add("1", 1, 2, 3, 4)
                    .add(withHoldout)
                    .build())
        .hasMessageContaining("either every row or none");
    assertThatThrownBy(() -> CustomerSummaries.builder(TimeScale.WEEKS).add(withHoldout).build())
        .hasMessageContaining("holdoutDuration was not given");
    assertThatThrownBy(() -> s.holdoutDuration()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void summary_rows_are_validated() {
    assertThatThrownBy(() -> CustomerSummary.of("1", -1, 0, 1, 0))
        .hasMessageContaining("frequency of customer 1");
    assertThatThrownBy(() -> CustomerSummary.of("1", 1, 5, 4, 0))
        .hasMessageContaining("age (T) of customer 1")
        .hasMessageContaining("4.0");
    assertThatThrownBy(() -> CustomerSummary.of("1", 0, 1, 4, 0))
        .hasMessageContaining("must be 0 when frequency is 0");
    assertThatThrownBy(() -> CustomerSummary.of("1", 1, Double.NaN, 4, 0))
        .hasMessageContaining("recency");
    assertThatThrownBy(() -> CustomerSummary.of("1", 1, 1, 4, -2))
        .hasMessageContaining("monetaryValue");
  }

  @Test
  void options_and_units_are_validated() {
    assertThatThrownBy(
            () ->
                SummaryOptions.of(ZoneOffset.UTC, TimeScale.DAYS, LocalDate.of(2024, 1, 1))
                    .withHoldoutUntil(LocalDate.of(2024, 1, 1)))
        .hasMessageContaining("holdoutEnd must be after calibrationEnd");
    assertThatThrownBy(() -> TimeScale.of(Duration.ZERO))
        .hasMessageContaining("length must be positive");
    assertThatThrownBy(() -> TimeScale.parse("fortnights")).hasMessageContaining("'fortnights'");
    assertThat(TimeScale.parse("P14D").seconds()).isEqualTo(14 * 86_400.0);
    assertThat(TimeScale.parse("Weeks")).isEqualTo(TimeScale.WEEKS);
    assertThatThrownBy(() -> PurchasePeriod.of(Duration.ofMillis(1500)))
        .hasMessageContaining("whole number of seconds");
    assertThatThrownBy(() -> TransactionColumns.builder().add("1", 0, -1))
        .hasMessageContaining("amount must be");
    assertThatThrownBy(() -> TransactionColumns.builder().add("1", 0, Double.NaN))
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> TransactionColumns.builder().add(" ", 0, 1))
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> TransactionColumns.builder().add(-3L, 0, 1))
        .hasMessageContaining("-3");
    assertThatThrownBy(
            () ->
                TransactionColumns.of(
                    List.of(
                        Transaction.purchase("a", "1", Instant.EPOCH, Money.of("1", "EUR")),
                        Transaction.purchase("b", "1", Instant.EPOCH, Money.of("1", "USD")))))
        .hasMessageContaining("one currency");
  }

  @Test
  void to_string_is_a_small_table() {
    CustomerSummaries s =
        CustomerSummaries.builder(TimeScale.WEEKS).add("1", 2, 30.43, 38.86, 22.35).build();
    assertThat(s.toString())
        .contains("1 customers")
        .contains("30.43")
        .contains("22.35")
        .contains("frequency");
  }
}
