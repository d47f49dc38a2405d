package io.crmkit.loyalty.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.TransactionId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Money↔points steps and proportional reversals against independent integer arithmetic. */
class RoundingProperties {

  /** {@code n / d} rounded half up, for non-negative {@code n} and positive {@code d}. */
  private static long halfUp(long n, long d) {
    return (2 * n + d) / (2 * d);
  }

  @Property(tries = 200)
  void point_value_is_rounded_once_from_the_exact_ratio(
      @ForAll @LongRange(min = 0, max = 10_000_000) long count,
      @ForAll @LongRange(min = 1, max = 997) long points,
      @ForAll @LongRange(min = 1, max = 100_000) long cents) {
    PointRate rate =
        new PointRate(
            points,
            Money.of(BigDecimal.valueOf(cents, 2), "EUR"),
            RoundingMode.HALF_UP,
            RoundingMode.DOWN);
    // value in cents = count × cents / points
    assertThat(rate.valueOf(count))
        .isEqualTo(Money.of(BigDecimal.valueOf(halfUp(count * cents, points), 2), "EUR"));
    // points for an amount = amount × points / cents, rounded down
    assertThat(rate.pointsFor(Money.of(BigDecimal.valueOf(count, 2), "EUR")))
        .isEqualTo(count * points / cents);
  }

  @Property(tries = 200)
  void partial_refunds_reverse_the_rounded_proportion_of_the_points(
      @ForAll @LongRange(min = 1, max = 1_000_000) long amountCents,
      @ForAll @LongRange(min = 1, max = 50_000) long earned,
      @ForAll @LongRange(min = 0, max = 1_000_000) long firstCents,
      @ForAll @LongRange(min = 0, max = 1_000_000) long secondCents) {
    Ledger l =
        Ledger.create(
            LedgerPolicy.simple(ZoneId.of("UTC"))
                .withNegativeBalance(NegativeBalancePolicy.ALLOW_NEGATIVE));
    Instant t = Instant.parse("2024-02-29T12:00:00Z");
    l.earnForPurchase(
        "p",
        t,
        TransactionId.of("T"),
        Money.of(BigDecimal.valueOf(amountCents, 2), "EUR"),
        earned,
        "purchase");
    long first =
        -l.refund(
                "r1",
                t,
                TransactionId.of("T"),
                Money.of(BigDecimal.valueOf(firstCents, 2), "EUR"),
                "refund")
            .points();
    long second =
        -l.refund(
                "r2",
                t,
                TransactionId.of("T"),
                Money.of(BigDecimal.valueOf(secondCents, 2), "EUR"),
                "refund")
            .points();
    long cumulative1 = Math.min(firstCents, amountCents);
    long cumulative2 = Math.min(firstCents + secondCents, amountCents);
    assertThat(first).isEqualTo(halfUp(earned * cumulative1, amountCents));
    assertThat(first + second).isEqualTo(halfUp(earned * cumulative2, amountCents));
  }
}
