package io.crmkit.loyalty.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import net.jqwik.api.constraints.LongRange;

/**
 * The {@code long} fast path of {@link Program#points} gives exactly the points of the {@code
 * BigDecimal} computation, over random programmes (rates and multipliers of various scales, every
 * rounding mode, several base rates) and random purchases (amounts of various scales, with or
 * without lines, and amounts too large for a {@code long}, which fall back).
 */
class FastPathProperties {

  private static final ZoneId ZONE = ZoneId.of("America/St_Johns");
  private static final List<RoundingMode> MODES =
      List.of(
          RoundingMode.UP,
          RoundingMode.DOWN,
          RoundingMode.CEILING,
          RoundingMode.FLOOR,
          RoundingMode.HALF_UP,
          RoundingMode.HALF_DOWN,
          RoundingMode.HALF_EVEN);

  private static Arbitrary<String> decimal(int minUnscaled, int maxUnscaled) {
    return Combinators.combine(
            Arbitraries.integers().between(minUnscaled, maxUnscaled),
            Arbitraries.integers().between(0, 3))
        .as((u, s) -> BigDecimal.valueOf(u, s).toPlainString());
  }

  @Provide
  Arbitrary<Program> programs() {
    Arbitrary<RoundingMode> mode = Arbitraries.of(MODES);
    Arbitrary<EarningRule> base =
        Combinators.combine(decimal(0, 500), decimal(1, 2000), mode)
            .as((p, q, r) -> EarningRule.pointsPerSpend("b", p, q, r));
    Arbitrary<List<EarningRule>> bases = base.list().ofMinSize(0).ofMaxSize(3);
    Arbitrary<String> multiplier =
        decimal(0, 300).map(x -> new BigDecimal(x).add(BigDecimal.ONE).toPlainString());
    Arbitrary<EarningRule> product =
        Combinators.combine(multiplier, mode)
            .as((m, r) -> EarningRule.productMultiplier("p", Set.of("P1"), Set.of("A"), m, r));
    Arbitrary<EarningRule> tier =
        Combinators.combine(multiplier, mode)
            .as((m, r) -> EarningRule.tierMultiplier("t", "Gold", m, r));
    Arbitrary<EarningRule> campaign =
        Combinators.combine(multiplier, mode, Arbitraries.longs().between(0, 20))
            .as(
                (m, r, bonus) ->
                    EarningRule.campaign(
                        "c", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31), m, bonus, r));
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    return Combinators.combine(bases, product, tier, campaign, flag, flag, flag)
        .as(
            (bs, p, t, c, hasP, hasT, hasC) -> {
              List<EarningRule> rules = new ArrayList<>();
              for (int i = 0; i < bs.size(); i++) {
                EarningRule.PointsPerSpend b = (EarningRule.PointsPerSpend) bs.get(i);
                rules.add(
                    new EarningRule.PointsPerSpend(
                        RuleKey.of("base" + i), b.points(), b.per(), b.rounding()));
              }
              rules.add(EarningRule.exclusion("ex", Set.of("P0"), Set.of("Z")));
              if (hasP) {
                rules.add(p);
              }
              if (hasT) {
                rules.add(t);
              }
              if (hasC) {
                rules.add(c);
              }
              rules.add(EarningRule.visitBonus("v", 3, 7));
              rules.add(EarningRule.cap("tx", CapPeriod.TRANSACTION, 50_000));
              rules.add(EarningRule.cap("day", CapPeriod.DAY, 80_000));
              return Program.of(
                      "fast",
                      Currency.getInstance("EUR"),
                      rules,
                      LedgerPolicy.simple(ZONE),
                      PointRate.of(100, Money.of("1.00", "EUR")))
                  .withMoneyLimits(io.crmkit.loyalty.ledger.MoneyLimits.WIDEST);
            });
  }

  @Provide
  Arbitrary<Transaction> purchases() {
    Arbitrary<BigDecimal> amount =
        Arbitraries.oneOf(
            Combinators.combine(
                    Arbitraries.longs().between(0, 50_000), Arbitraries.integers().between(0, 4))
                .as(BigDecimal::valueOf),
            Arbitraries.of(
                new BigDecimal("1E+3"),
                new BigDecimal("123456789012345678901234.5"),
                new BigDecimal("0.0000000000000000001")));
    Arbitrary<TransactionLine> line =
        Combinators.combine(
                Arbitraries.of("P0", "P1", "P2"),
                Arbitraries.of("A", "B", "Z", ""),
                Arbitraries.of("1", "2", "0.5", "3.125", "1E+1"),
                amount.filter(a -> a.signum() >= 0))
            .as((p, c, q, u) -> new TransactionLine(p, c, new BigDecimal(q), Money.of(u, "EUR")));
    Arbitrary<Instant> at =
        Arbitraries.longs()
            .between(0, 366L * 86_400)
            .map(s -> Instant.parse("2024-01-01T00:00:00Z").plusSeconds(s));
    Arbitrary<Transaction> withLines =
        Combinators.combine(at, line.list().ofMinSize(1).ofMaxSize(4))
            .as((t, lines) -> Transaction.purchase("T", "c", t, lines));
    Arbitrary<Transaction> totalOnly =
        Combinators.combine(at, amount)
            .as((t, a) -> Transaction.purchase("T", "c", t, Money.of(a, "EUR")));
    return Arbitraries.oneOf(withLines, totalOnly);
  }

  @Provide
  Arbitrary<MemberContext> members() {
    return Combinators.combine(
            Arbitraries.of("Gold", "Silver", "none"),
            Arbitraries.longs().between(0, 10),
            Arbitraries.longs().between(0, 90_000))
        .as(
            (tier, visits, today) -> {
              MemberContext m =
                  MemberContext.newMember().withVisitsBefore(visits).withEarned(today, today);
              return tier.equals("none") ? m : m.withTier(tier);
            });
  }

  @Property(tries = 300)
  void fast_points_equal_the_exact_points(
      @ForAll("programs") Program program,
      @ForAll("purchases") Transaction t,
      @ForAll("members") MemberContext m) {
    assertThat(program.hasFastPath()).isTrue();
    Object exact = outcome(() -> program.exactPoints(t, m));
    long fast = program.fastPoints(t, m);
    if (fast != FastRates.FALLBACK) {
      assertThat((Object) fast).isEqualTo(exact);
    }
    assertThat(outcome(() -> program.points(t, m))).isEqualTo(exact);
    assertThat(outcome(() -> program.evaluate(t, m).points())).isEqualTo(exact);
  }

  /**
   * The points, or the class of the exception (points that overflow a long fail the same way on
   * both paths).
   */
  private static Object outcome(java.util.function.LongSupplier points) {
    try {
      return points.getAsLong();
    } catch (ArithmeticException e) {
      return e.getClass();
    }
  }

  private static final Program TYPICAL =
      Program.of(
          "typical",
          Currency.getInstance("EUR"),
          List.of(
              EarningRule.exclusion("ex", Set.of("P0"), Set.of("Z")),
              EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN),
              EarningRule.pointsPerSpend("extra", "1", "7.00", RoundingMode.HALF_EVEN),
              EarningRule.productMultiplier("p", Set.of("P1"), Set.of("A"), "2", RoundingMode.DOWN),
              EarningRule.tierMultiplier("t", "Gold", "1.5", RoundingMode.HALF_UP),
              EarningRule.campaign(
                  "c",
                  LocalDate.of(2024, 3, 1),
                  LocalDate.of(2024, 8, 31),
                  "1.25",
                  5,
                  RoundingMode.CEILING),
              EarningRule.visitBonus("v", 3, 7),
              EarningRule.cap("tx", CapPeriod.TRANSACTION, 50_000)),
          LedgerPolicy.simple(ZONE),
          PointRate.of(100, Money.of("1.00", "EUR")));

  @Property(tries = 100)
  void amounts_in_minor_units_take_the_fast_path(
      @ForAll @LongRange(min = 0, max = 10_000_000) long cents,
      @ForAll("members") MemberContext m) {
    Transaction t =
        Transaction.purchase(
            "T",
            "c",
            Instant.parse("2024-05-01T10:00:00Z"),
            List.of(
                TransactionLine.of("P1", "A", 2, Money.of(BigDecimal.valueOf(cents, 2), "EUR")),
                TransactionLine.of("P2", "B", 1, Money.of(BigDecimal.valueOf(cents, 3), "EUR"))));
    long fast = TYPICAL.fastPoints(t, m);
    assertThat(fast).isNotEqualTo(FastRates.FALLBACK);
    assertThat(fast).isEqualTo(TYPICAL.exactPoints(t, m));
  }

  @Property(tries = 300)
  void long_rounding_equals_big_decimal_rounding(
      @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long num,
      @ForAll @LongRange(min = 1, max = 2_000) long den) {
    for (RoundingMode mode : MODES) {
      long expected =
          BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 0, mode).longValueExact();
      assertThat(FastRates.roundDiv(num, den, mode))
          .as("%d / %d %s", num, den, mode)
          .isEqualTo(expected);
    }
  }

  @Property(tries = 100)
  void unnecessary_rounding_of_an_inexact_quotient_throws(
      @ForAll @LongRange(min = 1, max = 1_000_000) long num) {
    long den = 2 * num + 1;
    assertThatThrownBy(() -> FastRates.roundDiv(num, den, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(FastRates.roundDiv(num * 3, 3, RoundingMode.UNNECESSARY)).isEqualTo(num);
  }
}
