package io.crmkit.loyalty.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.loyalty.ledger.CurrencyMismatchException;
import io.crmkit.loyalty.ledger.IdempotencyMismatchException;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.MoneyOutOfBoundsException;
import io.crmkit.loyalty.ledger.PointRate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Paying with points takes whole blocks of points that are worth exactly the money they cover. */
class PayWithPointsTest {

  private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");
  private static final PointRate THREE_HUNDRED = PointRate.of(300, Money.of("1.00", "EUR"));

  private static Ledger ledger(long points) {
    Ledger l = Ledger.create(LedgerPolicy.simple(ZoneId.of("Europe/Paris")));
    l.earn("bonus", AT, points, "bonus");
    return l;
  }

  @Test
  void one_point_at_three_hundred_points_a_euro_is_refused_not_taken_for_nothing() {
    Ledger l = ledger(1000);
    assertThatThrownBy(
            () ->
                Redemptions.payWithPoints(l, THREE_HUNDRED, Money.of("25.40", "EUR"), 1, "o1", AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one block of 3 pts (= 0.01 EUR");
    assertThat(l.posting("o1")).isEmpty();
    assertThat(l.availableAt(AT)).isEqualTo(1000);
  }

  @Test
  void seven_hundred_points_at_three_hundred_a_euro_use_699_and_cover_exactly_2_33() {
    Ledger l = ledger(1000);
    PartPayment pay =
        Redemptions.payWithPoints(l, THREE_HUNDRED, Money.of("25.40", "EUR"), 700, "o1", AT);
    assertThat(pay.pointsUsed()).isEqualTo(699);
    assertThat(pay.covered()).isEqualTo(Money.of("2.33", "EUR"));
    assertThat(pay.pays()).isEqualTo(Money.of("23.07", "EUR"));
    assertThat(l.availableAt(AT)).isEqualTo(301);
  }

  @Test
  void a_retry_returns_what_was_booked_and_another_request_under_the_key_is_a_mismatch() {
    Ledger l = ledger(1000);
    PartPayment first =
        Redemptions.payWithPoints(l, THREE_HUNDRED, Money.of("25.40", "EUR"), 300, "o1", AT);
    assertThat(
            Redemptions.payWithPoints(
                l, THREE_HUNDRED, Money.of("25.4", "EUR"), 300, "o1", AT.plusSeconds(5)))
        .isEqualTo(first);
    assertThatThrownBy(
            () ->
                Redemptions.payWithPoints(
                    l, THREE_HUNDRED, Money.of("25.40", "EUR"), 700, "o1", AT))
        .isInstanceOf(IdempotencyMismatchException.class)
        .hasMessageContaining("'o1'");
    // an order small enough that 700 offered would also use only 300: still another request
    assertThatThrownBy(
            () ->
                Redemptions.payWithPoints(l, THREE_HUNDRED, Money.of("1.00", "EUR"), 700, "o1", AT))
        .isInstanceOf(IdempotencyMismatchException.class);
    assertThat(l.availableAt(AT)).isEqualTo(700);
  }

  @Test
  void an_order_in_another_currency_or_outside_the_money_limits_is_refused() {
    Ledger l = ledger(1000);
    assertThatThrownBy(
            () -> Redemptions.payWithPoints(l, THREE_HUNDRED, Money.of("25", "JPY"), 300, "o1", AT))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(
            () ->
                Redemptions.payWithPoints(
                    l,
                    THREE_HUNDRED,
                    Money.of(new BigDecimal("1e-99999999"), "EUR"),
                    300,
                    "o2",
                    AT))
        .isInstanceOf(MoneyOutOfBoundsException.class);
    assertThat(l.availableAt(AT)).isEqualTo(1000);
  }

  @Property
  void points_used_are_worth_exactly_the_money_covered_and_never_more_than_offered_or_the_order(
      @ForAll @LongRange(min = 1, max = 1000) long ratePoints,
      @ForAll @IntRange(min = 1, max = 500) int rateCents,
      @ForAll @IntRange(min = 1, max = 100_000) int orderCents,
      @ForAll @LongRange(min = 1, max = 100_000) long offered) {
    PointRate rate = PointRate.of(ratePoints, Money.of(BigDecimal.valueOf(rateCents, 2), "EUR"));
    Money order = Money.of(BigDecimal.valueOf(orderCents, 2), "EUR");
    Ledger l = ledger(100_000);
    PartPayment pay;
    try {
      pay = Redemptions.payWithPoints(l, rate, order, offered, "o", AT);
    } catch (IllegalArgumentException tooSmall) {
      assertThat(tooSmall).hasMessageContaining("at least one block");
      assertThat(l.posting("o")).isEmpty();
      return;
    }
    assertThat(pay.pointsUsed()).isPositive().isLessThanOrEqualTo(offered);
    // exact: covered × ratePoints = pointsUsed × rate money
    assertThat(pay.covered().amount().multiply(BigDecimal.valueOf(ratePoints)))
        .isEqualByComparingTo(rate.money().amount().multiply(BigDecimal.valueOf(pay.pointsUsed())));
    assertThat(pay.covered().compareTo(order)).isLessThanOrEqualTo(0);
    assertThat(pay.covered().plus(pay.pays())).isEqualTo(order);
    assertThat(l.availableAt(AT)).isEqualTo(100_000 - pay.pointsUsed());
  }
}
