package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import org.junit.jupiter.api.Test;

class CustomerScoresTest {

  @Test
  void one_pass_scores_equal_the_separate_column_methods() {
    CustomerSummaries s = TestData.cdnowWithSpend();
    GammaGammaModel spend = GammaGammaModel.fit(s).model();
    for (TransactionModel m :
        new TransactionModel[] {
          BgNbdModel.fit(s).model(),
          MbgNbdModel.of(0.25, 4.4, 1.8, 2.4),
          ParetoNbdModel.of(0.55, 10.6, 0.61, 11.7)
        }) {
      CustomerLifetimeValue clv = CustomerLifetimeValue.monthsOfWeeklyModel(m, spend, 12, 0.01);
      CustomerScores scores = clv.score(s, 52);
      assertThat(scores.size()).isEqualTo(s.size());
      assertThat(scores.probabilityAlive()).as("%s", m).containsExactly(m.probabilityAlive(s));
      assertThat(scores.expectedPurchases())
          .as("%s", m)
          .containsExactly(m.expectedPurchases(52, s));
      assertThat(scores.lifetimeValue()).as("%s", m).containsExactly(clv.values(s));
    }
  }

  @Test
  void bgbb_scores_keep_its_look_ahead_probability_apart_from_the_value() {
    BgBbModel m = BgBbModel.of(1.204, 0.750, 0.657, 2.783);
    CustomerSummaries s =
        CustomerSummaries.builder(TimeScale.WEEKS)
            .add("a", 0, 0, 6, 0)
            .add("b", 3, 5, 6, 20)
            .add("c", 6, 6, 6, 35.5)
            .add("d", 1, 1, 6, 10)
            .build();
    CustomerLifetimeValue clv =
        new CustomerLifetimeValue(m, GammaGammaModel.of(6, 4, 15), 5, 1, 0.1);
    CustomerScores scores = clv.score(s, 3);
    assertThat(scores.probabilityAlive()).containsExactly(m.probabilityAlive(s));
    assertThat(scores.expectedPurchases()).containsExactly(m.expectedPurchases(3, s));
    assertThat(scores.lifetimeValue()).containsExactly(clv.values(s));
    assertThatThrownBy(() -> clv.score(s, -1))
        .hasMessageContaining("t must be finite and not negative");
  }
}
