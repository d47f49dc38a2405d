package io.crmkit.lifecycle.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskBandsTest {

  @Test
  void standard_bands_cut_at_quarters() {
    RiskBands b = RiskBands.standard();
    assertThat(b.bandOf(0).name()).isEqualTo("low");
    assertThat(b.bandOf(0.2499).name()).isEqualTo("low");
    assertThat(b.bandOf(0.25).name()).isEqualTo("medium");
    assertThat(b.bandOf(0.5).name()).isEqualTo("high");
    assertThat(b.bandOf(0.75).name()).isEqualTo("critical");
    assertThat(b.bandOf(1).name()).isEqualTo("critical");
    assertThat(b.toString())
        .isEqualTo(
            "RiskBands[low [0.00, 0.25), medium [0.25, 0.50), high [0.50, 0.75), critical [0.75, 1.00]]");
  }

  @Test
  void thresholds_are_configurable() {
    RiskBands b = RiskBands.of(List.of("green", "red"), 0.1);
    assertThat(b.bandOf(0.05).name()).isEqualTo("green");
    assertThat(b.bandOf(0.1).name()).isEqualTo("red");
    assertThat(RiskBands.standardAt(0.1, 0.2, 0.3).bandOf(0.35).name()).isEqualTo("critical");
  }

  @Test
  void counts_per_band() {
    assertThat(RiskBands.standard().counts(new double[] {0, 0.3, 0.31, 0.9, 1}))
        .containsExactly(1, 2, 0, 2);
    assertThat(RiskBands.standard().indicesOf(new double[] {0.6, 0.1})).containsExactly(2, 0);
  }

  @Test
  void rejects_unordered_thresholds_or_a_wrong_count() {
    assertThatThrownBy(() -> RiskBands.of(List.of("a", "b", "c"), 0.5, 0.4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "thresholds must increase strictly inside (0, 1) but thresholds[1] was 0.4 after 0.5");
    assertThatThrownBy(() -> RiskBands.of(List.of("a", "b"), 0.5, 0.6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("thresholds must number one less than names (1) but were 2: [0.5, 0.6]");
  }

  @Test
  void rejects_a_probability_outside_the_unit_interval() {
    assertThatThrownBy(() -> RiskBands.standard().bandOf(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability must be in [0, 1] but was: NaN");
  }

  @Test
  void reason_reads_as_a_sentence() {
    assertThat(Reason.of("silence", "no purchase for 94 days", 0.3149).toString())
        .isEqualTo("no purchase for 94 days: +0.31");
  }
}
