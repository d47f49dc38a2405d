package io.crmkit.loyalty.account;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.PointRate;
import io.crmkit.loyalty.program.EarningRule;
import io.crmkit.loyalty.program.LoyaltyEventType;
import io.crmkit.loyalty.program.Program;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BirthdayBonusesProperties {

  private static final long BONUS = 250;

  @Provide
  Arbitrary<Map<CustomerId, LocalDate>> birthDates() {
    return Arbitraries.maps(
            Arbitraries.integers().between(1, 60).map(i -> CustomerId.of("c" + i)),
            Arbitraries.longs()
                .between(
                    LocalDate.of(1940, 1, 1).toEpochDay(), LocalDate.of(2010, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .injectDuplicates(0.2)
                .edgeCases(e -> e.add(LocalDate.of(2000, 2, 29))))
        .ofMaxSize(40);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(
            "UTC",
            "Europe/Paris",
            "Pacific/Auckland",
            "Pacific/Honolulu",
            "Pacific/Chatham",
            "Pacific/Kiritimati",
            "America/St_Johns")
        .map(ZoneId::of);
  }

  /** Run instants over three years around leap year 2024, in increasing order. */
  @Provide
  Arbitrary<List<Instant>> runs() {
    long from = Instant.parse("2023-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2025-12-31T23:59:59Z").getEpochSecond();
    return Arbitraries.longs()
        .between(from, to)
        .map(Instant::ofEpochSecond)
        .list()
        .ofMinSize(1)
        .ofMaxSize(30)
        .map(l -> l.stream().sorted().toList());
  }

  @Property(tries = 200)
  boolean the_due_are_exactly_the_members_born_in_the_local_month(
      @ForAll("birthDates") Map<CustomerId, LocalDate> birthDates,
      @ForAll("zones") ZoneId zone,
      @ForAll("runs") List<Instant> runs) {
    BirthdayBonuses b = BirthdayBonuses.ofBirthDates(birthDates, zone);
    for (Instant at : runs) {
      int month = at.atZone(zone).getMonthValue();
      Set<CustomerId> expected = new TreeSet<>();
      birthDates.forEach(
          (id, d) -> {
            if (d.getMonthValue() == month) {
              expected.add(id);
            }
          });
      List<CustomerId> due = b.dueAt(at).stream().map(BirthdayBonus::customerId).toList();
      if (!due.equals(new ArrayList<>(expected))) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 100)
  boolean each_member_earns_the_bonus_once_per_year_of_a_run_in_their_birth_month(
      @ForAll("birthDates") Map<CustomerId, LocalDate> birthDates,
      @ForAll("zones") ZoneId zone,
      @ForAll("runs") List<Instant> runs) {
    Program program =
        Program.of(
            "club",
            Currency.getInstance("EUR"),
            List.of(EarningRule.eventBonus("birthday", LoyaltyEventType.BIRTHDAY_MONTH, BONUS)),
            LedgerPolicy.simple(zone),
            PointRate.of(100, Money.of("1.00", "EUR")));
    InMemoryLoyaltyAccountRepository accounts =
        InMemoryLoyaltyAccountRepository.create(
            id -> LoyaltyAccount.open(id, LedgerPolicy.simple(zone)));
    birthDates.keySet().forEach(id -> accounts.update(id, LoyaltyAccount::customerId));
    BirthdayBonuses b = BirthdayBonuses.ofBirthDates(birthDates, zone);
    for (Instant at : runs) {
      b.award(accounts, program, at);
    }
    // independent count: the distinct local (year, month) of the runs
    Set<YearMonth> runMonths = new HashSet<>();
    for (Instant at : runs) {
      runMonths.add(YearMonth.from(at.atZone(zone)));
    }
    Map<CustomerId, Long> expected = new HashMap<>();
    birthDates.forEach(
        (id, d) ->
            expected.put(
                id,
                BONUS
                    * runMonths.stream()
                        .filter(m -> m.getMonthValue() == d.getMonthValue())
                        .count()));
    Instant end = runs.get(runs.size() - 1);
    for (CustomerId id : birthDates.keySet()) {
      long earned =
          accounts.read(id, a -> a.ledger().balanceAt(end).lifetimeEarned()).orElseThrow();
      if (earned != expected.get(id)) {
        return false;
      }
    }
    return true;
  }
}
