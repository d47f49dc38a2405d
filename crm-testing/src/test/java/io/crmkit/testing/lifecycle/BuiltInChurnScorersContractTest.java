package io.crmkit.testing.lifecycle;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.lifecycle.churn.BgNbdChurnScorer;
import io.crmkit.lifecycle.churn.BgNbdNoPurchaseScorer;
import io.crmkit.lifecycle.churn.ChurnScorer;
import io.crmkit.lifecycle.churn.ContractualChurnScorer;
import io.crmkit.lifecycle.churn.InactivityScorer;
import io.crmkit.lifecycle.churn.logistic.DesignMatrix;
import io.crmkit.lifecycle.churn.logistic.FeatureColumn;
import io.crmkit.lifecycle.churn.logistic.LogisticChurnScorer;
import io.crmkit.lifecycle.churn.logistic.LogisticModel;
import io.crmkit.lifecycle.churn.logistic.MissingValues;
import io.crmkit.lifecycle.model.BgNbdModel;
import java.util.List;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Nested;

/** Every churn scorer crmkit ships meets the contract, on the contract's default population. */
class BuiltInChurnScorersContractTest {

  /** BG/NBD on CDNOW (Fader, Hardie & Lee 2005): r 0.243, α 4.414, a 0.793, b 2.426. */
  static final BgNbdModel CDNOW = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);

  @Nested
  class FromProbabilityAlive extends ChurnScorerContract {
    @Override
    protected ChurnScorer scorer() {
      return ChurnScorer.fromProbabilityAlive(
          "exp-silence", (s, i) -> Math.exp(-s.timeSinceLastPurchase(i) / 10));
    }
  }

  @Nested
  class Inactivity extends ChurnScorerContract {
    @Override
    protected ChurnScorer scorer() {
      return InactivityScorer.of(3);
    }
  }

  @Nested
  class BgNbd extends ChurnScorerContract {
    @Override
    protected ChurnScorer scorer() {
      return BgNbdChurnScorer.of(CDNOW);
    }
  }

  @Nested
  class BgNbdNoPurchase extends ChurnScorerContract {
    @Override
    protected ChurnScorer scorer() {
      return BgNbdNoPurchaseScorer.within(CDNOW, 39);
    }
  }

  @Nested
  class Contractual extends ChurnScorerContract {
    @Override
    protected ChurnScorer scorer() {
      return ContractualChurnScorer.of(
          "sbg",
          t -> Math.exp(Beta.logBeta(0.668, 3.806 + t) - Beta.logBeta(0.668, 3.806)),
          ContractualChurnScorer.periodsFromAge(10));
    }
  }

  @Nested
  class Composition extends ChurnScorerContract {
    @Override
    protected ChurnScorer scorer() {
      ChurnScorer bgnbd = BgNbdChurnScorer.of(CDNOW);
      return ChurnScorer.weightedBlend(
          List.of(bgnbd, ChurnScorer.maximum(bgnbd, InactivityScorer.of(3))), 1, 3);
    }
  }

  @Nested
  class Logistic extends ChurnScorerContract {
    @Override
    protected ChurnScorer scorer() {
      LogisticModel model =
          LogisticModel.of(
              List.of(
                  FeatureColumn.of("silence", "silent {} weeks"), FeatureColumn.named("frequency")),
              new double[] {20, 3},
              new double[] {15, 4},
              new double[] {1.2, -0.8},
              -0.5,
              MissingValues.REJECT);
      return LogisticChurnScorer.of(model, features(population()));
    }

    private DesignMatrix features(CustomerSummaries s) {
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
  }
}
