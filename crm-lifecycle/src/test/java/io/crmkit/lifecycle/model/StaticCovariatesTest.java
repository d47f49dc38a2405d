package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StaticCovariatesTest {

  private static Covariates none(int n) {
    return Covariates.none(n);
  }

  private static Covariates constant(int n, double value) {
    double[] c = new double[n];
    Arrays.fill(c, value);
    return Covariates.of(Map.of("one", c));
  }

  // --- the no-covariate special case -------------------------------------------------------

  /**
   * Without covariate columns the fit is today's Pareto/NBD fit exactly, which reproduces Fader
   * &amp; Hardie (2005), "A note on implementing the Pareto/NBD model in MATLAB", on CDNOW: r =
   * 0.5533, α = 10.5776, s = 0.6061, β = 11.6650, LL = −9594.97.
   */
  @Test
  void zero_covariates_give_todays_pareto_nbd_fit_exactly() {
    CustomerSummaries s = TestData.cdnow();
    FitResult<ParetoNbdModel> today = ParetoNbdModel.fit(s);
    CovariateFit<ParetoNbdModel> fit =
        StaticCovariates.paretoNbd(s, none(s.size()), none(s.size()), 0);
    assertThat(fit.parameters()).isEqualTo(today.parameters());
    assertThat(fit.standardErrors()).isEqualTo(today.standardErrors());
    assertThat(fit.logLikelihood()).isEqualTo(today.logLikelihood());
    assertThat(fit.coefficients()).isEmpty();
    assertThat(fit.baseModel()).isEqualTo(today.model());
    assertThat(fit.model(17)).isEqualTo(today.model());
    assertThat(fit.parameters().get("r")).isCloseTo(0.5533, within(0.0005));
    assertThat(fit.parameters().get("beta")).isCloseTo(11.6650, within(0.01));
    assertThat(fit.logLikelihood()).isCloseTo(-9594.97, within(0.01));
  }

  /** BG/NBD on CDNOW: Fader, Hardie &amp; Lee (2005) r = 0.243, α = 4.414, a = 0.793, b = 2.426. */
  @Test
  void zero_covariates_give_todays_bg_nbd_fit_exactly() {
    CustomerSummaries s = TestData.cdnow();
    FitResult<BgNbdModel> today = BgNbdModel.fit(s);
    CovariateFit<BgNbdModel> fit = StaticCovariates.bgNbd(s, none(s.size()), none(s.size()), 0);
    assertThat(fit.parameters()).isEqualTo(today.parameters());
    assertThat(fit.standardErrors()).isEqualTo(today.standardErrors());
    assertThat(fit.logLikelihood()).isEqualTo(today.logLikelihood());
    assertThat(fit.parameters().get("a")).isCloseTo(0.793, within(0.0005));
  }

  @Test
  void zero_covariates_give_todays_gamma_gamma_and_bg_bb_fits_exactly() {
    CustomerSummaries s = TestData.cdnowWithSpend();
    FitResult<GammaGammaModel> today = GammaGammaModel.fit(s);
    CovariateFit<GammaGammaModel> fit = StaticCovariates.gammaGamma(s, none(s.size()), 0);
    assertThat(fit.parameters()).isEqualTo(today.parameters());
    assertThat(fit.logLikelihood()).isEqualTo(today.logLikelihood());
    WeightedData donations = BgBbModelTest.donations();
    FitResult<BgBbModel> bb = BgBbModel.fit(donations, 0);
    CovariateFit<BgBbModel> bbFit =
        StaticCovariates.bgBb(donations, none(donations.rows()), none(donations.rows()), 0);
    assertThat(bbFit.parameters()).isEqualTo(bb.parameters());
    assertThat(bbFit.logLikelihood()).isEqualTo(bb.logLikelihood());
  }

  // --- the covariate-as-constant identity (the closest checkable published figure) -----------

  /**
   * The published covariate examples (CLVTools' apparelTrans with apparelStaticCov, Gender and
   * Channel) come with data that crmkit cannot ship (GPL-3 R package data, not in this repository),
   * and Fader &amp; Hardie (2007), "Incorporating time-invariant covariates into the Pareto/NBD and
   * BG/NBD models", derives the likelihood without a worked data example. The closest checkable
   * published figure: CDNOW's Pareto/NBD fit (LL −9594.97, Fader &amp; Hardie 2005) with a constant
   * covariate column, which the base parameter must absorb — the same maximum, α0 e^(−γ c) = α.
   */
  @Test
  void a_constant_covariate_is_absorbed_and_gives_the_published_cdnow_likelihood() {
    CustomerSummaries s = TestData.cdnow();
    FitResult<ParetoNbdModel> today = ParetoNbdModel.fit(s);
    // penalised: γ = 0 is the unique optimum of the ridge, the base parameters are today's
    CovariateFit<ParetoNbdModel> fit =
        StaticCovariates.paretoNbd(s, constant(s.size(), 1.0), none(s.size()), 0.01);
    assertThat(fit.converged()).isTrue();
    assertThat(fit.logLikelihood()).isCloseTo(-9594.97, within(0.01));
    assertThat(fit.logLikelihood()).isCloseTo(today.logLikelihood(), within(1e-6));
    assertThat(fit.coefficient("trans.one")).isCloseTo(0, within(1e-6));
    for (String p : ParetoNbdModel.NAMES) {
      assertThat(fit.parameters().get(p))
          .as(p)
          .isCloseTo(today.parameter(p), within(1e-5 * today.parameter(p)));
    }
    // unpenalised, a constant 2 on the dropout side: the same maximum, the product β0 e^(−2γ)
    // identified but not its factors, which the fit reports
    CovariateFit<ParetoNbdModel> free =
        StaticCovariates.paretoNbd(s, none(s.size()), constant(s.size(), 2.0), 0);
    assertThat(free.logLikelihood()).isCloseTo(today.logLikelihood(), within(1e-6));
    double beta = free.parameters().get("beta") * Math.exp(-2 * free.coefficient("life.one"));
    assertThat(beta).isCloseTo(today.parameter("beta"), within(1e-4 * beta));
    assertThat(free.modelEvenIfUnconverged(5).beta())
        .isCloseTo(today.parameter("beta"), within(1e-4 * beta));
    assertThat(free.problem()).hasValueSatisfying(p -> assertThat(p).contains("do not identify"));
    assertThatThrownBy(() -> free.model(5)).isInstanceOf(ModelFitException.class);
  }

  /**
   * Beside a real covariate, a constant column changes nothing: with a penalty on the coefficients
   * its coefficient is 0 and the fit is the fit without it (the same LL and coefficients), from a
   * start (γ = 0) that is not the optimum.
   */
  @Test
  void a_constant_column_beside_a_real_covariate_leaves_the_fit_unchanged() {
    CustomerSummaries s = TestData.cdnow();
    int n = s.size();
    double[] odd = new double[n];
    double[] one = new double[n];
    for (int i = 0; i < n; i++) {
      odd[i] = i % 3 == 0 ? 1 : 0;
      one[i] = 1;
    }
    Covariates split = Covariates.of(Map.of("split", odd));
    Covariates withConstant = split.with("one", one);
    CovariateFit<ParetoNbdModel> without = StaticCovariates.paretoNbd(s, split, split, 1);
    CovariateFit<ParetoNbdModel> with = StaticCovariates.paretoNbd(s, withConstant, split, 1);
    assertThat(without.iterations()).isGreaterThan(0);
    assertThat(with.converged()).as("%s", with).isTrue();
    assertThat(with.logLikelihood()).isCloseTo(without.logLikelihood(), within(1e-6));
    // along the ridge only the penalty curves the objective: the optimiser's tolerance (1e-9 on
    // the per-customer gradient) leaves γ_one within n·1e-9/(2λ) ≈ 1e-6 of 0
    assertThat(with.coefficient("trans.one")).isCloseTo(0, within(1e-5));
    assertThat(with.coefficient("trans.split"))
        .isCloseTo(without.coefficient("trans.split"), within(1e-6));
    assertThat(with.coefficient("life.split"))
        .isCloseTo(without.coefficient("life.split"), within(1e-6));
    assertThat(with.parameters().get("alpha"))
        .isCloseTo(
            without.parameters().get("alpha"), within(1e-5 * without.parameters().get("alpha")));
  }

  // --- gradients -----------------------------------------------------------------------------

  @Test
  void the_analytic_gradient_in_base_logs_and_coefficients_matches_finite_differences() {
    SplittableRandom random = new SplittableRandom(7);
    int n = 160;
    double[][] btyd = new double[3][n];
    double[][] bgbb = new double[3][n];
    double[][] spend = new double[2][n];
    double[] w = new double[n];
    double[] z1 = new double[n];
    double[] z2 = new double[n];
    for (int i = 0; i < n; i++) {
      btyd[2][i] = 20 + random.nextInt(30);
      btyd[0][i] = random.nextInt(6);
      btyd[1][i] = btyd[0][i] == 0 ? 0 : btyd[2][i] * random.nextDouble();
      bgbb[2][i] = 6;
      bgbb[1][i] = random.nextInt(7);
      bgbb[0][i] = bgbb[1][i] == 0 ? 0 : 1 + random.nextInt((int) bgbb[1][i]);
      spend[0][i] = 1 + random.nextInt(5);
      spend[1][i] = 5 + 30 * random.nextDouble();
      w[i] = 1 + random.nextInt(3);
      // the first 100 rows share covariates (a group the model's kernel computes), the rest are
      // each their own group (computed row by row)
      z1[i] = i < 100 ? 1 : random.nextDouble();
      z2[i] = i < 100 ? 0 : CovariateSimulation.gaussian(random);
    }
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("z1", z1);
    cols.put("z2", z2);
    Covariates z = Covariates.of(cols);
    Covariates one = Covariates.of(Map.of("z2", z2));
    check(
        new CovariateLikelihood(StaticCovariates.PARETO_NBD, btyd, w, new Covariates[] {z, one}),
        new double[] {Math.log(0.7), Math.log(6), Math.log(0.9), Math.log(9), 0.3, -0.2, 0.4});
    check(
        new CovariateLikelihood(StaticCovariates.PARETO_NBD, btyd, w, new Covariates[] {z, one}),
        new double[] {Math.log(0.7), Math.log(30), Math.log(0.9), Math.log(2), 0.3, -0.2, 0.4});
    check(
        new CovariateLikelihood(StaticCovariates.BG_NBD, btyd, w, new Covariates[] {z, one}),
        new double[] {Math.log(0.3), Math.log(4), Math.log(0.8), Math.log(2.4), 0.3, -0.2, 0.4});
    check(
        new CovariateLikelihood(StaticCovariates.BG_BB, bgbb, w, new Covariates[] {one, z}),
        new double[] {
          Math.log(1.2), Math.log(0.75), Math.log(0.65), Math.log(2.8), 0.3, -0.2, 0.4
        });
    check(
        new CovariateLikelihood(StaticCovariates.GAMMA_GAMMA, spend, w, new Covariates[] {z}),
        new double[] {Math.log(6), Math.log(3.7), Math.log(15), 0.3, -0.2});
  }

  private static void check(CovariateLikelihood ll, double[] v) {
    assertThat(ll.groups()).isGreaterThan(50); // both kinds of group
    int k = v.length;
    double[] g = new double[k];
    double[][] hess = new double[k][k];
    ll.evaluate(v, g, hess, true);
    String[] names = ll.names();
    for (int j = 0; j < k; j++) {
      double h = 1e-5;
      double[] up = v.clone();
      double[] down = v.clone();
      up[j] += h;
      down[j] -= h;
      double fd =
          (ll.evaluate(up, null, null, false) - ll.evaluate(down, null, null, false)) / (2 * h);
      assertThat(g[j])
          .as("d/d %s", names[j])
          .isCloseTo(fd, within(1e-5 * Math.max(1, Math.abs(fd))));
      // the Hessian's column j against central differences of the analytic gradient
      double[] gu = new double[k];
      double[] gd = new double[k];
      ll.evaluate(up, gu, null, false);
      ll.evaluate(down, gd, null, false);
      for (int i = 0; i < k; i++) {
        double hd = (gu[i] - gd[i]) / (2 * h);
        assertThat(hess[i][j])
            .as("d2/d %s d %s", names[i], names[j])
            .isCloseTo(hd, within(1e-4 * Math.max(1, Math.abs(hd))));
      }
    }
  }

  // --- recovery from simulation ----------------------------------------------------------------

  @Test
  void pareto_nbd_recovers_simulated_coefficients_within_three_standard_errors() {
    double[] base = {0.8, 8, 0.7, 10};
    double[] trans = {0.5, -0.3};
    double[] life = {-0.4, 0.25};
    CovariateSimulation.Population pop =
        CovariateSimulation.paretoNbd(20_000, base, trans, life, 2007);
    CovariateFit<ParetoNbdModel> fit =
        StaticCovariates.paretoNbd(pop.data(), pop.covariates(), pop.covariates(), 0);
    recovers(fit, ParetoNbdModel.NAMES, base, new String[] {"female", "score"}, trans, life);
  }

  @Test
  void bg_nbd_recovers_simulated_coefficients_within_three_standard_errors() {
    double[] base = {0.5, 5, 0.8, 2.5};
    double[] trans = {0.4, -0.25};
    double[] life = {-0.3, 0.2};
    CovariateSimulation.Population pop = CovariateSimulation.bgNbd(20_000, base, trans, life, 2005);
    CovariateFit<BgNbdModel> fit =
        StaticCovariates.bgNbd(pop.data(), pop.covariates(), pop.covariates(), 0);
    recovers(fit, BgNbdModel.NAMES, base, new String[] {"female", "score"}, trans, life);
  }

  @Test
  void gamma_gamma_recovers_simulated_coefficients_within_three_standard_errors() {
    double[] base = {6, 4, 15};
    double[] spend = {0.3, -0.2};
    Covariates z = CovariateSimulation.covariates(20_000, 11);
    SpendData d = CovariateSimulation.gammaGamma(20_000, base, spend, z, 12);
    CovariateFit<GammaGammaModel> fit = StaticCovariates.gammaGamma(d, z, 0);
    assertThat(fit.converged()).as("%s", fit).isTrue();
    for (int j = 0; j < 3; j++) {
      String p = GammaGammaModel.NAMES[j];
      assertThat(Math.abs(fit.parameters().get(p) - base[j]))
          .as("%s: %s", p, fit)
          .isLessThan(3 * fit.standardError(p));
    }
    assertThat(Math.abs(fit.coefficient("spend.female") - spend[0]))
        .as("%s", fit)
        .isLessThan(3 * fit.standardError("spend.female"));
    assertThat(Math.abs(fit.coefficient("spend.score") - spend[1]))
        .as("%s", fit)
        .isLessThan(3 * fit.standardError("spend.score"));
  }

  @Test
  void bg_bb_recovers_simulated_coefficients_within_three_standard_errors() {
    // 20,000 donors with 6–12 opportunities, a 0/1 covariate and a 3-level one (few groups: the
    // BG/BB kernel computes each): p ~ Beta(α0 e^(γ_t'z), β), θ ~ Beta(γ0 e^(γ_l'z), δ)
    int n = 20_000;
    double[] base = {1.2, 0.75, 0.65, 2.8};
    double[] trans = {0.3, -0.2};
    double[] life = {-0.35, 0.2};
    SplittableRandom random = new SplittableRandom(2010);
    org.apache.commons.math3.random.Well19937c rng =
        new org.apache.commons.math3.random.Well19937c(2010);
    double[] female = new double[n];
    double[] segment = new double[n];
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] periods = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      female[i] = random.nextBoolean() ? 1 : 0;
      segment[i] = random.nextInt(3);
      double dt = trans[0] * female[i] + trans[1] * segment[i];
      double dl = life[0] * female[i] + life[1] * segment[i];
      double p =
          new org.apache.commons.math3.distribution.BetaDistribution(
                  rng, base[0] * Math.exp(dt), base[1])
              .sample();
      double theta =
          new org.apache.commons.math3.distribution.BetaDistribution(
                  rng, base[2] * Math.exp(dl), base[3])
              .sample();
      periods[i] = 6 + random.nextInt(7);
      for (int t = 1; t <= periods[i]; t++) {
        if (random.nextDouble() < theta) {
          break;
        }
        if (random.nextDouble() < p) {
          x[i]++;
          tx[i] = t;
        }
      }
      w[i] = 1;
    }
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("female", female);
    cols.put("segment", segment);
    Covariates z = Covariates.of(cols);
    CovariateFit<BgBbModel> fit =
        StaticCovariates.bgBb(WeightedData.of(x, tx, periods, w), z, z, 0);
    recovers(fit, BgBbModel.NAMES, base, new String[] {"female", "segment"}, trans, life);
  }

  private static void recovers(
      CovariateFit<?> fit,
      String[] names,
      double[] base,
      String[] covariates,
      double[] trans,
      double[] life) {
    assertThat(fit.converged()).as("%s", fit).isTrue();
    assertThat(fit.usable()).as("%s", fit).isTrue();
    for (int j = 0; j < names.length; j++) {
      assertThat(Math.abs(fit.parameters().get(names[j]) - base[j]))
          .as("%s: %s", names[j], fit)
          .isLessThan(3 * fit.standardError(names[j]));
    }
    for (int c = 0; c < covariates.length; c++) {
      String t = "trans." + covariates[c];
      String l = "life." + covariates[c];
      assertThat(Math.abs(fit.coefficient(t) - trans[c]))
          .as("%s: %s", t, fit)
          .isLessThan(3 * fit.standardError(t));
      assertThat(Math.abs(fit.coefficient(l) - life[c]))
          .as("%s: %s", l, fit)
          .isLessThan(3 * fit.standardError(l));
      // the standard errors are those of 20,000 customers: informative, not huge
      assertThat(fit.standardError(t)).isLessThan(0.1);
      assertThat(fit.standardError(l)).isLessThan(0.2);
    }
  }

  // --- per-customer predictions ----------------------------------------------------------------

  @Test
  void each_customer_is_scored_with_its_own_parameters() {
    CustomerSummaries s = TestData.cdnowWithSpend();
    int n = s.size();
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = i % 2; // an arbitrary binary split of CDNOW
    }
    Covariates c = Covariates.of(Map.of("odd", z));
    CovariateFit<ParetoNbdModel> fit = StaticCovariates.paretoNbd(s, c, c, 0.1);
    CovariateFit<GammaGammaModel> spend = StaticCovariates.gammaGamma(s, c, 0.1);
    ParetoNbdModel even = fit.model(0);
    ParetoNbdModel odd = fit.model(1);
    double gt = fit.coefficient("trans.odd");
    double gl = fit.coefficient("life.odd");
    assertThat(even).isEqualTo(fit.baseModel());
    assertThat(odd.r()).isEqualTo(even.r());
    assertThat(odd.alpha()).isCloseTo(even.alpha() * Math.exp(-gt), within(1e-12 * odd.alpha()));
    assertThat(odd.beta()).isCloseTo(even.beta() * Math.exp(-gl), within(1e-12 * odd.beta()));
    assertThat(spend.model(1).v())
        .isCloseTo(spend.model(0).v() * Math.exp(spend.coefficient("spend.odd")), within(1e-9));
    double[] alive = StaticCovariates.probabilityAlive(fit, s);
    double[] purchases = StaticCovariates.expectedPurchases(fit, 39, s);
    double[] clv =
        StaticCovariates.customerLifetimeValues(fit, spend, s, 12, 365.25 / 12 / 7, 0.01);
    for (int i : new int[] {0, 1, 2, 3, 100, 1001}) {
      ParetoNbdModel m = fit.model(i);
      assertThat(alive[i]).isEqualTo(m.probabilityAlive(s.frequency(i), s.recency(i), s.age(i)));
      assertThat(purchases[i])
          .isEqualTo(m.expectedPurchases(39, s.frequency(i), s.recency(i), s.age(i)));
      assertThat(clv[i])
          .isEqualTo(
              CustomerLifetimeValue.monthsOfWeeklyModel(m, spend.model(i), 12, 0.01)
                  .value(s.frequency(i), s.recency(i), s.age(i), s.monetaryValue(i)));
    }
  }

  // --- validation ------------------------------------------------------------------------------

  @Test
  void covariates_are_validated_with_messages_naming_the_column_the_value_and_the_expectation() {
    assertThatThrownBy(() -> Covariates.of(Map.of("age", new double[] {1, Double.NaN})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'age'")
        .hasMessageContaining("row 1")
        .hasMessageContaining("must be finite but was: NaN");
    assertThatThrownBy(() -> Covariates.none(2).with("a", new double[] {1}))
        .hasMessageContaining("one value per customer (2) but had 1");
    assertThatThrownBy(
            () -> Covariates.none(1).with("a", new double[] {1}).with("a", new double[] {2}))
        .hasMessageContaining("'a' is taken");
    assertThatThrownBy(() -> Covariates.none(1).with(" ", new double[] {1}))
        .hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> Covariates.of(Map.of())).hasMessageContaining("at least one");
    CustomerSummaries s = TestData.cdnow();
    assertThatThrownBy(() -> StaticCovariates.paretoNbd(s, none(3), none(s.size()), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transaction covariates must have one row per data row (2357)");
    assertThatThrownBy(() -> StaticCovariates.paretoNbd(s, none(s.size()), none(s.size()), -1))
        .hasMessageContaining("penalizer must be finite and not negative but was: -1.0");
    Covariates c = Covariates.none(2).with("a", new double[] {3, 4});
    assertThat(c.column("a")).containsExactly(3, 4);
    assertThat(c.value(1, 0)).isEqualTo(4);
    assertThat(c).hasToString("Covariates[2 customers, [a]]");
  }

  @Test
  void the_fit_reads_as_coefficients_with_standard_errors() {
    CovariateSimulation.Population pop =
        CovariateSimulation.bgNbd(
            3_000, new double[] {0.5, 5, 0.8, 2.5}, new double[] {0.4, 0}, new double[] {0, 0}, 3);
    CovariateFit<BgNbdModel> fit =
        StaticCovariates.bgNbd(pop.data(), pop.covariates(), Covariates.none(3_000), 0);
    assertThat(fit.toString())
        .startsWith("bgnbd covariate fit: r=")
        .contains("trans.female=")
        .contains("(se ")
        .contains("converged after");
    assertThat(fit.coefficients().keySet()).containsExactly("trans.female", "trans.score");
    assertThat(fit.covariance()).hasDimensions(6, 6);
    assertThat(fit.aic()).isEqualTo(12 - 2 * fit.logLikelihood());
  }
}
