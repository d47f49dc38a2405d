package io.crmkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void one_format_whatever_the_default_locale() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale l : new Locale[] {Locale.forLanguageTag("tr-TR"), Locale.GERMANY, Locale.US}) {
        Locale.setDefault(l);
        assertThat(Numbers.format(1234567)).isEqualTo("1,234,567");
        assertThat(Numbers.format(1234.56)).isEqualTo("1,235");
        assertThat(Numbers.format(12.345)).isEqualTo("12.3");
        assertThat(Numbers.format(0.4567)).isEqualTo("0.46");
        assertThat(Numbers.format(-0.001)).isEqualTo("-0.0010");
        assertThat(Numbers.format(Double.NaN)).isEqualTo("–");
        assertThat(Numbers.percent(0.425)).isEqualTo("42.5%");
        assertThat(Numbers.count(2357)).isEqualTo("2,357");
        assertThat(Numbers.plain(2.5)).isEqualTo("2.5");
        assertThat(Numbers.plain(3)).isEqualTo("3");
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void csv_quotes_cells_that_need_it() {
    DataTable t =
        new DataTable(
            java.util.List.of("a", "b"), java.util.List.of(java.util.List.of("x,y", "say \"hi\"")));
    assertThat(t.csv()).isEqualTo("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n");
  }
}
