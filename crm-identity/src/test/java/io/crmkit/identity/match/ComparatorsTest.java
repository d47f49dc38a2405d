package io.crmkit.identity.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComparatorsTest {

  @Test
  void dates_with_day_and_month_swapped_or_one_digit_off_are_near() {
    int d = Comparators.dateKey(LocalDate.of(1984, 3, 7));
    assertThat(Comparators.dateLevel(d, d)).isEqualTo(3);
    assertThat(Comparators.dateLevel(d, Comparators.dateKey(LocalDate.of(1984, 7, 3))))
        .isEqualTo(2);
    assertThat(Comparators.dateLevel(d, Comparators.dateKey(LocalDate.of(1984, 3, 8))))
        .isEqualTo(2);
    assertThat(Comparators.dateLevel(d, Comparators.dateKey(LocalDate.of(1990, 11, 20))))
        .isEqualTo(1);
  }

  @Test
  void string_comparators_follow_their_definitions() {
    assertThat(Comparators.jaroWinkler("martha", "marhta"))
        .isCloseTo(0.9611, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(Comparators.levenshteinWithin("kitten", "sitten", 1)).isEqualTo(1);
    assertThat(Comparators.levenshteinWithin("kitten", "sitting", 2)).isEqualTo(-1);
    assertThat(Comparators.tokenJaccard(new String[] {"a", "b", "c"}, new String[] {"b", "c", "d"}))
        .isEqualTo(0.5);
  }
}
