package io.crmkit.loyalty.calendar;

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
    return Arbitraries.longs().between(1_703_980_800L, 1_735_689_600L)
        .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)))
        .list().ofMaxSize(50);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZoneId.of("Europe/Paris"), ZoneId.of("Pacific/Chatham"), ZoneId.of("America/Sao_Paulo"),
        ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"), ZoneId.of("America/Havana"));
  }

  @Property(tries = 200)
  void the_remembered_day_gives_the_zone_rules_date(@ForAll("instants") List<Instant> instants,
      @ForAll("zones") ZoneId zone) {
    LocalDays days = LocalDays.of(zone);
    for (Instant t : instants) {
      assertThat(days.date(t)).isEqualTo(LocalDate.ofInstant(t, zone));
      assertThat(days.date(t.minusNanos(1))).isEqualTo(LocalDate.ofInstant(t.minusNanos(1), zone));
    }
  }
}
