package io.crmkit.lifecycle.churn.logistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.churn.ChurnScorer;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticChurnScorerTest {

  static DesignMatrix features(CustomerSummaries s) {
    double[] silence = new double[s.size()];
    double[] x = new double[s.size()];
    for (int i = 0; i < s.size(); i++) {
      silence[i] = s.timeSinceLastPurchase(i);
      x[i] = s.frequency(i);
    }
    return DesignMatrix.builder(s.size())
        .column(FeatureColumn.of("silence", "silent {} weeks"), silence)
        .column("frequency", x)
        .ids(s.ids())
        .build();
  }

  static final LogisticModel MODEL =
      LogisticModel.of(
          List.of(FeatureColumn.of("silence", "silent {} weeks"), FeatureColumn.named("frequency")),
          new double[] {20, 3},
          new double[] {15, 4},
          new double[] {1.2, -0.8},
          -0.5,
          MissingValues.REJECT);

  static ChurnScorer scorer() {
    return LogisticChurnScorer.of(MODEL, features(population()));
  }

  @Test
  void reasons_are_the_top_contributions() {
    CustomerSummaries s = population();
    assertThat(scorer().reasons(s, 0)).isEqualTo(MODEL.contributions(features(s), 0, 3));
    assertThat(scorer().reasons(s, 1))
        .extracting(Object::toString)
        .containsExactly("silent 30 weeks: +0.80", "frequency = 0: +0.60");
  }

  @Test
  void misaligned_rows_are_rejected() {
    CustomerSummaries s = population();
    ChurnScorer scorer =
        LogisticChurnScorer.of(MODEL, features(s).rows(new int[] {1, 0, 2, 3, 4, 5}));
    assertThatThrownBy(() -> scorer.probability(s, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("feature row 0 belongs to customer 2 but the population's row 0 is customer 1");
  }

  /** Six customers in weeks, as crm-testing's {@code ChurnScorerContract} scores by default. */
  static CustomerSummaries population() {
    double[][] rows = {
      {4, 20, 40}, {0, 0, 30}, {1, 2, 3}, {12, 40, 41}, {0, 0, 0}, {2, 30, 90},
    };
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.WEEKS);
    for (int i = 0; i < rows.length; i++) {
      b.add(Integer.toString(i + 1), (int) rows[i][0], rows[i][1], rows[i][2], 10.0);
    }
    return b.build();
  }
}
