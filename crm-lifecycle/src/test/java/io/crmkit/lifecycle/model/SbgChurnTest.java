package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.churn.ContractualChurnScorer;
import io.crmkit.lifecycle.churn.RetentionCurve;
import org.junit.jupiter.api.Test;

/** A fitted sBG model drives the contractual churn scorer. */
class SbgChurnTest {

  @Test
  void the_contractual_scorer_gives_the_sbg_probability_of_not_renewing() {
    ShiftedBetaGeometricModel sbg =
        ShiftedBetaGeometricModel.fit(1000, 869, 743, 653, 593, 551, 517, 491).model();
    ContractualChurnScorer scorer =
        ContractualChurnScorer.of(
            "sbg",
            RetentionCurve.ofSurvival(sbg::survival),
            ContractualChurnScorer.periodsFromAge(52));
    // subscribers of 1, 2 and 5 years (ages in weeks)
    CustomerSummaries s =
        CustomerSummaries.builder(TimeScale.WEEKS)
            .add("a", 0, 0, 52, 0)
            .add("b", 1, 52, 104, 10)
            .add("c", 4, 208, 260, 10)
            .build();
    for (int i = 0; i < s.size(); i++) {
      int periods = scorer.periods(s, i);
      assertThat(scorer.probability(s, i))
          .isCloseTo(sbg.probabilityOfNotRenewing(periods), within(1e-12));
    }
    // long-standing subscribers are less likely to leave
    assertThat(scorer.probability(s, 2)).isLessThan(scorer.probability(s, 0));
  }
}
