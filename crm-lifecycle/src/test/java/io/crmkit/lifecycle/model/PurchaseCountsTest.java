package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** P(exactly n purchases) and P(alive at T + t) of the four transaction models. */
class PurchaseCountsTest {

  private static final BgNbdModel BG = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
  private static final MbgNbdModel MBG = MbgNbdModel.of(0.5, 6.0, 1.4, 3.1);
  private static final ParetoNbdModel PARETO = ParetoNbdModel.of(0.553, 10.58, 0.606, 11.67);
  private static final BgBbModel BB = BgBbModel.of(1.204, 0.750, 0.657, 2.783);

  private static final double[][] HISTORIES = {
    {0, 0, 30}, {1, 2, 30}, {2, 30.4, 38.9}, {7, 35, 38.9}, {40, 100, 120}
  };

  /** Σ_n P(n) and Σ_n n P(n) up to the n where the remaining mass is negligible. */
  private static double[] moments(java.util.function.IntToDoubleFunction pmf) {
    double sum = 0;
    double mean = 0;
    for (int n = 0; n < 5_000; n++) {
      double p = pmf.applyAsDouble(n);
      sum += p;
      mean += n * p;
      if (n > 10 && p < 1e-16 && 1 - sum < 1e-12) {
        break;
      }
    }
    return new double[] {sum, mean};
  }

  @Test
  void the_distributions_sum_to_one_and_their_means_are_the_expected_purchases() {
    for (TransactionModel m : List.<TransactionModel>of(BG, MBG, PARETO)) {
      for (double t : new double[] {0.5, 10, 39, 200}) {
        double[] mo = moments(n -> m.probabilityOfPurchasesNewCustomer(n, t));
        assertThat(mo[0]).as("%s new t=%s", m, t).isCloseTo(1, within(1e-9));
        double expected = m.expectedPurchasesNewCustomer(t);
        assertThat(mo[1])
            .as("%s new mean t=%s", m, t)
            .isCloseTo(expected, within(1e-8 * Math.max(1, expected)));
        for (double[] h : HISTORIES) {
          double[] c = moments(n -> m.probabilityOfPurchases(n, t, h[0], h[1], h[2]));
          assertThat(c[0]).as("%s t=%s %s", m, t, h).isCloseTo(1, within(1e-9));
          double e = m.expectedPurchases(t, h[0], h[1], h[2]);
          assertThat(c[1])
              .as("%s mean t=%s %s", m, t, java.util.Arrays.toString(h))
              .isCloseTo(e, within(1e-8 * Math.max(1, e)));
        }
      }
    }
  }

  @Test
  void the_bgbb_distribution_sums_to_one_over_the_opportunities_and_has_the_expected_mean() {
    for (int t : new int[] {1, 5, 20}) {
      double[] mo = moments(n -> BB.probabilityOfPurchasesNewCustomer(n, t));
      assertThat(mo[0]).isCloseTo(1, within(1e-12));
      assertThat(mo[1]).isCloseTo(BB.expectedPurchasesNewCustomer(t), within(1e-10));
      for (double[] h : new double[][] {{0, 0, 6}, {3, 4, 6}, {6, 6, 6}, {2, 2, 6}}) {
        double[] c = moments(n -> BB.probabilityOfPurchases(n, t, h[0], h[1], h[2]));
        assertThat(c[0]).isCloseTo(1, within(1e-12));
        assertThat(c[1]).isCloseTo(BB.expectedPurchases(t, h[0], h[1], h[2]), within(1e-10));
        assertThat(BB.probabilityOfPurchases(t + 1, t, h[0], h[1], h[2])).isZero();
      }
    }
    assertThatThrownBy(() -> BB.probabilityOfPurchases(1, 1.5, 1, 1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole");
  }

  @Test
  void bgnbd_new_customer_probabilities_keep_their_published_form() {
    // FHL 2005 eq. 8 with the tail as 1 − Σ_{j<n} of the negative binomial (the former code)
    double t = 39;
    for (int n = 0; n < 8; n++) {
      double lbab = SpecialFunctions.logBeta(BG.a(), BG.b());
      double partial = 0;
      for (int j = 0; j < n; j++) {
        partial += Math.exp(PurchaseCounts.logNegativeBinomial(BG.r(), BG.alpha(), j, t));
      }
      double direct =
          Math.exp(
                  SpecialFunctions.logBeta(BG.a(), BG.b() + n)
                      - lbab
                      + PurchaseCounts.logNegativeBinomial(BG.r(), BG.alpha(), n, t))
              + (n == 0
                  ? 0
                  : Math.exp(SpecialFunctions.logBeta(BG.a() + 1, BG.b() + n - 1) - lbab)
                      * (1 - partial));
      assertThat(BG.probabilityOfPurchases(n, t)).isCloseTo(direct, within(1e-12));
    }
  }

  @Test
  void survival_matches_the_closed_forms() {
    for (double[] h : HISTORIES) {
      double x = h[0];
      double age = h[2];
      for (double t : new double[] {1, 13, 52}) {
        double s = BG.alpha() + age;
        double closed =
            Math.pow(s / (s + t), BG.r() + x)
                * SpecialFunctions.hyp2f1(BG.r() + x, BG.b() + x, BG.a() + BG.b() + x, t / (s + t));
        assertThat(BG.probabilitySurvives(t, x, age)).isCloseTo(closed, within(1e-10));
        double sm = MBG.alpha() + age;
        double closedM =
            Math.pow(sm / (sm + t), MBG.r() + x)
                * SpecialFunctions.hyp2f1(
                    MBG.r() + x, MBG.b() + x + 1, MBG.a() + MBG.b() + x + 1, t / (sm + t));
        assertThat(MBG.probabilitySurvives(t, x, age)).isCloseTo(closedM, within(1e-10));
      }
      assertThat(BG.probabilityAliveAt(0, h[0], h[1], h[2]))
          .isEqualTo(BG.probabilityAlive(h[0], h[1], h[2]));
      assertThat(PARETO.probabilityAliveAt(0, h[0], h[1], h[2]))
          .isEqualTo(PARETO.probabilityAlive(h[0], h[1], h[2]));
    }
    // BG/BB: one opportunity ahead is the published P(alive) (FHS eq. 11)
    assertThat(BB.probabilityAliveAt(1, 3, 4, 6))
        .isCloseTo(BB.probabilityAlive(3, 4, 6), within(1e-14));
  }

  /** A simulated customer: the history at T and what happens in (T, T + t]. */
  private record Outcome(double x, double tx, double age, int future, boolean aliveLater) {}

  /**
   * BG/NBD (mbg = false) or MBG/NBD (true) customers observed for T, then for t more: events in
   * continuous time, independent of the model code under test.
   */
  private static Outcome[] simulateBetaGeometric(
      double r, double alpha, double a, double b, boolean mbg, double age, double t, int n) {
    Well19937c rng = new Well19937c(11);
    SplittableRandom random = new SplittableRandom(12);
    GammaDistribution lambdaDist = new GammaDistribution(rng, r, 1 / alpha);
    BetaDistribution pDist = new BetaDistribution(rng, a, b);
    Outcome[] out = new Outcome[n];
    for (int i = 0; i < n; i++) {
      double lambda = lambdaDist.sample();
      double p = pDist.sample();
      double death = Double.POSITIVE_INFINITY;
      double clock = 0;
      if (mbg && random.nextDouble() < p) {
        death = 0;
      }
      int x = 0;
      double tx = 0;
      int future = 0;
      while (death == Double.POSITIVE_INFINITY) {
        clock += -Math.log(1 - random.nextDouble()) / lambda;
        if (clock > age + t) {
          break;
        }
        if (clock <= age) {
          x++;
          tx = clock;
        } else {
          future++;
        }
        if (random.nextDouble() < p) {
          death = clock;
        }
      }
      out[i] = new Outcome(x, tx, age, future, death > age + t);
    }
    return out;
  }

  private static Outcome[] simulatePareto(ParetoNbdModel m, double age, double t, int n) {
    Well19937c rng = new Well19937c(21);
    SplittableRandom random = new SplittableRandom(22);
    GammaDistribution lambdaDist = new GammaDistribution(rng, m.r(), 1 / m.alpha());
    GammaDistribution muDist = new GammaDistribution(rng, m.s(), 1 / m.beta());
    Outcome[] out = new Outcome[n];
    for (int i = 0; i < n; i++) {
      double lambda = lambdaDist.sample();
      double death = -Math.log(1 - random.nextDouble()) / muDist.sample();
      double clock = 0;
      int x = 0;
      double tx = 0;
      int future = 0;
      while (true) {
        clock += -Math.log(1 - random.nextDouble()) / lambda;
        if (clock > Math.min(death, age + t)) {
          break;
        }
        if (clock <= age) {
          x++;
          tx = clock;
        } else {
          future++;
        }
      }
      out[i] = new Outcome(x, tx, age, future, death > age + t);
    }
    return out;
  }

  private static Outcome[] simulateBgBb(BgBbModel m, int age, int t, int n) {
    Well19937c rng = new Well19937c(31);
    SplittableRandom random = new SplittableRandom(32);
    BetaDistribution pDist = new BetaDistribution(rng, m.alpha(), m.beta());
    BetaDistribution thetaDist = new BetaDistribution(rng, m.gamma(), m.delta());
    Outcome[] out = new Outcome[n];
    for (int i = 0; i < n; i++) {
      double p = pDist.sample();
      double theta = thetaDist.sample();
      int x = 0;
      int tx = 0;
      int future = 0;
      boolean alive = true;
      for (int k = 1; k <= age + t && alive; k++) {
        if (random.nextDouble() < theta) {
          alive = false;
        } else if (random.nextDouble() < p) {
          if (k <= age) {
            x++;
            tx = k;
          } else {
            future++;
          }
        }
      }
      out[i] = new Outcome(x, tx, age, future, alive);
    }
    return out;
  }

  /**
   * Over a simulated population the mean of P(n | history) is the share of customers with n
   * purchases after T, and the mean of P(alive at T + t | history) the share still alive: within 4
   * binomial standard errors (fixed seeds).
   */
  private static void agreesWithSimulation(TransactionModel m, Outcome[] sim, double t) {
    int n = sim.length;
    for (int count = 0; count < 4; count++) {
      double predicted = 0;
      int observed = 0;
      for (Outcome o : sim) {
        predicted += m.probabilityOfPurchases(count, t, o.x(), o.tx(), o.age());
        observed += o.future() == count ? 1 : 0;
      }
      double share = predicted / n;
      double se = Math.sqrt(share * (1 - share) / n);
      assertThat((double) observed / n)
          .as("%s P(%s purchases)", m, count)
          .isCloseTo(share, within(4 * se + 1e-9));
    }
    double predictedAlive = 0;
    int alive = 0;
    for (Outcome o : sim) {
      predictedAlive += m.probabilityAliveAt(t, o.x(), o.tx(), o.age());
      alive += o.aliveLater() ? 1 : 0;
    }
    double share = predictedAlive / n;
    double se = Math.sqrt(share * (1 - share) / n);
    assertThat((double) alive / n).as("%s alive at T+t", m).isCloseTo(share, within(4 * se));
  }

  @Test
  void conditional_probabilities_agree_with_simulation() {
    double age = 30;
    double t = 20;
    agreesWithSimulation(
        BG, simulateBetaGeometric(BG.r(), BG.alpha(), BG.a(), BG.b(), false, age, t, 20_000), t);
    agreesWithSimulation(
        MBG,
        simulateBetaGeometric(MBG.r(), MBG.alpha(), MBG.a(), MBG.b(), true, age, t, 20_000),
        t);
    agreesWithSimulation(PARETO, simulatePareto(PARETO, age, t, 20_000), t);
    agreesWithSimulation(BB, simulateBgBb(BB, 6, 5, 20_000), 5);
  }

  @Test
  void new_customer_probabilities_agree_with_simulation() {
    double t = 25;
    for (TransactionModel m : List.<TransactionModel>of(BG, MBG, PARETO)) {
      double[] ages = new double[40_000];
      java.util.Arrays.fill(ages, t);
      WeightedData d = m.simulate(ages, 5);
      for (int count = 0; count < 4; count++) {
        double p = m.probabilityOfPurchasesNewCustomer(count, t);
        double observed = 0;
        for (int i = 0; i < d.rows(); i++) {
          observed += d.x(i) == count ? d.weight(i) : 0;
        }
        double se = Math.sqrt(p * (1 - p) / ages.length);
        assertThat(observed / ages.length).as("%s %s", m, count).isCloseTo(p, within(4 * se));
      }
    }
  }

  @Test
  void counts_and_horizons_are_validated() {
    assertThatThrownBy(() -> BG.probabilityOfPurchases(-1, 1, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n must not be negative but was: -1");
    assertThatThrownBy(() -> PARETO.probabilityAliveAt(-1, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("t must be finite");
    assertThat(PARETO.probabilityOfPurchasesNewCustomer(0, 0)).isEqualTo(1);
    assertThat(MBG.probabilityOfPurchases(2, 0, 1, 1, 2)).isZero();
  }
}
