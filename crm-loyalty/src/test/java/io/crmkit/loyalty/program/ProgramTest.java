package io.crmkit.loyalty.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionLine;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.PointRate;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOON = Instant.parse("2024-06-15T10:00:00Z");

  private static Program program(ZoneId zone, EarningRule... rules) {
    return Program.of(
        "test",
        EUR,
        List.of(rules),
        LedgerPolicy.simple(zone),
        PointRate.of(100, Money.of("1.00", "EUR")));
  }

  private static Program program(EarningRule... rules) {
    return program(PARIS, rules);
  }

  private static Transaction purchase(String amount) {
    return purchase(amount, NOON);
  }

  private static Transaction purchase(String amount, Instant at) {
    return Transaction.purchase("T1", "c1", at, Money.of(amount, "EUR"));
  }

  private static final EarningRule BASE =
      EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN);

  @Test
  void points_per_spend_unit_rounds_as_declared() {
    assertThat(program(BASE).points(purchase("42.99"), MemberContext.newMember())).isEqualTo(42);
    assertThat(
            program(EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.HALF_UP))
                .points(purchase("42.50"), MemberContext.newMember()))
        .isEqualTo(43);
    assertThat(
            program(EarningRule.pointsPerSpend("base", "2", "10.00", RoundingMode.DOWN))
                .points(purchase("25.00"), MemberContext.newMember()))
        .isEqualTo(5);
  }

  @Test
  void product_multiplier_adds_the_extra_base_points_of_matching_lines() {
    Transaction t =
        Transaction.purchase(
            "T1",
            "c1",
            NOON,
            List.of(
                TransactionLine.of("BEANS-1", "beans", 2, Money.of("8.50", "EUR")),
                TransactionLine.of("CROISSANT", "bakery", 3, Money.of("1.00", "EUR"))));
    Earning e =
        program(
                BASE,
                EarningRule.productMultiplier(
                    "beans-x2", Set.of(), Set.of("beans"), "2", RoundingMode.DOWN))
            .evaluate(t, MemberContext.newMember());
    assertThat(e.points()).isEqualTo(20 + 17);
    assertThat(e.applied())
        .extracting(RuleOutcome::ruleId, RuleOutcome::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("base", 20L),
            org.assertj.core.groups.Tuple.tuple("beans-x2", 17L));
  }

  @Test
  void multipliers_are_exact_before_rounding() {
    // 10.00 at 1 pt per 3.00 is 3.333.., x4 adds exactly 10 extra: no 9.999.. rounded down
    Program p =
        program(
            EarningRule.pointsPerSpend("base", "1", "3.00", RoundingMode.DOWN),
            EarningRule.tierMultiplier("gold", "Gold", "4", RoundingMode.DOWN));
    assertThat(p.points(purchase("10.00"), MemberContext.newMember().withTier("Gold")))
        .isEqualTo(3 + 10);
  }

  @Test
  void exclusions_remove_lines_from_the_eligible_spend() {
    Transaction t =
        Transaction.purchase(
            "T1",
            "c1",
            NOON,
            List.of(
                TransactionLine.of("GIFT-CARD", "gift", 1, Money.of("50.00", "EUR")),
                TransactionLine.of("MUG", "home", 1, Money.of("10.00", "EUR"))));
    Earning e =
        program(BASE, EarningRule.exclusion("no-gift-cards", Set.of("GIFT-CARD"), Set.of()))
            .evaluate(t, MemberContext.newMember());
    assertThat(e.points()).isEqualTo(10);
    assertThat(e.eligibleSpend()).isEqualTo(Money.of("10.00", "EUR"));
    assertThat(e.outcomes().get(0).explanation()).isEqualTo("excluded 1 line(s) worth 50.00");
  }

  @Test
  void tier_multiplier_applies_only_to_members_of_its_tier_and_says_why_not() {
    Program p =
        program(BASE, EarningRule.tierMultiplier("gold", "Gold", "1.5", RoundingMode.HALF_UP));
    assertThat(p.points(purchase("33.00"), MemberContext.newMember().withTier("Gold")))
        .isEqualTo(33 + 17);
    Earning silver = p.evaluate(purchase("33.00"), MemberContext.newMember().withTier("Silver"));
    assertThat(silver.points()).isEqualTo(33);
    assertThat(silver.notApplied())
        .singleElement()
        .satisfies(
            o -> assertThat(o.explanation()).isEqualTo("member is in tier Silver, not Gold"));
  }

  @Test
  void campaign_window_uses_local_dates_of_the_programme_zone_at_a_leap_day() {
    Program p =
        program(
            BASE,
            EarningRule.campaign(
                "leap",
                LocalDate.of(2024, 2, 29),
                LocalDate.of(2024, 3, 31),
                "2",
                0,
                RoundingMode.DOWN));
    // 28 February 23:30 UTC is already 29 February in Paris
    assertThat(
            p.points(
                purchase("10.00", Instant.parse("2024-02-28T23:30:00Z")),
                MemberContext.newMember()))
        .isEqualTo(20);
    // 28 February 22:30 UTC is 23:30 on the 28th in Paris
    assertThat(
            p.points(
                purchase("10.00", Instant.parse("2024-02-28T22:30:00Z")),
                MemberContext.newMember()))
        .isEqualTo(10);
    // 31 March 22:30 UTC is 1 April 00:30 in Paris (summer time)
    Earning after =
        p.evaluate(
            purchase("10.00", Instant.parse("2024-03-31T22:30:00Z")), MemberContext.newMember());
    assertThat(after.points()).isEqualTo(10);
    assertThat(after.notApplied().get(0).explanation())
        .isEqualTo("purchase on 2024-04-01 is outside 2024-02-29..2024-03-31");
  }

  @Test
  void campaign_on_new_years_eve_ends_at_local_midnight() {
    ZoneId auckland = ZoneId.of("Pacific/Auckland");
    Program p =
        program(
            auckland,
            BASE,
            EarningRule.campaign(
                "nye",
                LocalDate.of(2024, 12, 31),
                LocalDate.of(2024, 12, 31),
                "1",
                50,
                RoundingMode.DOWN));
    assertThat(
            p.points(
                purchase("10.00", Instant.parse("2024-12-31T10:59:00Z")),
                MemberContext.newMember()))
        .isEqualTo(60);
    assertThat(
            p.points(
                purchase("10.00", Instant.parse("2024-12-31T11:00:00Z")),
                MemberContext.newMember()))
        .isEqualTo(10);
  }

  @Test
  void campaign_limited_to_a_segment_or_tag() {
    EarningRule.Campaign c =
        EarningRule.campaign(
            "vip", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "3", 0, RoundingMode.DOWN);
    Program bySegment = program(BASE, c.forSegment("lapsed"));
    assertThat(bySegment.points(purchase("10.00"), MemberContext.newMember())).isEqualTo(10);
    assertThat(
            bySegment.points(
                purchase("10.00"), MemberContext.newMember().withSegments(Set.of("lapsed"))))
        .isEqualTo(30);
    Program byTag = program(BASE, c.forTag("newsletter"));
    assertThat(
            byTag
                .evaluate(purchase("10.00"), MemberContext.newMember())
                .notApplied()
                .get(0)
                .explanation())
        .isEqualTo("member is not tagged newsletter");
    assertThat(
            byTag.points(
                purchase("10.00"), MemberContext.newMember().withTags(Set.of("newsletter"))))
        .isEqualTo(30);
  }

  @Test
  void visit_bonus_on_every_fifth_visit() {
    Program p = program(BASE, EarningRule.visitBonus("fifth", 5, 50));
    assertThat(p.points(purchase("1.00"), MemberContext.newMember().withVisitsBefore(4)))
        .isEqualTo(51);
    assertThat(p.points(purchase("1.00"), MemberContext.newMember().withVisitsBefore(5)))
        .isEqualTo(1);
    assertThat(p.points(purchase("1.00"), MemberContext.newMember().withVisitsBefore(9)))
        .isEqualTo(51);
  }

  @Test
  void caps_per_transaction_day_and_month_count_earlier_earnings() {
    Program p =
        program(
            BASE,
            EarningRule.cap("tx", CapPeriod.TRANSACTION, 100),
            EarningRule.cap("day", CapPeriod.DAY, 150),
            EarningRule.cap("month", CapPeriod.MONTH, 1000));
    assertThat(p.points(purchase("500.00"), MemberContext.newMember())).isEqualTo(100);
    Earning e = p.evaluate(purchase("80.00"), MemberContext.newMember().withEarned(120, 120));
    assertThat(e.points()).isEqualTo(30);
    assertThat(e.applied()).extracting(RuleOutcome::ruleId).containsExactly("base", "day");
    assertThat(p.points(purchase("80.00"), MemberContext.newMember().withEarned(0, 990)))
        .isEqualTo(10);
    assertThat(p.points(purchase("80.00"), MemberContext.newMember().withEarned(0, 1200))).isZero();
  }

  @Test
  void only_the_first_applicable_rule_of_a_stacking_group_counts_by_priority() {
    EarningRule.Campaign spring =
        EarningRule.campaign(
            "spring",
            LocalDate.of(2024, 3, 1),
            LocalDate.of(2024, 6, 30),
            "2",
            0,
            RoundingMode.DOWN);
    EarningRule.Campaign june =
        EarningRule.campaign(
            "june", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), "3", 0, RoundingMode.DOWN);
    Program p =
        program(
            BASE,
            spring.withKey(RuleKey.of("spring").inGroup("promo")),
            june.withKey(RuleKey.of("june").withPriority(10).inGroup("promo")));
    Earning e = p.evaluate(purchase("10.00"), MemberContext.newMember());
    assertThat(e.points()).isEqualTo(30);
    assertThat(e.notApplied())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.ruleId()).isEqualTo("spring");
              assertThat(o.explanation())
                  .isEqualTo("stacking group promo already used by rule june");
            });
    // without a group both stack
    assertThat(program(BASE, spring, june).points(purchase("10.00"), MemberContext.newMember()))
        .isEqualTo(10 + 10 + 20);
  }

  @Test
  void event_bonuses_reward_member_events() {
    Program p =
        program(
            BASE,
            EarningRule.eventBonus("welcome", LoyaltyEventType.SIGN_UP, 100),
            EarningRule.eventBonus("birthday", LoyaltyEventType.BIRTHDAY_MONTH, 200),
            EarningRule.eventBonus("review", LoyaltyEventType.REVIEW, 20));
    Earning e = p.evaluateEvent(LoyaltyEventType.BIRTHDAY_MONTH, NOON, MemberContext.newMember());
    assertThat(e.points()).isEqualTo(200);
    assertThat(e.notApplied()).hasSize(2);
    assertThat(p.evaluateEvent(LoyaltyEventType.REFERRAL, NOON, MemberContext.newMember()).points())
        .isZero();
  }

  @Test
  void refunds_earn_nothing() {
    Transaction r = Transaction.refund("R1", "c1", NOON, Money.of("10.00", "EUR"), "T1");
    assertThat(program(BASE).evaluate(r, MemberContext.newMember()).points()).isZero();
  }

  @Test
  void explanation_lists_every_rule_and_the_applied_points_add_up() {
    Program p =
        program(
            BASE,
            EarningRule.tierMultiplier("gold", "Gold", "2", RoundingMode.DOWN),
            EarningRule.visitBonus("fifth", 5, 50),
            EarningRule.cap("tx", CapPeriod.TRANSACTION, 70));
    Earning e =
        p.evaluate(
            purchase("30.00"), MemberContext.newMember().withTier("Gold").withVisitsBefore(4));
    assertThat(e.outcomes()).hasSize(4);
    assertThat(e.points()).isEqualTo(70);
    assertThat(e.applied().stream().mapToLong(RuleOutcome::points).sum()).isEqualTo(70);
    assertThat(e.reason()).isEqualTo("base +30, gold +30, fifth +50, tx -40");
  }

  @Test
  void invalid_programmes_are_refused_naming_the_field() {
    assertThatThrownBy(() -> program(BASE, BASE)).hasMessageContaining("base appears twice");
    assertThatThrownBy(() -> EarningRule.tierMultiplier("gold", "Gold", "0.5", RoundingMode.DOWN))
        .hasMessageContaining("multiplier of rule gold must be at least 1 but was: 0.5");
    assertThatThrownBy(
            () ->
                EarningRule.campaign(
                    "c",
                    LocalDate.of(2024, 2, 1),
                    LocalDate.of(2024, 1, 1),
                    "2",
                    0,
                    RoundingMode.DOWN))
        .hasMessageContaining("to of rule c must not be before from 2024-02-01");
    assertThatThrownBy(
            () ->
                program(BASE)
                    .points(
                        Transaction.purchase("T", "c", NOON, Money.of("1", "USD")),
                        MemberContext.newMember()))
        .hasMessageContaining("must be in EUR");
  }
}
