package io.crmkit.loyalty.program;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionLine;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.PointRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of purchase evaluation over random purchases and members. */
class ProgramProperties {

  private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

  private static final Program PROGRAM =
      Program.of(
          "props",
          Currency.getInstance("EUR"),
          List.of(
              EarningRule.exclusion("ex", Set.of("P0"), Set.of()),
              EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN),
              EarningRule.pointsPerSpend("extra", "1", "7.00", RoundingMode.HALF_EVEN),
              EarningRule.productMultiplier("cat-a", Set.of(), Set.of("A"), "2", RoundingMode.DOWN),
              EarningRule.tierMultiplier("gold", "Gold", "1.5", RoundingMode.HALF_UP),
              EarningRule.campaign(
                  "june",
                  LocalDate.of(2024, 6, 1),
                  LocalDate.of(2024, 6, 30),
                  "1.25",
                  5,
                  RoundingMode.CEILING),
              EarningRule.visitBonus("fifth", 5, 50),
              EarningRule.cap("tx", CapPeriod.TRANSACTION, 400),
              EarningRule.cap("day", CapPeriod.DAY, 600),
              EarningRule.cap("month", CapPeriod.MONTH, 3000)),
          LedgerPolicy.simple(ZONE),
          PointRate.of(100, Money.of("1.00", "EUR")));

  @Provide
  Arbitrary<Transaction> purchases() {
    Arbitrary<TransactionLine> line =
        Combinators.combine(
                Arbitraries.integers().between(0, 5), Arbitraries.of("A", "B", "C"),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 20_000))
            .as(
                (p, c, q, cents) ->
                    TransactionLine.of(
                        "P" + p, c, q, Money.of(BigDecimal.valueOf(cents, 2), "EUR")));
    Arbitrary<Instant> at =
        Arbitraries.longs()
            .between(0, 366L * 86_400)
            .map(s -> Instant.parse("2024-01-01T00:00:00Z").plusSeconds(s));
    return Combinators.combine(at, line.list().ofMinSize(1).ofMaxSize(5))
        .as((t, lines) -> Transaction.purchase("T", "c", t, lines));
  }

  @Provide
  Arbitrary<MemberContext> members() {
    return Combinators.combine(
            Arbitraries.of("Gold", "Silver", "none"),
            Arbitraries.longs().between(0, 20),
            Arbitraries.longs().between(0, 700),
            Arbitraries.longs().between(0, 3500))
        .as(
            (tier, visits, today, month) -> {
              MemberContext m =
                  MemberContext.newMember().withVisitsBefore(visits).withEarned(today, month);
              return tier.equals("none") ? m : m.withTier(tier);
            });
  }

  @Property(tries = 200)
  void applied_rules_add_up_to_the_points(
      @ForAll("purchases") Transaction t, @ForAll("members") MemberContext m) {
    Earning e = PROGRAM.evaluate(t, m);
    assertThat(e.applied().stream().mapToLong(RuleOutcome::points).sum()).isEqualTo(e.points());
    assertThat(e.outcomes()).hasSize(PROGRAM.rules().size());
    assertThat(PROGRAM.points(t, m)).isEqualTo(e.points());
  }

  @Property(tries = 200)
  void caps_are_never_exceeded(
      @ForAll("purchases") Transaction t, @ForAll("members") MemberContext m) {
    long p = PROGRAM.points(t, m);
    assertThat(p).isLessThanOrEqualTo(400);
    assertThat(p).isLessThanOrEqualTo(Math.max(0, 600 - m.pointsEarnedToday()));
    assertThat(p).isLessThanOrEqualTo(Math.max(0, 3000 - m.pointsEarnedThisMonth()));
  }

  @Property(tries = 200)
  void more_of_the_same_purchase_never_earns_fewer_points(
      @ForAll("purchases") Transaction t,
      @ForAll("members") MemberContext m,
      @ForAll @IntRange(min = 2, max = 3) int factor) {
    List<TransactionLine> more = new ArrayList<>();
    for (TransactionLine l : t.lines()) {
      more.add(
          new TransactionLine(
              l.productId(),
              l.category(),
              l.quantity().multiply(BigDecimal.valueOf(factor)),
              l.unitPrice()));
    }
    Transaction bigger = Transaction.purchase("T", "c", t.timestamp(), more);
    assertThat(PROGRAM.points(bigger, m)).isGreaterThanOrEqualTo(PROGRAM.points(t, m));
  }

  @Property(tries = 200)
  void base_points_match_an_independent_computation(
      @ForAll @LongRange(min = 0, max = 10_000_000) long cents) {
    Program base =
        PROGRAM.withRules(
            List.of(EarningRule.pointsPerSpend("base", "3", "7.00", RoundingMode.HALF_UP)));
    Transaction t =
        Transaction.purchase(
            "T", "c", Instant.EPOCH, Money.of(BigDecimal.valueOf(cents, 2), "EUR"));
    // 3 points per 7.00 = 3 * cents / 700, rounded half up, in integer arithmetic
    long expected = (3 * cents * 2 + 700) / (2 * 700);
    assertThat(base.points(t, MemberContext.newMember())).isEqualTo(expected);
  }
}
