package io.crmkit.loyalty.tier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Queries never move a tracker's clock: a tracker read more often (and further ahead) answers as
 * one read less.
 */
class TierReadProperties {

  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final Instant START = Instant.parse("2023-11-01T09:00:00Z");

  /**
   * Activity after {@code gapDays}, and a read {@code readAheadDays} after it (possibly past
   * reviews).
   */
  record Step(int gapDays, long points, int readAheadDays) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 120),
            Arbitraries.longs().between(-100, 600),
            Arbitraries.integers().between(0, 800))
        .as(Step::new)
        .list()
        .ofMaxSize(40);
  }

  private static TierProgram program(boolean calendar) {
    return new TierProgram(
        List.of(
            Tier.of("T0", "0", TierBenefits.none()),
            Tier.of("T1", "300", TierBenefits.none()),
            Tier.of("T2", "800", TierBenefits.none())),
        QualificationMetric.QUALIFYING_POINTS,
        calendar ? QualificationWindow.calendarYear() : QualificationWindow.rolling(6),
        MonthDay.of(1, 1),
        Period.ofMonths(2),
        true,
        Currency.getInstance("EUR"),
        ZONE);
  }

  @Property(tries = 300)
  void reading_ahead_changes_no_later_record_or_answer(
      @ForAll("steps") List<Step> steps, @ForAll boolean calendar) {
    TierProgram p = program(calendar);
    TierTracker read = p.newTracker(START);
    TierTracker unread = p.newTracker(START);
    Instant now = START;
    for (Step s : steps) {
      now = now.plus(Duration.ofDays(s.gapDays()));
      read.record(now, s.points(), BigDecimal.ZERO, 1);
      unread.record(now, s.points(), BigDecimal.ZERO, 1);
      Instant ahead = now.plus(Duration.ofDays(s.readAheadDays()));
      Instant near = now.plus(Duration.ofDays(s.readAheadDays() / 3));
      read.status(ahead); // far ahead first, then nearer: each from the recorded state
      read.progress(near);
      read.tierIndex(ahead.plus(Duration.ofDays(40)));
      assertThat(read.status(near)).isEqualTo(unread.status(near));
      assertThat(read.tierName(ahead)).isEqualTo(unread.tierName(ahead));
      assertThat(read.qualifyingValue(now)).isEqualByComparingTo(unread.qualifyingValue(now));
    }
  }

  @Test
  void reading_the_tier_at_new_year_does_not_refuse_an_april_record() {
    TierTracker t = program(true).newTracker(START);
    t.record(Instant.parse("2024-03-01T10:00:00Z"), 900, BigDecimal.ZERO, 1);
    assertThat(t.tierName(Instant.parse("2024-12-31T12:00:00Z"))).isEqualTo("T2");
    assertThat(t.status(Instant.parse("2025-01-02T12:00:00Z")).downgradeTo())
        .isEmpty(); // 2024 kept T2
    t.record(Instant.parse("2024-04-10T10:00:00Z"), -700, BigDecimal.ZERO, 1); // a refund in April
    assertThat(t.tierName(Instant.parse("2024-04-10T10:00:00Z")))
        .isEqualTo("T2"); // no drop before a review
    assertThat(t.status(Instant.parse("2025-01-02T12:00:00Z")).downgradeTo())
        .contains("T1"); // 200 in 2024
  }
}
