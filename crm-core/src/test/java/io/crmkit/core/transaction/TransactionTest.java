package io.crmkit.core.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionTest {

  static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

  @Test
  void purchase_from_lines_totals_its_lines() {
    Transaction t =
        Transaction.purchase(
            "t1",
            "42",
            AT,
            List.of(
                TransactionLine.of("p1", "sweets", 2, Money.of("1.25", "EUR")),
                new TransactionLine("p2", "cheese", new BigDecimal("0.5"), Money.of("20", "EUR"))));
    assertThat(t.total()).isEqualTo(Money.of("12.50", "EUR"));
    assertThat(t.isPurchase()).isTrue();
    assertThat(t.signedTotal()).isEqualTo(Money.of("12.50", "EUR"));
    assertThat(t.toString())
        .contains("purchase t1 by 42")
        .contains("12.50 EUR")
        .contains("2 lines");
  }

  @Test
  void refund_names_what_it_refunds_and_carries_a_negative_signed_total() {
    Transaction r = Transaction.refund("r1", "42", AT, Money.of("5", "EUR"), "t1");
    assertThat(r.refundOf()).contains(TransactionId.of("t1"));
    assertThat(r.signedTotal()).isEqualTo(Money.of("-5", "EUR"));
  }

  @Test
  void rejects_inconsistent_transactions() {
    assertThatThrownBy(() -> Transaction.purchase("t1", "42", AT, Money.of("-1", "EUR")))
        .hasMessageContaining("total must not be negative")
        .hasMessageContaining("-1 EUR");
    assertThatThrownBy(
            () ->
                Transaction.of(
                    TransactionId.of("r"),
                    CustomerId.of("1"),
                    AT,
                    Money.of("1", "EUR"),
                    List.of(),
                    TransactionKind.REFUND))
        .hasMessageContaining("must name the transaction it refunds");
    assertThatThrownBy(
            () ->
                Transaction.of(
                    TransactionId.of("p"),
                    CustomerId.of("1"),
                    AT,
                    Money.of("1", "EUR"),
                    List.of(),
                    TransactionKind.PURCHASE,
                    TransactionId.of("x")))
        .hasMessageContaining("refundOf was: x");
    assertThatThrownBy(() -> Transaction.refund("r", "1", AT, Money.of("1", "EUR"), "r"))
        .hasMessageContaining("itself");
    assertThatThrownBy(
            () ->
                Transaction.of(
                    TransactionId.of("p"),
                    CustomerId.of("1"),
                    AT,
                    Money.of("3", "EUR"),
                    List.of(TransactionLine.of("a", "", 1, Money.of("2", "EUR"))),
                    TransactionKind.PURCHASE))
        .hasMessageContaining("add up to 2 EUR but total was: 3 EUR");
    assertThatThrownBy(
            () ->
                Transaction.purchase(
                    "t",
                    "1",
                    AT,
                    List.of(
                        TransactionLine.of("a", "", 1, Money.of("2", "EUR")),
                        TransactionLine.of("b", "", 1, Money.of("2", "USD")))))
        .hasMessageContaining("different currencies");
    assertThatThrownBy(() -> Transaction.purchase("t", "1", AT, List.of()))
        .hasMessageContaining("lines of purchase t");
    assertThatThrownBy(() -> TransactionLine.of("a", "", 0, Money.of("2", "EUR")))
        .hasMessageContaining("quantity must be positive");
    assertThatThrownBy(() -> TransactionLine.of(" ", "", 1, Money.of("2", "EUR")))
        .hasMessageContaining("productId");
    assertThatThrownBy(() -> CustomerId.of(" 42")).hasMessageContaining("whitespace");
    assertThatThrownBy(() -> CustomerId.of("")).hasMessageContaining("blank");
    assertThatThrownBy(() -> TransactionId.of("")).hasMessageContaining("blank");
  }
}
