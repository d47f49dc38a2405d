package io.crmkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextBoxTest {

  @Test
  void a_level_box_spans_the_advance_by_ascent_and_descent() {
    TextBox b = TextBox.of(100, 50, "WW", 2048 / 100.0, Canvas.Anchor.MIDDLE, false, 0);
    double w = 2 * 2025 / 100.0;
    assertThat(b.minX()).isCloseTo(100 - w / 2, within(1e-9));
    assertThat(b.maxX()).isCloseTo(100 + w / 2, within(1e-9));
    assertThat(b.minY()).isCloseTo(50 - 19.01, within(1e-9));
    assertThat(b.maxY()).isCloseTo(50 + 4.83, within(1e-9));
  }

  @Test
  void an_upright_box_turns_about_its_anchor() {
    // rotate(-90): the text runs upwards from the anchor, its top to the left
    TextBox b = TextBox.of(10, 100, "W", 2048 / 100.0, Canvas.Anchor.START, false, -90);
    assertThat(b.minY()).isCloseTo(100 - 20.25, within(1e-9));
    assertThat(b.maxY()).isCloseTo(100, within(1e-9));
    assertThat(b.minX()).isCloseTo(10 - 19.01, within(1e-9));
    assertThat(b.maxX()).isCloseTo(10 + 4.83, within(1e-9));
  }

  @Test
  void overlap_uses_the_rotated_boxes_not_their_bounds() {
    // two slanted labels side by side: their upright bounds overlap, the boxes do not
    TextBox a = TextBox.of(100, 0, "January 1997", 12, Canvas.Anchor.END, false, -40);
    TextBox b = TextBox.of(124, 0, "January 1997", 12, Canvas.Anchor.END, false, -40);
    assertThat(a.maxX()).isGreaterThan(b.minX());
    assertThat(a.overlaps(b, 0)).isFalse();
    assertThat(a.overlaps(b, 10)).isTrue();
    TextBox c = TextBox.of(110, 0, "January 1997", 12, Canvas.Anchor.END, false, -40);
    assertThat(a.overlaps(c, 0)).isTrue();
    assertThat(c.overlaps(a, 0)).isTrue();
    assertThat(TextBox.rect(0, 0, 10, 10).overlaps(TextBox.rect(11, 0, 5, 5), 0)).isFalse();
    assertThat(TextBox.rect(0, 0, 10, 10).overlaps(TextBox.rect(11, 0, 5, 5), 2)).isTrue();
  }
}
