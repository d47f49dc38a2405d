package io.crmkit.loyalty.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LocalDaysProperties {

  @Provide
  Arbitrary<List<Instant>> instants() {
    // around DST changes and year ends, whole seconds and nanos
    return Arbitraries.longs()
        .between(1_703_980_800L, 1_735_689_600L)
        .flatMap(
            s ->
                Arbitraries.integers()
                    .between(0, 999_999_999)
                    .map(n -> Instant.ofEpochSecond(s, n)))
        .list()
        .ofMaxSize(50);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(
        ZoneId.of("Europe/Paris"),
        ZoneId.of("Pacific/Chatham"),
        ZoneId.of("America/Sao_Paulo"),
        ZoneId.of("Asia/Kolkata"),
        ZoneId.of("UTC"),
        ZoneId.of("America/Havana"));
  }

  @Property(tries = 200)
  void the_remembered_day_gives_the_zone_rules_date(
      @ForAll("instants") List<Instant> instants, @ForAll("zones") ZoneId zone) {
    LocalDays days = LocalDays.of(zone);
    for (Instant t : instants) {
      assertThat(days.date(t)).isEqualTo(LocalDate.ofInstant(t, zone));
      assertThat(days.date(t.minusNanos(1))).isEqualTo(LocalDate.ofInstant(t.minusNanos(1), zone));
    }
  }

  @Property(tries = 200)
  void days_years_and_memos_far_apart_and_in_any_order_are_the_zone_rules_ones(
      @ForAll @net.jqwik.api.constraints.Size(max = 60)
          List<
                  @net.jqwik.api.constraints.LongRange(min = -2_208_988_800L, max = 4_102_444_800L)
                  Long>
              seconds) { // 1900..2100: days that share a slot
    for (ZoneId zone :
        List.of(
            ZoneId.of("Pacific/Kiritimati"),
            ZoneId.of("Etc/GMT+12"),
            ZoneId.of("Europe/Lisbon"),
            ZoneId.of("Australia/Lord_Howe"))) {
      LocalDays days = LocalDays.of(zone);
      Object key = new Object();
      for (long s : seconds) {
        Instant t = Instant.ofEpochSecond(s);
        LocalDate expected = LocalDate.ofInstant(t, zone);
        assertThat(days.date(t)).isEqualTo(expected);
        LocalDays.Year y = days.year(t);
        assertThat(y.year()).isEqualTo(expected.getYear());
        assertThat(y.start())
            .isEqualTo(LocalDate.of(expected.getYear(), 1, 1).atStartOfDay(zone).toEpochSecond());
        assertThat(y.end())
            .isEqualTo(
                LocalDate.of(expected.getYear() + 1, 1, 1).atStartOfDay(zone).toEpochSecond());
        assertThat(days.memo(t, key, LocalDate::toEpochDay)).isEqualTo(expected.toEpochDay());
      }
    }
  }
}
