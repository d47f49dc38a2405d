package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** BG/CNBD-k and MBG/CNBD-k. */
class CnbdModelTest {

  private static final double[] P = {0.9, 3.5, 0.8, 2.6};
  private static final double[][] HISTORIES = {
    {0, 0, 30}, {1, 2, 30}, {2, 30.4, 38.9}, {7, 35, 38.9}, {7, 38.9, 38.9}, {40, 100, 120}
  };

  private static List<TransactionModel> atK(int k) {
    return List.of(
        BgCnbdModel.of(k, P[0], P[1], P[2], P[3]), MbgCnbdModel.of(k, P[0], P[1], P[2], P[3]));
  }

  static RegularityData cdnow() {
    TransactionColumns tx =
        TransactionCsvReader.of(TransactionCsvFormat.cdnowSample())
            .readColumns(
                new InputStreamReader(
                    Objects.requireNonNull(
                        CnbdModelTest.class.getResourceAsStream(
                            "/io/crmkit/lifecycle/data/CDNOW_sample.txt")),
                    StandardCharsets.UTF_8),
                "CDNOW_sample.txt")
            .value();
    return RegularityData.of(
        tx, SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30)));
  }

  @Test
  void k_1_is_bg_nbd_and_mbg_nbd_exactly() {
    BgCnbdModel bg = BgCnbdModel.of(1, P[0], P[1], P[2], P[3]);
    MbgCnbdModel mbg = MbgCnbdModel.of(1, P[0], P[1], P[2], P[3]);
    BgNbdModel bgNbd = BgNbdModel.of(P[0], P[1], P[2], P[3]);
    MbgNbdModel mbgNbd = MbgNbdModel.of(P[0], P[1], P[2], P[3]);
    for (TransactionModel[] pair : new TransactionModel[][] {{bg, bgNbd}, {mbg, mbgNbd}}) {
      TransactionModel m = pair[0];
      TransactionModel one = pair[1];
      for (double[] h : HISTORIES) {
        assertThat(m.logLikelihood(h[0], h[1], h[2]))
            .isEqualTo(one.logLikelihood(h[0], h[1], h[2]));
        assertThat(m.probabilityAlive(h[0], h[1], h[2]))
            .isEqualTo(one.probabilityAlive(h[0], h[1], h[2]));
        assertThat(m.expectedPurchases(13, h[0], h[1], h[2]))
            .isEqualTo(one.expectedPurchases(13, h[0], h[1], h[2]));
        assertThat(m.probabilityOfPurchases(2, 13, h[0], h[1], h[2]))
            .isEqualTo(one.probabilityOfPurchases(2, 13, h[0], h[1], h[2]));
        assertThat(m.probabilityAliveAt(13, h[0], h[1], h[2]))
            .isEqualTo(one.probabilityAliveAt(13, h[0], h[1], h[2]));
      }
      assertThat(m.expectedPurchasesNewCustomer(20))
          .isEqualTo(one.expectedPurchasesNewCustomer(20));
    }
    assertThat(bg.logLikelihood(3, 10, 20, 2.5)).isEqualTo(bgNbd.logLikelihood(3, 10, 20));
  }

  @Test
  void the_general_kernel_and_predictions_at_k_1_agree_with_the_bg_nbd_closed_forms() {
    BgNbdModel bgNbd = BgNbdModel.of(P[0], P[1], P[2], P[3]);
    MbgNbdModel mbgNbd = MbgNbdModel.of(P[0], P[1], P[2], P[3]);
    for (double[] h : HISTORIES) {
      double x = h[0];
      double age = h[2];
      assertThat(CnbdKernel.logKernel(1, false, P, x, h[1], age, null))
          .isCloseTo(bgNbd.logLikelihood(x, h[1], age), within(1e-11 * (1 + x)));
      assertThat(CnbdKernel.logKernel(1, true, P, x, h[1], age, null))
          .isCloseTo(mbgNbd.logLikelihood(x, h[1], age), within(1e-11 * (1 + x)));
      double[] m = new double[2];
      CnbdKernel.aliveMoments(1, 0, P[0] + x, P[1] + age, P[2], P[3] + x, 13, m);
      assertThat(m[0])
          .isCloseTo(bgNbd.expectedPurchasesIfAlive(13, x, age), within(1e-9 * (1 + m[0])));
      assertThat(m[1]).isCloseTo(bgNbd.probabilitySurvives(13, x, age), within(1e-9));
      for (int n = 0; n < 5; n++) {
        assertThat(CnbdKernel.aliveProbability(1, 0, P[0] + x, P[1] + age, P[2], P[3] + x, n, 13))
            .isCloseTo(
                PurchaseCounts.bgNbd(P[0] + x, P[1] + age, P[2], P[3] + x, n, 13), within(1e-12));
      }
    }
  }

  @Test
  void the_telescoped_sum_of_survival_moments_matches_the_plain_sum() {
    for (double[] ab :
        new double[][] {{0.8, 2.6}, {1.0, 3}, {1 + 1e-7, 3}, {3.5, 40}, {0.05, 0.3}}) {
      double rho = 1;
      double sum = 0;
      for (int n = 0; n < 500; n++) {
        sum += rho;
        rho *= (ab[1] + n) / (ab[0] + ab[1] + n);
      }
      assertThat(CnbdKernel.sumOfRho(ab[0], ab[1], 500))
          .as(Arrays.toString(ab))
          .isCloseTo(sum, within(1e-9 * sum));
    }
  }

  @Test
  void analytic_gradient_matches_finite_differences() {
    double[][] rows = {
      {0, 0, 30}, {1, 2, 30}, {5, 20.5, 38.9}, {5, 38.9, 38.9}, {40, 100, 120}, {2_000, 900, 1_000}
    };
    for (int k : new int[] {2, 3, 7}) {
      ModelChecks.gradientMatchesFiniteDifferences(
          BgNbdModel.NAMES,
          P,
          rows,
          (p, x, tx, age, g) -> CnbdKernel.logKernel(k, false, p, x, tx, age, g));
      ModelChecks.gradientMatchesFiniteDifferences(
          BgNbdModel.NAMES,
          P,
          rows,
          (p, x, tx, age, g) -> CnbdKernel.logKernel(k, true, p, x, tx, age, g));
    }
  }

  @Test
  void the_likelihood_matches_direct_numerical_integration() {
    int k = 2;
    for (double[] c : new double[][] {{0, 0, 4}, {2, 1.5, 4}, {3, 3.9, 5}}) {
      double x = c[0];
      double tx = c[1];
      double age = c[2];
      for (boolean mbg : new boolean[] {false, true}) {
        int m = mbg ? 1 : 0;
        // λ^{kx} e^{−λ t_x} [(1−p)^{x+m} Σ_{j<k} (λ(T−t_x))^j/j! e^{−λ(T−t_x)} + δ p (1−p)^{x+m−1}]
        double value =
            ModelChecks.integrateGammaAnd(
                P[0],
                P[1],
                ModelChecks.beta(P[2], P[3]),
                1,
                (lambda, p) -> {
                  double g = lambda * (age - tx);
                  double alive = Math.exp(-g) * (1 + g);
                  double dropped = (mbg || x > 0) ? p * Math.pow(1 - p, x + m - 1) : 0;
                  return Math.pow(lambda, k * x)
                      * Math.exp(-lambda * tx)
                      * (Math.pow(1 - p, x + m) * alive + dropped);
                });
        assertThat(CnbdKernel.logKernel(k, mbg, P, x, tx, age, null))
            .as("%s mbg=%s", Arrays.toString(c), mbg)
            .isCloseTo(Math.log(value), within(1e-6));
      }
    }
  }

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
  void probabilities_sum_to_one_with_the_expected_purchases_as_mean() {
    for (int k : new int[] {2, 3, 6}) {
      for (TransactionModel m : atK(k)) {
        for (double t : new double[] {0.5, 13, 52, 300}) {
          double[] mo = moments(n -> m.probabilityOfPurchasesNewCustomer(n, t));
          assertThat(mo[0]).as("%s new t=%s", m, t).isCloseTo(1, within(1e-9));
          double e = m.expectedPurchasesNewCustomer(t);
          assertThat(mo[1]).as("%s new t=%s", m, t).isCloseTo(e, within(1e-8 * Math.max(1, e)));
          for (double[] h : HISTORIES) {
            double[] c = moments(n -> m.probabilityOfPurchases(n, t, h[0], h[1], h[2]));
            assertThat(c[0]).as("%s t=%s %s", m, t, Arrays.toString(h)).isCloseTo(1, within(1e-9));
            double ce = m.expectedPurchases(t, h[0], h[1], h[2]);
            assertThat(c[1])
                .as("%s t=%s %s", m, t, Arrays.toString(h))
                .isCloseTo(ce, within(1e-8 * Math.max(1, ce)));
            assertThat(m.probabilityAliveAt(t, h[0], h[1], h[2]))
                .isLessThanOrEqualTo(m.probabilityAliveAt(t / 2, h[0], h[1], h[2]) + 1e-12);
          }
        }
      }
    }
  }

  @Test
  void new_customer_probabilities_agree_with_simulation() {
    double t = 30;
    double[] ages = new double[30_000];
    Arrays.fill(ages, t);
    for (TransactionModel m : atK(3)) {
      RegularityData d =
          m instanceof BgCnbdModel b ? b.draw(ages, 7) : ((MbgCnbdModel) m).draw(ages, 7);
      double mean = 0;
      for (int count = 0; count < 5; count++) {
        double p = m.probabilityOfPurchasesNewCustomer(count, t);
        int observed = 0;
        for (int i = 0; i < d.size(); i++) {
          observed += d.x(i) == count ? 1 : 0;
        }
        double se = Math.sqrt(p * (1 - p) / ages.length);
        assertThat((double) observed / ages.length)
            .as("%s P(%s)", m, count)
            .isCloseTo(p, within(4 * se));
      }
      for (int i = 0; i < d.size(); i++) {
        mean += d.x(i) / ages.length;
      }
      double sd = 0;
      for (int i = 0; i < d.size(); i++) {
        sd += Math.pow(d.x(i) - mean, 2) / ages.length;
      }
      assertThat(mean)
          .as("%s mean", m)
          .isCloseTo(m.expectedPurchasesNewCustomer(t), within(4 * Math.sqrt(sd / ages.length)));
    }
  }

  @Test
  void recovers_simulated_k_3_parameters_within_three_standard_errors() {
    SplittableRandom random = new SplittableRandom(3);
    double[] ages = new double[6_000];
    for (int i = 0; i < ages.length; i++) {
      ages[i] = 26 + random.nextDouble() * 26;
    }
    double[] truth = {2.0, 6.0, 0.7, 3.0};
    BgCnbdModel bg = BgCnbdModel.of(3, truth[0], truth[1], truth[2], truth[3]);
    FitResult<BgCnbdModel> fit = BgCnbdModel.fit(bg.draw(ages, 17), 6, 0);
    assertThat(fit.model().k()).as("%s", fit).isEqualTo(3);
    ModelChecks.recovers(fit, BgNbdModel.NAMES, truth);
    MbgCnbdModel mbg = MbgCnbdModel.of(3, truth[0], truth[1], truth[2], truth[3]);
    FitResult<MbgCnbdModel> mfit = MbgCnbdModel.fit(mbg.draw(ages, 19), 6, 0);
    assertThat(mfit.model().k()).as("%s", mfit).isEqualTo(3);
    ModelChecks.recovers(mfit, BgNbdModel.NAMES, truth);
  }

  @Test
  void json_round_trip() {
    for (TransactionModel m : atK(4)) {
      String json = ModelJson.toJson(m);
      assertThat(json).contains("\"k\" : 4.0");
      assertThat(ModelJson.read(json)).isEqualTo(m);
      assertThat(CrmJackson.read(CrmJackson.write(m), TransactionModel.class)).isEqualTo(m);
    }
    assertThat(CrmJackson.read(ModelJson.toJson(atK(2).get(1)), MbgCnbdModel.class))
        .isEqualTo(atK(2).get(1));
    double[] ages = new double[500];
    Arrays.fill(ages, 52);
    RegularityData d = BgCnbdModel.of(2, 1, 4, 1, 3).draw(ages, 3);
    FitResult<BgCnbdModel> fit = BgCnbdModel.fitWithK(d, 2, 0.01);
    assertThat(ModelJson.read(ModelJson.toJson(fit, "weeks"))).isEqualTo(fit.model());
    String bad = ModelJson.toJson(atK(4).get(0)).replace("4.0", "2.5");
    assertThatThrownBy(() -> ModelJson.read(bad))
        .hasMessageContaining("k must be a whole number from 1 to 50 but was: 2.5");
  }

  @Test
  void cdnow_profile_likelihood_chooses_k_1_as_btydplus_reports() {
    // BTYDplus demo("cdnow"): mbgcnbd.EstimateParameters(cbs) "k=1 -> no regularity detected for
    // CDNow"
    RegularityData d = cdnow();
    assertThat(d.size()).isEqualTo(2357);
    List<FitResult<MbgCnbdModel>> profile = MbgCnbdModel.fitEach(d, 6, 0);
    FitResult<MbgCnbdModel> best = CnbdFits.best(profile);
    assertThat(best.model().k()).as("%s", profile).isEqualTo(1);
    FitResult<MbgNbdModel> mbgNbd = MbgNbdModel.fit(d.weighted(), 0);
    assertThat(best.model().atK1()).isEqualTo(mbgNbd.model());
    assertThat(best.logLikelihood()).isEqualTo(mbgNbd.logLikelihood());
    // the profile falls from k = 1 on: CDNOW's purchases are not regular
    for (int k = 1; k < profile.size(); k++) {
      assertThat(profile.get(k).logLikelihood()).isLessThan(profile.get(k - 1).logLikelihood());
    }
    FitResult<BgCnbdModel> bg = BgCnbdModel.fit(d);
    assertThat(bg.model().k()).as("%s", bg).isEqualTo(1);
    assertThat(bg.model().atK1()).isEqualTo(BgNbdModel.fit(d.weighted(), 0).model());
  }

  @Test
  void per_customer_intervals_hold_k_fixed() {
    double[] ages = new double[3_000];
    Arrays.fill(ages, 52);
    RegularityData d = MbgCnbdModel.of(3, 2, 6, 0.7, 3).draw(ages, 23);
    FitResult<MbgCnbdModel> fit = MbgCnbdModel.fitWithK(d, 3, 0);
    io.crmkit.core.summary.CustomerSummaries s =
        io.crmkit.core.summary.CustomerSummaries.builder(TimeScale.WEEKS)
            .add("a", 0, 0, 52, 0)
            .add("b", 5, 40, 52, 20)
            .add("c", 12, 51, 52, 20)
            .build();
    CustomerIntervals alive = PredictionIntervals.of(fit).probabilityAlive(s, 0.9);
    CustomerIntervals purchases = PredictionIntervals.of(fit).expectedPurchases(26, s, 0.9);
    for (int i = 0; i < s.size(); i++) {
      double pa = fit.model().probabilityAlive(s.frequency(i), s.recency(i), s.age(i));
      assertThat(alive.estimate(i)).isCloseTo(pa, within(1e-12));
      assertThat(alive.lower(i)).isBetween(0.0, pa);
      assertThat(alive.upper(i)).isBetween(pa, 1.0);
      assertThat(purchases.lower(i)).isLessThanOrEqualTo(purchases.estimate(i));
      assertThat(purchases.upper(i)).isGreaterThan(purchases.lower(i));
    }
  }

  @Test
  void regularity_data_from_transactions() {
    TransactionColumns tx =
        TransactionColumns.builder()
            .add("a", day(1), 10)
            .add("a", day(1) + 3600, 5) // same day: one purchase
            .add("a", day(8), 10)
            .add("a", day(22), 10)
            .add("a", day(60), 10) // after the calibration
            .add("b", day(3), 10)
            .build();
    RegularityData d =
        RegularityData.of(
            tx, SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(2025, 1, 31)));
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.x(0)).isEqualTo(2);
    assertThat(d.tx(0)).isCloseTo(3, within(1e-12));
    assertThat(d.litt(0)).isCloseTo(Math.log(1) + Math.log(2), within(1e-12));
    assertThat(d.litt(1)).isZero();
    assertThat(d.toString()).contains("2 customers");
    assertThatThrownBy(
            () ->
                RegularityData.of(
                    new double[] {2}, new double[] {3}, new double[] {5}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("litt of row 0 must be at most x ln(t_x/x)");
  }

  private static long day(int d) {
    return LocalDate.of(2025, 1, d > 31 ? 31 : d).toEpochDay() * 86_400L
        + (d > 31 ? (d - 31) * 86_400L : 0);
  }
}
