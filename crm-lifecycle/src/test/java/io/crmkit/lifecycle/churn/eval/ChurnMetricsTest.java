package io.crmkit.lifecycle.churn.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnMetricsTest {

  static final double[] S = {0.9, 0.8, 0.8, 0.6, 0.4, 0.4, 0.2, 0.1, 0.1, 0.05};
  static final boolean[] Y = {true, true, false, true, false, true, false, false, true, false};

  /** Brute force over all churner/stayer pairs. */
  static double pairwiseAuc(double[] s, boolean[] y) {
    double wins = 0;
    long pairs = 0;
    for (int i = 0; i < s.length; i++) {
      for (int j = 0; j < s.length; j++) {
        if (y[i] && !y[j]) {
          pairs++;
          wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
        }
      }
    }
    return wins / pairs;
  }

  @Test
  void auc_counts_ties_as_half() {
    // 5 churners x 5 stayers: hand count 5 + 4.5 + 4 + 3.5 + 1.5 = 18.5 wins of 25 (ties 0.8/0.8,
    // 0.4/0.4, 0.1/0.1)
    assertThat(ChurnMetrics.rocAuc(S, Y))
        .isCloseTo(pairwiseAuc(S, Y), within(1e-15))
        .isCloseTo(18.5 / 25, within(1e-15));
  }

  @Test
  void auc_of_constant_scores_is_one_half() {
    assertThat(ChurnMetrics.rocAuc(new double[] {0.3, 0.3, 0.3}, new boolean[] {true, false, true}))
        .isEqualTo(0.5);
  }

  @Test
  void auc_needs_both_classes() {
    assertThatThrownBy(() -> ChurnMetrics.rocAuc(new double[] {0.3}, new boolean[] {true}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ROC AUC needs churners and stayers but there were 1 churners and 0 stayers");
  }

  @Test
  void precision_and_recall_at_a_threshold() {
    ThresholdMetrics m = ChurnMetrics.atThreshold(S, Y, 0.5);
    // flagged: 0.9 T, 0.8 T, 0.8 F, 0.6 T -> TP 3, FP 1; churners 5 -> FN 2; TN 4
    assertThat(m).isEqualTo(new ThresholdMetrics(0.5, 3, 1, 4, 2));
    assertThat(m.precision()).isEqualTo(0.75);
    assertThat(m.recall()).isEqualTo(0.6);
    assertThat(ChurnMetrics.atThreshold(S, Y, 1).precision()).isNaN();
  }

  @Test
  void lift_at_the_top_fraction_shares_boundary_ties() {
    // top 20% = 2 customers: 0.9 (churner) then one of the tied 0.8s (one churner of two) -> 1.5
    // captured
    Lift l = ChurnMetrics.lift(S, Y, 0.2);
    assertThat(l.targeted()).isEqualTo(2);
    assertThat(l.captured()).isEqualTo(1.5);
    assertThat(l.lift()).isCloseTo((1.5 / 2) / 0.5, within(1e-15));
    assertThat(l.capture()).isCloseTo(1.5 / 5, within(1e-15));
    assertThat(ChurnMetrics.lift(S, Y, 0.1).lift()).isEqualTo(2.0);
  }

  @Test
  void brier_is_the_mean_squared_error() {
    assertThat(ChurnMetrics.brier(new double[] {0.5, 0.5}, new boolean[] {true, false}))
        .isEqualTo(0.25);
    assertThat(ChurnMetrics.brier(new double[] {1, 0.2}, new boolean[] {true, true}))
        .isCloseTo(0.32, within(1e-15));
  }

  @Test
  void calibration_table_bins_predictions() {
    List<CalibrationBin> t = ChurnMetrics.calibration(S, Y, 2);
    assertThat(t).hasSize(2);
    // [0, 0.5): 0.4, 0.4, 0.2, 0.1, 0.1, 0.05 with churners at one 0.4 and one 0.1
    assertThat(t.get(0).customers()).isEqualTo(6);
    assertThat(t.get(0).meanPredicted()).isCloseTo(1.25 / 6, within(1e-15));
    assertThat(t.get(0).observedRate()).isCloseTo(2.0 / 6, within(1e-15));
    assertThat(t.get(1).observedRate()).isEqualTo(0.75);
  }

  @Test
  void scores_outside_the_unit_interval_are_rejected() {
    assertThatThrownBy(() -> ChurnMetrics.brier(new double[] {1.2}, new boolean[] {true}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scores[0] must be in [0, 1] but was: 1.2");
  }

  @Test
  void evaluation_reads_as_a_report() {
    ChurnEvaluation e = ChurnEvaluation.of("test", S, Y, 0.5);
    assertThat(e.auc()).isEqualTo(ChurnMetrics.rocAuc(S, Y));
    assertThat(e.baseRate()).isEqualTo(0.5);
    assertThat(e.toString())
        .startsWith("test on 10 customers (5 churned, 50.0%): AUC 0.740, Brier");
  }
}
