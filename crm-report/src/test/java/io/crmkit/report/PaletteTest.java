package io.crmkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class PaletteTest {

  @Test
  void wcag_contrast_matches_published_values() {
    // WCAG 2: black on white is 21:1; #767676 on white is the lightest grey passing AA (4.54:1)
    assertThat(Palette.contrast(Color.BLACK, Color.WHITE)).isCloseTo(21, within(1e-9));
    assertThat(Palette.contrast(new Color(0x767676), Color.WHITE)).isCloseTo(4.54, within(0.01));
    assertThat(Palette.contrast(new Color(0x777777), Color.WHITE)).isLessThan(4.5);
    assertThat(Palette.relativeLuminance(Color.WHITE)).isCloseTo(1, within(1e-12));
  }

  @Test
  void text_on_every_heat_map_colour_has_at_least_aa_contrast() {
    for (int i = 0; i <= 1000; i++) {
      Color bg = Palette.viridis(i / 1000.0);
      assertThat(Palette.contrast(Palette.textOn(bg), bg))
          .as("at %d", i)
          .isGreaterThanOrEqualTo(4.5);
    }
    assertThat(Palette.textOn(Palette.viridis(0))).isEqualTo(Color.WHITE);
    assertThat(Palette.textOn(Palette.viridis(1))).isEqualTo(Color.BLACK);
  }

  @Test
  void viridis_runs_from_dark_to_light_and_okabe_ito_has_eight_distinct_colours() {
    assertThat(Palette.hex(Palette.viridis(0))).isEqualTo("#440154");
    assertThat(Palette.hex(Palette.viridis(1))).isEqualTo("#fde725");
    double last = -1;
    for (int i = 0; i <= 100; i++) {
      double l = Palette.relativeLuminance(Palette.viridis(i / 100.0));
      assertThat(l).isGreaterThan(last);
      last = l;
    }
    assertThat(new HashSet<>(Palette.OKABE_ITO)).hasSize(8);
    assertThat(Palette.hex(Palette.series(0))).isEqualTo("#0072b2");
    assertThat(Palette.series(8)).isEqualTo(Palette.series(0));
  }
}
