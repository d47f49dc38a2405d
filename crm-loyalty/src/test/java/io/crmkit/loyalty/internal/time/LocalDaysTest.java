package io.crmkit.loyalty.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalDaysTest {

  @Test
  void memo_is_kept_per_day_and_key() {
    LocalDays days = LocalDays.of(ZoneId.of("Europe/Paris"));
    Object key = new Object();
    Instant t = Instant.parse("2024-03-31T00:30:00Z"); // DST change day in Paris
    assertThat(days.memo(t, key, d -> d.getDayOfMonth())).isEqualTo(31);
    assertThat(days.memo(t.plusSeconds(3600), key, d -> -1)).isEqualTo(31);
    assertThat(days.memo(Instant.parse("2024-03-31T22:00:00Z"), key, d -> d.getDayOfMonth()))
        .isEqualTo(1);
    assertThat(days.memo(Instant.parse("2024-03-31T22:00:00Z"), new Object(), d -> 7)).isEqualTo(7);
  }
}
