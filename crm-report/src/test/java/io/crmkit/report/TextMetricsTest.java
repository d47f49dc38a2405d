package io.crmkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

  @Test
  void widths_are_dejavu_sans_advances() {
    // DejaVu Sans: 'W' 2,025 units, 'i' 569, space 651, '1' 1,303 of 2,048 per em
    assertThat(TextMetrics.width("W", 2048, false)).isEqualTo(2025);
    assertThat(TextMetrics.width("i i", 2048, false)).isEqualTo(569 + 651 + 569);
    assertThat(TextMetrics.width("1,234", 12, false))
        .isCloseTo((4 * 1303 + 651) * 12 / 2048.0, within(1e-9));
    assertThat(TextMetrics.width("Champions", 12, true))
        .isGreaterThan(TextMetrics.width("Champions", 12, false));
    // Turkish letters measure as themselves, not as unknown characters
    assertThat(TextMetrics.width("ış", 2048, false)).isEqualTo(569 + 1067);
    assertThat(TextMetrics.width("…", 2048, false)).isEqualTo(2048);
    assertThat(TextMetrics.width("中", 2048, false)).isEqualTo(2048);
    assertThat(TextMetrics.width("", 12, false)).isZero();
    assertThat(TextMetrics.height(10)).isCloseTo((1901 + 483) * 10 / 2048.0, within(1e-9));
  }

  @Test
  void fit_keeps_what_fits_and_ends_the_rest_in_an_ellipsis() {
    assertThat(TextMetrics.fit("Potential Loyalist", 12, false, 500))
        .isEqualTo("Potential Loyalist");
    String cut = TextMetrics.fit("Potential Loyalist", 12, false, 60);
    assertThat(cut).endsWith("\u2026").startsWith("Pote");
    assertThat(TextMetrics.width(cut, 12, false)).isLessThanOrEqualTo(60);
    assertThat(TextMetrics.fit("Potential Loyalist", 12, false, 3)).isEmpty();
    // no space is left before the ellipsis
    assertThat(TextMetrics.fit("ab cd", 10, false, TextMetrics.width("ab \u2026", 10, false) + 0.5))
        .isEqualTo("ab\u2026");
  }

  @Test
  void bad_sizes_are_refused_with_the_value() {
    assertThatThrownBy(() -> TextMetrics.width("a", 0, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fontSize must be a positive number of pixels but was 0.0");
    assertThatThrownBy(() -> TextMetrics.height(Double.NaN))
        .hasMessageContaining("fontSize must be a positive number of pixels but was NaN");
    assertThatThrownBy(() -> TextMetrics.fit("a", 12, false, Double.NaN))
        .hasMessage("maxWidth must be a number of pixels but was NaN");
  }

  @Property
  void fit_is_the_text_or_a_shorter_prefix_with_an_ellipsis_within_the_width(
      @ForAll String text,
      @ForAll @DoubleRange(min = 1, max = 40) double size,
      @ForAll @DoubleRange(min = -10, max = 800) double maxWidth,
      @ForAll boolean bold) {
    String fit = TextMetrics.fit(text, size, bold, maxWidth);
    if (fit.isEmpty()) {
      assertThat(text.isEmpty() || maxWidth < TextMetrics.width("\u2026", size, bold)).isTrue();
    } else if (fit.equals(text)) {
      assertThat(TextMetrics.width(text, size, bold)).isLessThanOrEqualTo(maxWidth);
    } else {
      assertThat(fit).endsWith("\u2026");
      assertThat(text).startsWith(fit.substring(0, fit.length() - 1));
      assertThat(TextMetrics.width(fit, size, bold)).isLessThanOrEqualTo(maxWidth + 1e-9);
    }
  }
}
