package io.crmkit.loyalty.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionLine;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.MoneyOutOfBoundsException;
import io.crmkit.loyalty.ledger.PointRate;
import io.crmkit.loyalty.ledger.PointsOverflowException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Points never wrap around, and amounts that would stall the arithmetic are refused at the edge.
 */
class ProgramTrustTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

  private static Program program(EarningRule... rules) {
    return Program.of(
        "p",
        Currency.getInstance("EUR"),
        List.of(rules),
        LedgerPolicy.simple(ZONE),
        PointRate.of(100, Money.of("1.00", "EUR")));
  }

  @Test
  void a_huge_visit_bonus_is_refused_with_a_named_error_instead_of_wrapping_to_a_negative_total() {
    Program p =
        program(
            EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN),
            EarningRule.visitBonus("every", 1, Long.MAX_VALUE));
    Transaction tx = Transaction.purchase("t", "c", AT, Money.of("10.00", "EUR"));
    assertThatThrownBy(() -> p.points(tx, MemberContext.newMember()))
        .isInstanceOf(PointsOverflowException.class)
        .hasMessageContaining("rule every");
    assertThatThrownBy(() -> p.evaluate(tx, MemberContext.newMember()))
        .isInstanceOf(PointsOverflowException.class);
  }

  @Test
  void two_event_bonuses_that_overflow_together_are_refused() {
    Program p =
        program(
            EarningRule.eventBonus("a", LoyaltyEventType.SIGN_UP, Long.MAX_VALUE / 2 + 1),
            EarningRule.eventBonus("b", LoyaltyEventType.SIGN_UP, Long.MAX_VALUE / 2 + 1));
    assertThatThrownBy(
            () -> p.evaluateEvent(LoyaltyEventType.SIGN_UP, AT, MemberContext.newMember()))
        .isInstanceOf(PointsOverflowException.class);
  }

  @Test
  void an_amount_like_one_e_minus_a_hundred_million_is_refused_in_milliseconds_not_computed() {
    Program p = program(EarningRule.pointsPerSpend("base", "1", "3.00", RoundingMode.DOWN));
    Transaction tx =
        Transaction.purchase("t", "c", AT, Money.of(new BigDecimal("1e-99999999"), "EUR"));
    // a line whose quantity has 17 integer digits, though its total (1e9) is within the limits
    Transaction line =
        Transaction.purchase(
            "u",
            "c",
            AT,
            List.of(
                new TransactionLine(
                    "coffee", "drinks", new BigDecimal("1E+16"), Money.of("0.0000001", "EUR"))));
    long start = System.nanoTime();
    assertThatThrownBy(() -> p.points(tx, MemberContext.newMember()))
        .isInstanceOf(MoneyOutOfBoundsException.class)
        .hasMessageContaining("total of transaction t")
        .hasMessageContaining("1E-99999999");
    assertThatThrownBy(() -> p.evaluate(tx, MemberContext.newMember()))
        .isInstanceOf(MoneyOutOfBoundsException.class);
    assertThatThrownBy(() -> p.evaluate(line, MemberContext.newMember()))
        .isInstanceOf(MoneyOutOfBoundsException.class)
        .hasMessageContaining("quantity of line 0 of transaction u");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }
}
