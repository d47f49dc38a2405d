package io.crmkit.loyalty.tier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Tier invariants over random qualifying activity. */
class TierProperties {

  private static final ZoneId ZONE = ZoneId.of("America/Chicago");
  private static final Instant START = Instant.parse("2024-01-01T06:00:00Z");

  record Step(int gapDays, long points) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 90), Arbitraries.longs().between(0, 400))
        .as(Step::new)
        .list()
        .ofMaxSize(40);
  }

  private static TierProgram program(boolean oneAtATime, boolean calendar) {
    return new TierProgram(
        List.of(
            Tier.of("T0", "0", TierBenefits.none()),
            Tier.of("T1", "300", TierBenefits.none()),
            Tier.of("T2", "800", TierBenefits.none()),
            Tier.of("T3", "1500", TierBenefits.none())),
        QualificationMetric.QUALIFYING_POINTS,
        calendar ? QualificationWindow.calendarYear() : QualificationWindow.rolling(6),
        MonthDay.of(7, 1),
        Period.ofMonths(1),
        oneAtATime,
        Currency.getInstance("USD"),
        ZONE);
  }

  @Property(tries = 200)
  void tiers_only_drop_at_the_end_of_a_grace_period_and_one_at_a_time(
      @ForAll("steps") List<Step> steps, @ForAll boolean calendar) {
    TierProgram p = program(true, calendar);
    TierTracker t = p.newTracker(START);
    Instant now = START;
    int previous = 0;
    for (Step s : steps) {
      // observe every day so a drop is seen on the day it happens
      for (int d = 0; d < s.gapDays(); d++) {
        now = now.plus(Duration.ofDays(1));
        int tier = p.indexOf(t.tierName(now));
        if (tier < previous) {
          ZonedDateTime z = t.status(now).since().atZone(ZONE);
          assertThat(z.getMonthValue()).isEqualTo(8); // review 1 July + 1 month grace
          assertThat(z.getDayOfMonth()).isEqualTo(1);
          assertThat(tier).isEqualTo(previous - 1);
        }
        previous = tier;
      }
      t.record(now, s.points(), BigDecimal.ZERO, 1);
      int tier = p.indexOf(t.tierName(now));
      assertThat(tier).isGreaterThanOrEqualTo(previous);
      previous = tier;
    }
  }

  @Property(tries = 200)
  void a_member_is_at_least_in_the_tier_the_window_qualifies_for(
      @ForAll("steps") List<Step> steps, @ForAll boolean calendar) {
    TierProgram p = program(false, calendar);
    TierTracker t = p.newTracker(START);
    Instant now = START;
    for (Step s : steps) {
      now = now.plus(Duration.ofDays(s.gapDays()));
      t.record(now, s.points(), BigDecimal.ZERO, 1);
      long value = t.qualifyingValue(now).longValueExact();
      int qualified = 0;
      for (int i = 0; i < p.tiers().size(); i++) {
        if (value >= p.tiers().get(i).threshold().longValueExact()) {
          qualified = i;
        }
      }
      assertThat(p.indexOf(t.tierName(now))).isGreaterThanOrEqualTo(qualified);
    }
  }

  @Property(tries = 300)
  void the_qualifying_value_is_the_activity_summed_over_the_window(
      @ForAll("steps") List<Step> steps,
      @ForAll boolean calendar,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 400) int laterDays) {
    TierProgram p = program(false, calendar);
    TierTracker t = p.newTracker(START);
    List<Instant> times = new java.util.ArrayList<>();
    List<Long> values = new java.util.ArrayList<>();
    Instant now = START;
    int k = 0;
    for (Step s : steps) {
      now = now.plus(Duration.ofDays(s.gapDays())).plus(Duration.ofHours(k % 24));
      long v = k++ % 5 == 4 ? -s.points() / 2 : s.points(); // some refunds
      t.record(now, v, BigDecimal.ZERO, 1);
      times.add(now);
      values.add(v);
      assertThat(t.qualifyingValue(now).longValueExact())
          .isEqualTo(windowSum(times, values, now, calendar));
    }
    Instant later = now.plus(Duration.ofDays(laterDays));
    assertThat(t.qualifyingValue(later).longValueExact())
        .isEqualTo(windowSum(times, values, later, calendar));
  }

  /** The activity in the window ending at {@code at}, summed independently of the tracker. */
  private static long windowSum(
      List<Instant> times, List<Long> values, Instant at, boolean calendar) {
    ZonedDateTime end = at.atZone(ZONE);
    Instant from =
        calendar
            ? end.toLocalDate().withDayOfYear(1).atStartOfDay(ZONE).toInstant()
            : end.minusMonths(6).toInstant();
    long sum = 0;
    for (int i = 0; i < times.size(); i++) {
      Instant x = times.get(i);
      boolean in =
          calendar ? !x.isBefore(from) && !x.isAfter(at) : x.isAfter(from) && !x.isAfter(at);
      if (in) {
        sum += values.get(i);
      }
    }
    return sum;
  }
}
