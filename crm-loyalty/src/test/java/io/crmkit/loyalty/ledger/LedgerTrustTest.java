package io.crmkit.loyalty.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.TransactionId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Exact points, one request per idempotency key, and refunds after expiry, on the ledger itself.
 */
class LedgerTrustTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final Instant T0 = Instant.parse("2024-01-10T10:00:00Z");

  private static Ledger ledger() {
    return Ledger.create(LedgerPolicy.simple(ZONE));
  }

  @Test
  void earning_beyond_the_long_range_is_refused_with_a_named_error_and_books_nothing() {
    Ledger l = ledger();
    l.earn("a", T0, Long.MAX_VALUE - 10, "huge");
    List<LedgerEntry> before = l.entries();
    assertThatThrownBy(() -> l.earn("b", T0.plusSeconds(1), 100, "more"))
        .isInstanceOf(PointsOverflowException.class)
        .hasMessageContaining("lifetime earned points beyond " + Long.MAX_VALUE);
    assertThatThrownBy(
            () ->
                l.earnForPurchase(
                    "p",
                    T0.plusSeconds(1),
                    TransactionId.of("p"),
                    Money.of(BigDecimal.ONE, "EUR"),
                    11,
                    "purchase"))
        .isInstanceOf(PointsOverflowException.class);
    assertThatThrownBy(() -> l.adjust("adj", T0.plusSeconds(1), 11, "operator"))
        .isInstanceOf(PointsOverflowException.class);
    assertThat(l.entries()).isEqualTo(before);
    assertThat(l.earn("c", T0.plusSeconds(2), 10, "the last ten").points()).isEqualTo(10);
    assertThat(l.balanceAt(T0.plusSeconds(3)).available()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void every_ledger_operation_refuses_another_request_under_a_used_key() {
    Ledger l = ledger();
    l.earn("e", T0, 100, "bonus");
    l.earnForPurchase(
        "p", T0, TransactionId.of("p"), Money.of(new BigDecimal("50.00"), "EUR"), 50, "purchase");
    l.redeem("r", T0, 30, "coffee");
    l.refund("f", T0, TransactionId.of("p"), Money.of(new BigDecimal("10.00"), "EUR"), "refund");
    l.adjust("a", T0, 5, "operator");
    assertThatThrownBy(() -> l.redeem("x", T0, 10_000, "too much"))
        .isInstanceOf(InsufficientPointsException.class);
    List<LedgerEntry> before = l.entries();
    Instant later = T0.plusSeconds(60);
    assertThatThrownBy(() -> l.earn("e", later, 101, "bonus"))
        .isInstanceOf(IdempotencyMismatchException.class)
        .hasMessageContaining("'e'");
    assertThatThrownBy(
            () ->
                l.earnForPurchase(
                    "p",
                    later,
                    TransactionId.of("p"),
                    Money.of(new BigDecimal("50.01"), "EUR"),
                    50,
                    "purchase"))
        .isInstanceOf(IdempotencyMismatchException.class);
    assertThatThrownBy(() -> l.redeem("r", later, 31, "coffee"))
        .isInstanceOf(IdempotencyMismatchException.class);
    assertThatThrownBy(
            () ->
                l.refund(
                    "f",
                    later,
                    TransactionId.of("p"),
                    Money.of(new BigDecimal("11"), "EUR"),
                    "refund"))
        .isInstanceOf(IdempotencyMismatchException.class);
    assertThatThrownBy(() -> l.adjust("a", later, 6, "operator"))
        .isInstanceOf(IdempotencyMismatchException.class);
    assertThatThrownBy(() -> l.redeem("x", later, 9_999, "too much"))
        .isInstanceOf(IdempotencyMismatchException.class);
    assertThatThrownBy(() -> l.redeem("e", later, 100, "bonus"))
        .isInstanceOf(IdempotencyMismatchException.class);
    assertThat(l.entries()).isEqualTo(before);
    // the same requests, later and with 1.0 for 1.00, are retries
    assertThat(
            l.refund(
                "f",
                later,
                TransactionId.of("p"),
                Money.of(new BigDecimal("10.0"), "EUR"),
                "refund"))
        .isEqualTo(l.posting("f").orElseThrow());
    assertThat(l.redeem("r", later, 30, "another reason")).isEqualTo(l.posting("r").orElseThrow());
    assertThat(l.entries()).isEqualTo(before);
  }

  @Test
  void a_refund_does_not_reverse_points_that_already_expired() {
    Ledger l =
        Ledger.create(LedgerPolicy.simple(ZONE).withExpiry(ExpiryPolicy.daysAfterEarning(30)));
    l.earnForPurchase(
        "p1",
        T0,
        TransactionId.of("p1"),
        Money.of(new BigDecimal("200.00"), "EUR"),
        200,
        "purchase");
    l.redeem("r", T0.plus(Duration.ofDays(1)), 100, "reward"); // 100 spent, 100 left to expire
    l.earnForPurchase(
        "p2",
        T0.plus(Duration.ofDays(20)),
        TransactionId.of("p2"),
        Money.of(new BigDecimal("100.00"), "EUR"),
        100,
        "purchase");
    Instant afterExpiry = T0.plus(Duration.ofDays(35));
    Posting half =
        l.refund(
            "f1",
            afterExpiry,
            TransactionId.of("p1"),
            Money.of(new BigDecimal("100.00"), "EUR"),
            "half");
    assertThat(half.points())
        .isZero(); // the half refunded is covered by the 100 points that expired
    Posting rest =
        l.refund(
            "f2",
            afterExpiry.plusSeconds(1),
            TransactionId.of("p1"),
            Money.of(new BigDecimal("100.00"), "EUR"),
            "rest");
    assertThat(rest.points()).isEqualTo(-100); // the 100 spent points are clawed back, once
    Balance b = l.balanceAt(afterExpiry.plusSeconds(2));
    assertThat(b.expired()).isEqualTo(100);
    assertThat(b.reversed()).isEqualTo(100);
    assertThat(b.available()).isZero();
    assertThat(b.lifetimeEarned() - b.reversed())
        .isEqualTo(b.available() + b.pending() + b.redeemed() + b.expired());
  }

  @Test
  void an_amount_like_one_e_minus_a_hundred_million_is_refused_at_once() {
    Ledger l = ledger();
    l.earnForPurchase(
        "p", T0, TransactionId.of("p"), Money.of(new BigDecimal("10.00"), "EUR"), 10, "purchase");
    BigDecimal tiny = new BigDecimal("1e-99999999");
    assertThatThrownBy(
            () -> l.refund("f", T0, TransactionId.of("p"), Money.of(tiny, "EUR"), "refund"))
        .isInstanceOf(MoneyOutOfBoundsException.class)
        .hasMessageContaining("refunded amount of p");
    assertThatThrownBy(
            () ->
                l.earnForPurchase(
                    "q", T0, TransactionId.of("q"), Money.of(tiny, "EUR"), 1, "purchase"))
        .isInstanceOf(MoneyOutOfBoundsException.class);
    assertThatThrownBy(() -> PointRate.of(1, io.crmkit.core.money.Money.of(tiny, "EUR")))
        .isInstanceOf(MoneyOutOfBoundsException.class);
    assertThat(l.posting("f")).isEqualTo(Optional.empty());
  }
}
