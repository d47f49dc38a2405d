package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Expected purchases and CLV of BG/CNBD-k for k &gt; 1: exact given (x, t_x, T). */
class CnbdLifetimeValueTest {

  private static final BgCnbdModel MODEL = BgCnbdModel.of(3, 2.0, 6.0, 0.8, 2.6);
  private static final double CALIBRATION = 40;
  private static final double HORIZON = 26;

  /**
   * Simulates Erlang-3 customers over calibration + horizon and checks the law of total
   * expectation: Σ_i E[N_i(T, T+t) | x_i, t_x,i, T] equals the simulated future purchases (12,000
   * customers: the standard error of the mean is about 0.01 purchases); P(alive) times the
   * expectation of a clock restarted at T, the approximation CLV used before, falls well short.
   */
  @Test
  void conditional_expectations_add_up_to_the_simulated_future() {
    int n = 12_000;
    Well19937c rng = new Well19937c(21);
    SplittableRandom random = new SplittableRandom(21);
    GammaDistribution lambdaDist = new GammaDistribution(rng, MODEL.r(), 1 / MODEL.alpha());
    BetaDistribution pDist = new BetaDistribution(rng, MODEL.a(), MODEL.b());
    double predicted = 0;
    double restarted = 0;
    double actual = 0;
    for (int i = 0; i < n; i++) {
      double lambda = lambdaDist.sample();
      double p = pDist.sample();
      int x = 0;
      double tx = 0;
      int future = 0;
      double clock = 0;
      while (true) {
        double gap = 0;
        for (int e = 0; e < MODEL.k(); e++) {
          gap += -Math.log(1 - random.nextDouble()) / lambda;
        }
        clock += gap;
        if (clock > CALIBRATION + HORIZON) {
          break;
        }
        if (clock <= CALIBRATION) {
          x++;
          tx = clock;
        } else {
          future++;
        }
        if (random.nextDouble() < p) {
          break;
        }
      }
      actual += future;
      predicted += MODEL.expectedPurchases(HORIZON, x, tx, CALIBRATION);
      restarted +=
          MODEL.probabilityAliveAtEnd(x, tx, CALIBRATION)
              * MODEL.expectedPurchasesIfAlive(HORIZON, x, CALIBRATION);
    }
    assertThat(predicted / n).isCloseTo(actual / n, within(0.04));
    assertThat(restarted / n).isLessThan(actual / n - 0.1);
  }

  @Test
  void lifetime_value_discounts_the_exact_expected_purchases() {
    GammaGammaModel spend = GammaGammaModel.of(6.25, 3.74, 15.45);
    CustomerLifetimeValue clv = new CustomerLifetimeValue(MODEL, spend, 6, 4.0, 0.01);
    double[][] histories = {{0, 0, 40}, {2, 10, 40}, {5, 39, 40}, {5, 20, 40}};
    String[] ids = new String[histories.length];
    int[] freq = new int[histories.length];
    double[] tx = new double[histories.length];
    double[] age = new double[histories.length];
    double[] zbar = new double[histories.length];
    for (int h = 0; h < histories.length; h++) {
      ids[h] = "c" + h;
      freq[h] = (int) histories[h][0];
      tx[h] = histories[h][1];
      age[h] = histories[h][2];
      zbar[h] = freq[h] > 0 ? 30 : 0;
    }
    CustomerSummaries s = CustomerSummaries.ofColumns(TimeScale.WEEKS, ids, freq, tx, age, zbar);
    double[] values = clv.values(s);
    CustomerScores scores = clv.score(s, HORIZON);
    for (int h = 0; h < histories.length; h++) {
      double expected = 0;
      double previous = 0;
      for (int i = 1; i <= 6; i++) {
        double c = MODEL.expectedPurchases(4.0 * i, freq[h], tx[h], age[h]);
        expected += (c - previous) / Math.pow(1.01, i);
        previous = c;
      }
      expected *= spend.conditionalExpectedSpend(freq[h], zbar[h]);
      assertThat(values[h]).isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
      assertThat(clv.value(freq[h], tx[h], age[h], zbar[h])).isCloseTo(expected, within(1e-9));
      assertThat(scores.expectedPurchases()[h])
          .isCloseTo(MODEL.expectedPurchases(HORIZON, freq[h], tx[h], age[h]), within(1e-12));
      assertThat(scores.probabilityAlive()[h])
          .isCloseTo(MODEL.probabilityAlive(freq[h], tx[h], age[h]), within(1e-12));
      assertThat(scores.lifetimeValue()[h]).isCloseTo(expected, within(1e-9));
    }
  }
}
