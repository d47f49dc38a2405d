package io.crmkit.loyalty.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.PointRate;
import io.crmkit.loyalty.program.EarningRule;
import io.crmkit.loyalty.program.LoyaltyEventType;
import io.crmkit.loyalty.program.Program;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BirthdayBonusesTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
  private static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");

  private static final CustomerId ANA = CustomerId.of("ana");
  private static final CustomerId BEN = CustomerId.of("ben");
  private static final CustomerId LEA = CustomerId.of("lea");
  private static final CustomerId ZOE = CustomerId.of("zoe");

  /** Ana 1990-01-31, Ben 1988-02-29 (a leap day), Léa 2001-03-01, Zoé 1975-12-31. */
  private static final Map<CustomerId, LocalDate> BIRTH_DATES =
      Map.of(
          ANA,
          LocalDate.of(1990, 1, 31),
          BEN,
          LocalDate.of(1988, 2, 29),
          LEA,
          LocalDate.of(2001, 3, 1),
          ZOE,
          LocalDate.of(1975, 12, 31));

  private static Program program(ZoneId zone) {
    return Program.of(
        "club",
        java.util.Currency.getInstance("EUR"),
        List.of(
            EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN),
            EarningRule.eventBonus("birthday", LoyaltyEventType.BIRTHDAY_MONTH, 200)),
        LedgerPolicy.simple(zone),
        PointRate.of(100, Money.of("1.00", "EUR")));
  }

  private static InMemoryLoyaltyAccountRepository accounts(ZoneId zone, CustomerId... members) {
    InMemoryLoyaltyAccountRepository r =
        InMemoryLoyaltyAccountRepository.create(
            id -> LoyaltyAccount.open(id, LedgerPolicy.simple(zone)));
    for (CustomerId m : members) {
      r.update(m, a -> a.customerId());
    }
    return r;
  }

  private static long earned(LoyaltyAccountRepository accounts, CustomerId c, String at) {
    return accounts
        .read(c, a -> a.ledger().balanceAt(Instant.parse(at)).lifetimeEarned())
        .orElseThrow();
  }

  private static List<CustomerId> due(BirthdayBonuses b, Instant at) {
    return b.dueAt(at).stream().map(BirthdayBonus::customerId).toList();
  }

  @Test
  void members_born_in_the_month_are_due_whatever_the_day() {
    BirthdayBonuses b = BirthdayBonuses.ofBirthDates(BIRTH_DATES, UTC);
    assertThat(b.dueIn(YearMonth.of(2025, 1)))
        .containsExactly(new BirthdayBonus(ANA, MonthDay.of(1, 31), YearMonth.of(2025, 1)));
    assertThat(b.dueOn(LocalDate.of(2025, 12, 1)))
        .extracting(BirthdayBonus::customerId)
        .containsExactly(ZOE);
    assertThat(b.dueIn(YearMonth.of(2025, 7))).isEmpty();
  }

  @Test
  void a_leap_day_birthday_is_due_in_february_of_every_year() {
    BirthdayBonuses b = BirthdayBonuses.ofBirthDates(BIRTH_DATES, UTC);
    assertThat(b.dueIn(YearMonth.of(2024, 2)))
        .extracting(BirthdayBonus::customerId)
        .containsExactly(BEN);
    assertThat(b.dueIn(YearMonth.of(2025, 2)))
        .extracting(BirthdayBonus::customerId)
        .containsExactly(BEN);
    assertThat(b.dueIn(YearMonth.of(2025, 3)))
        .extracting(BirthdayBonus::customerId)
        .containsExactly(LEA);
  }

  @Test
  void the_month_of_an_instant_is_read_in_the_zone() {
    Instant lastHourOfFebruaryUtc = Instant.parse("2025-02-28T23:30:00Z");
    assertThat(due(BirthdayBonuses.ofBirthDates(BIRTH_DATES, UTC), lastHourOfFebruaryUtc))
        .containsExactly(BEN);
    // 00:30 on 1 March in Paris
    assertThat(due(BirthdayBonuses.ofBirthDates(BIRTH_DATES, PARIS), lastHourOfFebruaryUtc))
        .containsExactly(LEA);
    // 13:30 on 28 February in Honolulu
    assertThat(
            due(
                BirthdayBonuses.ofBirthDates(BIRTH_DATES, HONOLULU),
                Instant.parse("2025-03-01T09:59:59Z")))
        .containsExactly(BEN);
  }

  @Test
  void the_year_of_the_key_is_the_local_year_at_new_year() {
    Instant newYearInAuckland =
        Instant.parse("2024-12-31T12:00:00Z"); // 01:00 on 1 January 2025 in Auckland
    assertThat(BirthdayBonuses.ofBirthDates(BIRTH_DATES, AUCKLAND).dueAt(newYearInAuckland))
        .extracting(BirthdayBonus::idempotencyKey)
        .containsExactly("birthday:ana:2025");
    assertThat(BirthdayBonuses.ofBirthDates(BIRTH_DATES, UTC).dueAt(newYearInAuckland))
        .extracting(BirthdayBonus::idempotencyKey)
        .containsExactly("birthday:zoe:2024");
  }

  @Test
  void the_key_names_the_customer_and_the_year() {
    assertThat(BirthdayBonuses.idempotencyKey(CustomerId.of("C-42"), 2026))
        .isEqualTo("birthday:C-42:2026");
  }

  @Test
  void awarding_twice_in_the_month_books_the_bonus_once() {
    ZoneId zone = PARIS;
    InMemoryLoyaltyAccountRepository accounts = accounts(zone, ANA, BEN, LEA, ZOE);
    BirthdayBonuses b = BirthdayBonuses.ofBirthDates(BIRTH_DATES, zone);
    Program p = program(zone);
    BirthdayRun first = b.award(accounts, p, Instant.parse("2025-02-01T08:00:00Z"));
    BirthdayRun again = b.award(accounts, p, Instant.parse("2025-02-01T08:00:00Z"));
    BirthdayRun lastDay = b.award(accounts, p, Instant.parse("2025-02-28T22:59:59Z"));
    assertThat(first.points()).isEqualTo(200);
    assertThat(again.postings()).isEqualTo(first.postings());
    assertThat(lastDay.postings()).isEqualTo(first.postings());
    assertThat(earned(accounts, BEN, "2025-03-31T00:00:00Z")).isEqualTo(200);
    assertThat(earned(accounts, ANA, "2025-03-31T00:00:00Z")).isZero();
  }

  @Test
  void the_next_year_earns_the_bonus_again() {
    InMemoryLoyaltyAccountRepository accounts = accounts(UTC, BEN);
    BirthdayBonuses b = BirthdayBonuses.ofBirthDates(BIRTH_DATES, UTC);
    Program p = program(UTC);
    b.award(accounts, p, Instant.parse("2024-02-29T10:00:00Z"));
    b.award(accounts, p, Instant.parse("2025-02-28T10:00:00Z"));
    b.award(accounts, p, Instant.parse("2025-02-28T11:00:00Z"));
    assertThat(
            accounts
                .read(
                    BEN,
                    a ->
                        a.ledger().posting("birthday:ben:2024").isPresent()
                            && a.ledger().posting("birthday:ben:2025").isPresent())
                .orElseThrow())
        .isTrue();
    assertThat(earned(accounts, BEN, "2025-12-31T00:00:00Z")).isEqualTo(400);
  }

  @Test
  void members_without_an_account_are_skipped_and_reported() {
    InMemoryLoyaltyAccountRepository accounts = accounts(UTC, ANA);
    BirthdayRun run =
        BirthdayBonuses.ofBirthDates(
                Map.of(ANA, LocalDate.of(1990, 1, 2), BEN, LocalDate.of(1991, 1, 3)), UTC)
            .award(accounts, program(UTC), Instant.parse("2025-01-15T00:00:00Z"));
    assertThat(run.month()).isEqualTo(YearMonth.of(2025, 1));
    assertThat(run.postings())
        .extracting(p -> p.idempotencyKey())
        .containsExactly("birthday:ana:2025");
    assertThat(run.withoutAccount()).containsExactly(BEN);
    assertThat(accounts.exists(BEN)).isFalse();
  }

  @Test
  void a_programme_without_a_birthday_rule_books_nothing_but_remembers_the_key() {
    InMemoryLoyaltyAccountRepository accounts = accounts(UTC, BEN);
    Program noBirthday =
        Program.of(
            "plain",
            java.util.Currency.getInstance("EUR"),
            List.of(EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN)),
            LedgerPolicy.simple(UTC),
            PointRate.of(100, Money.of("1.00", "EUR")));
    BirthdayRun run =
        BirthdayBonuses.ofBirthDates(BIRTH_DATES, UTC)
            .award(accounts, noBirthday, Instant.parse("2025-02-10T00:00:00Z"));
    assertThat(run.points()).isZero();
    assertThat(
            accounts
                .read(BEN, a -> a.ledger().posting("birthday:ben:2025").isPresent())
                .orElseThrow())
        .isTrue();
  }

  @Test
  void one_account_is_awarded_only_in_its_birthday_month() {
    LoyaltyAccount ben = LoyaltyAccount.open(BEN, LedgerPolicy.simple(UTC));
    BirthdayBonuses b = BirthdayBonuses.ofBirthdays(Map.of(BEN, MonthDay.of(2, 29)), UTC);
    assertThat(b.award(ben, program(UTC), Instant.parse("2025-01-31T23:59:59Z"))).isEmpty();
    assertThat(
            b.award(ben, program(UTC), Instant.parse("2025-02-01T00:00:00Z"))
                .orElseThrow()
                .points())
        .isEqualTo(200);
    assertThat(
            b.award(ben, program(UTC), Instant.parse("2025-02-02T00:00:00Z"))
                .orElseThrow()
                .idempotencyKey())
        .isEqualTo("birthday:ben:2025");
    assertThat(ben.ledger().balanceAt(Instant.parse("2025-03-01T00:00:00Z")).lifetimeEarned())
        .isEqualTo(200);
    LoyaltyAccount stranger = LoyaltyAccount.open(ANA, LedgerPolicy.simple(UTC));
    assertThat(b.award(stranger, program(UTC), Instant.parse("2025-02-01T00:00:00Z"))).isEmpty();
  }

  @Test
  void customers_without_a_birth_date_are_left_out() {
    Instant created = Instant.parse("2020-01-01T00:00:00Z");
    BirthdayBonuses b =
        BirthdayBonuses.ofCustomers(
            List.of(
                Customer.builder("ana", created).birthDate(LocalDate.of(1990, 1, 31)).build(),
                Customer.builder("ben", created).build()),
            UTC);
    assertThat(b.size()).isEqualTo(1);
    assertThat(b.birthdayOf(ANA)).contains(MonthDay.of(1, 31));
    assertThat(b.birthdayOf(BEN)).isEmpty();
  }

  @Test
  void the_due_are_listed_by_customer_id() {
    BirthdayBonuses b =
        BirthdayBonuses.ofBirthdays(
            Map.of(ZOE, MonthDay.of(5, 1), ANA, MonthDay.of(5, 30), LEA, MonthDay.of(5, 2)), UTC);
    assertThat(b.dueIn(YearMonth.of(2025, 5)))
        .extracting(BirthdayBonus::customerId)
        .containsExactly(ANA, LEA, ZOE);
  }

  @Test
  void a_bonus_must_be_in_the_birthday_month() {
    assertThatThrownBy(() -> new BirthdayBonus(ANA, MonthDay.of(1, 31), YearMonth.of(2025, 2)))
        .hasMessage(
            "month of the birthday bonus of customer ana must be the birthday's month JANUARY but was: 2025-02");
  }

  @Test
  void prints_a_summary_per_month() {
    assertThat(BirthdayBonuses.ofBirthDates(BIRTH_DATES, UTC))
        .hasToString(
            "birthdays of 4 members in UTC: 1=1 2=1 3=1 4=0 5=0 6=0 7=0 8=0 9=0 10=0 11=0 12=1");
  }
}
