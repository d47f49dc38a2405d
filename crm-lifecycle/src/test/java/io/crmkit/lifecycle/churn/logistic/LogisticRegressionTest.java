package io.crmkit.lifecycle.churn.logistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.json.CrmJsonException;
import io.crmkit.lifecycle.churn.Reason;
import io.crmkit.lifecycle.model.ModelFitException;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  /** 200 rows, 3 columns on different scales, labels drawn from a known logistic model (seed 7). */
  static DesignMatrix sample(boolean[] labels) {
    SplittableRandom r = new SplittableRandom(7);
    int n = labels.length;
    double[] a = new double[n];
    double[] b = new double[n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = 100 * r.nextDouble();
      b[i] = r.nextInt(8);
      c[i] = 1000 + 50 * r.nextGaussian();
      double eta = -1 + 0.03 * a[i] - 0.4 * b[i] + 0.01 * (c[i] - 1000);
      labels[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta));
    }
    return DesignMatrix.of(
        List.of(
            FeatureColumn.of("days", "no purchase for {} days"),
            FeatureColumn.named("orders"),
            FeatureColumn.named("spend")),
        a,
        b,
        c);
  }

  /**
   * Independent reference: Newton's method in exact steps on the design [1, X] with commons-math
   * matrices, minimising −ln L + λ/2 Σ_{j≥1} βⱼ² (no step control needed: the data are well posed).
   */
  static double[] referenceNewton(double[][] x, boolean[] y, double lambda) {
    int n = x.length;
    int q = x[0].length + 1;
    RealVector beta = new ArrayRealVector(q);
    for (int it = 0; it < 50; it++) {
      RealVector g = new ArrayRealVector(q);
      RealMatrix h = new Array2DRowRealMatrix(q, q);
      for (int i = 0; i < n; i++) {
        double[] row = new double[q];
        row[0] = 1;
        System.arraycopy(x[i], 0, row, 1, q - 1);
        RealVector xi = new ArrayRealVector(row);
        double p = 1 / (1 + Math.exp(-xi.dotProduct(beta)));
        g = g.add(xi.mapMultiply(p - (y[i] ? 1 : 0)));
        h = h.add(xi.outerProduct(xi).scalarMultiply(p * (1 - p)));
      }
      for (int j = 1; j < q; j++) {
        g.addToEntry(j, lambda * beta.getEntry(j));
        h.addToEntry(j, j, lambda);
      }
      beta = beta.subtract(new LUDecomposition(h).getSolver().solve(g));
    }
    return beta.toArray();
  }

  static double[][] rows(DesignMatrix m, boolean standardise) {
    double[][] out = new double[m.rows()][m.columnCount()];
    for (int j = 0; j < m.columnCount(); j++) {
      double[] col = m.column(j);
      double mean = 0;
      for (double v : col) {
        mean += v / col.length;
      }
      double var = 0;
      for (double v : col) {
        var += (v - mean) * (v - mean) / col.length;
      }
      for (int i = 0; i < col.length; i++) {
        out[i][j] = standardise ? (col[i] - mean) / Math.sqrt(var) : col[i];
      }
    }
    return out;
  }

  @Test
  void maximum_likelihood_matches_an_independent_newton_solution_to_1e_6() {
    boolean[] y = new boolean[200];
    DesignMatrix x = sample(y);
    LogisticFit fit = LogisticRegression.maximumLikelihood(MissingValues.REJECT).fit(x, y);
    double[] ref = referenceNewton(rows(x, false), y, 0);
    assertThat(fit.model().rawIntercept()).isCloseTo(ref[0], within(1e-6));
    double[] raw = fit.model().rawCoefficients();
    for (int j = 0; j < 3; j++) {
      assertThat(raw[j]).as("coefficient %d", j).isCloseTo(ref[j + 1], within(1e-6));
    }
  }

  @Test
  void penalised_fit_matches_an_independent_newton_solution_on_standardised_columns_to_1e_6() {
    boolean[] y = new boolean[200];
    DesignMatrix x = sample(y);
    LogisticFit fit = LogisticRegression.withL2(5, MissingValues.REJECT).fit(x, y);
    double[] ref = referenceNewton(rows(x, true), y, 5);
    assertThat(fit.model().intercept()).isCloseTo(ref[0], within(1e-6));
    for (int j = 0; j < 3; j++) {
      assertThat(fit.model().coefficients()[j]).isCloseTo(ref[j + 1], within(1e-6));
    }
    // the penalty shrinks: the penalised coefficients are smaller in norm than the ML ones
    double[] ml =
        LogisticRegression.maximumLikelihood(MissingValues.REJECT).fit(x, y).model().coefficients();
    assertThat(norm(fit.model().coefficients())).isLessThan(norm(ml));
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d * d;
    }
    return Math.sqrt(s);
  }

  @Test
  void reproduces_the_published_challenger_o_ring_fit() {
    // Dalal, Fowlkes & Hoadley (1989): logit P(damage) = 15.0429 - 0.2322 temperature (°F), 23
    // flights
    double[] temp = {
      66, 70, 69, 68, 67, 72, 73, 70, 57, 63, 70, 78, 67, 53, 67, 75, 70, 81, 76, 79, 75, 76, 58
    };
    int[] damage = {0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1};
    boolean[] y = new boolean[damage.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = damage[i] == 1;
    }
    LogisticFit fit =
        LogisticRegression.maximumLikelihood(MissingValues.REJECT)
            .fit(DesignMatrix.of(List.of(FeatureColumn.named("temperature")), temp), y);
    assertThat(fit.model().rawIntercept()).isCloseTo(15.0429, within(5e-5));
    assertThat(fit.model().rawCoefficients()[0]).isCloseTo(-0.2322, within(5e-5));
    assertThat(-2 * fit.logLikelihood()).isCloseTo(20.315, within(5e-4)); // residual deviance
  }

  @Test
  void feature_values_near_the_top_of_the_double_range_are_standardised_without_overflow() {
    // issue 12: values of 1e300 failed with "sd of f0 must be finite" from deep inside the model
    double[] temp = {
      66, 70, 69, 68, 67, 72, 73, 70, 57, 63, 70, 78, 67, 53, 67, 75, 70, 81, 76, 79, 75, 76, 58
    };
    int[] damage = {0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1};
    double[] huge = new double[temp.length];
    boolean[] y = new boolean[damage.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = damage[i] == 1;
      huge[i] = temp[i] * 1e300;
    }
    LogisticRegression lr = LogisticRegression.maximumLikelihood(MissingValues.REJECT);
    LogisticFit plain = lr.fit(DesignMatrix.of(List.of(FeatureColumn.named("f0")), temp), y);
    LogisticFit scaled = lr.fit(DesignMatrix.of(List.of(FeatureColumn.named("f0")), huge), y);
    assertThat(scaled.model().coefficient("f0"))
        .isCloseTo(plain.model().coefficient("f0"), within(1e-9));
    assertThat(scaled.model().probability(70e300))
        .isCloseTo(plain.model().probability(70.0), within(1e-9));
  }

  @Test
  void a_feature_too_spread_to_standardise_is_named() {
    double[] x = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
    boolean[] y = {false, true, true, false};
    assertThatThrownBy(
            () ->
                LogisticRegression.maximumLikelihood(MissingValues.REJECT)
                    .fit(DesignMatrix.of(List.of(FeatureColumn.named("f0")), x), y))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("feature f0 cannot be standardised")
        .hasMessageContaining("rescale");
  }

  @Test
  void perfectly_separable_data_is_a_clear_error_without_a_penalty() {
    double[] x = {1, 2, 3, 4, 5, 6};
    boolean[] y = {false, false, false, true, true, true};
    DesignMatrix m = DesignMatrix.of(List.of(FeatureColumn.named("x")), x);
    assertThatThrownBy(() -> LogisticRegression.maximumLikelihood(MissingValues.REJECT).fit(m, y))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("perfectly separated")
        .hasMessageContaining("coefficient of x")
        .hasMessageContaining("l2 > 0");
  }

  @Test
  void perfectly_separable_data_get_a_finite_fit_with_a_penalty() {
    double[] x = {1, 2, 3, 4, 5, 6};
    boolean[] y = {false, false, false, true, true, true};
    LogisticFit fit =
        LogisticRegression.withL2(0.1, MissingValues.REJECT)
            .fit(DesignMatrix.of(List.of(FeatureColumn.named("x")), x), y);
    assertThat(fit.model().coefficient("x")).isPositive().isFinite().isLessThan(50);
    assertThat(fit.model().probability(6.0)).isGreaterThan(0.9);
    assertThat(fit.model().probability(1.0)).isLessThan(0.1);
  }

  @Test
  void quasi_separated_data_is_a_clear_error_without_a_penalty() {
    double[] x = {1, 2, 3, 3, 4, 5};
    boolean[] y = {false, false, false, true, true, true};
    DesignMatrix m = DesignMatrix.of(List.of(FeatureColumn.named("x")), x);
    assertThatThrownBy(() -> LogisticRegression.maximumLikelihood(MissingValues.REJECT).fit(m, y))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("L2 penalty");
    assertThat(
            LogisticRegression.withL2(0.5, MissingValues.REJECT).fit(m, y).model().coefficient("x"))
        .isFinite();
  }

  @Test
  void one_class_only_is_an_error() {
    assertThatThrownBy(
            () ->
                LogisticRegression.withL2(1, MissingValues.REJECT)
                    .fit(
                        DesignMatrix.of(List.of(FeatureColumn.named("x")), new double[] {1, 2}),
                        new boolean[] {true, true}))
        .isInstanceOf(ModelFitException.class)
        .hasMessage("every label is true: churn cannot be modelled from one class (2 rows)");
  }

  @Test
  void missing_values_are_rejected_naming_column_and_row() {
    DesignMatrix m =
        DesignMatrix.builder(3)
            .column("nps", new double[] {1, Double.NaN, 3})
            .ids(List.of("a", "b", "c"))
            .build();
    assertThatThrownBy(
            () ->
                LogisticRegression.withL2(1, MissingValues.REJECT)
                    .fit(m, new boolean[] {true, false, true}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "value of nps at row 1 (customer b) is missing and missing values are rejected "
                + "(use MissingValues.IMPUTE_MEAN or supply a value)");
  }

  @Test
  void imputed_missing_values_score_as_the_column_mean() {
    boolean[] y = new boolean[200];
    DesignMatrix full = sample(y);
    double[] days = full.column(0);
    days[3] = Double.NaN;
    DesignMatrix m = DesignMatrix.of(full.columns(), days, full.column(1), full.column(2));
    LogisticModel model = LogisticRegression.withL2(1, MissingValues.IMPUTE_MEAN).fit(m, y).model();
    double mean = model.means()[0];
    assertThat(model.probability(m, 3))
        .isCloseTo(model.probability(mean, m.value(3, 1), m.value(3, 2)), within(1e-15));
    assertThat(model.contributions(m, 3, 3)).noneMatch(r -> r.feature().equals("days"));
  }

  @Test
  void a_column_with_every_value_missing_is_constant_when_imputing() {
    boolean[] y = new boolean[200];
    DesignMatrix full = sample(y);
    double[] none = new double[200];
    java.util.Arrays.fill(none, Double.NaN);
    DesignMatrix m =
        DesignMatrix.of(
            List.of(FeatureColumn.named("days"), FeatureColumn.named("nps")), full.column(0), none);
    LogisticModel model = LogisticRegression.withL2(1, MissingValues.IMPUTE_MEAN).fit(m, y).model();
    assertThat(model.coefficient("nps")).isZero();
    assertThat(model.means()[1]).isZero();
  }

  @Test
  void constant_columns_get_a_zero_coefficient() {
    boolean[] y = new boolean[200];
    DesignMatrix full = sample(y);
    double[] constant = new double[200];
    java.util.Arrays.fill(constant, 4.2);
    DesignMatrix m =
        DesignMatrix.of(
            List.of(FeatureColumn.named("days"), FeatureColumn.named("tier")),
            full.column(0),
            constant);
    LogisticModel model =
        LogisticRegression.maximumLikelihood(MissingValues.REJECT).fit(m, y).model();
    assertThat(model.coefficient("tier")).isZero();
    assertThat(model.coefficient("days")).isPositive();
  }

  @Test
  void contributions_add_up_to_the_log_odds_and_read_as_sentences() {
    boolean[] y = new boolean[200];
    DesignMatrix x = sample(y);
    LogisticModel model = LogisticRegression.withL2(1, MissingValues.REJECT).fit(x, y).model();
    for (int row = 0; row < 10; row++) {
      List<Reason> reasons = model.contributions(x, row, 3);
      double eta = model.intercept() + reasons.stream().mapToDouble(Reason::contribution).sum();
      double p = model.probability(x, row);
      assertThat(eta).isCloseTo(Math.log(p / (1 - p)), within(1e-9));
      for (int k = 1; k < reasons.size(); k++) {
        assertThat(Math.abs(reasons.get(k - 1).contribution()))
            .isGreaterThanOrEqualTo(Math.abs(reasons.get(k).contribution()));
      }
    }
    LogisticModel handMade =
        LogisticModel.of(
            List.of(FeatureColumn.of("days", "no purchase for {} days")),
            new double[] {60},
            new double[] {17},
            new double[] {0.155},
            -1,
            MissingValues.REJECT);
    DesignMatrix one = DesignMatrix.of(handMade.columns(), new double[] {94});
    assertThat(handMade.contributions(one, 0, 1).get(0))
        .hasToString("no purchase for 94 days: +0.31");
  }

  @Test
  void feature_values_read_naturally() {
    FeatureColumn days = FeatureColumn.of("days", "no purchase for {} days");
    assertThat(days.describe(8.428571428571429 * 7)).isEqualTo("no purchase for 59 days");
    assertThat(days.describe(12.345)).isEqualTo("no purchase for 12.35 days");
    assertThat(days.describe(1234.5)).isEqualTo("no purchase for 1235 days");
    assertThat(days.describe(Double.NaN)).isEqualTo("no purchase for unknown days");
  }

  @Test
  void vectorised_and_row_probabilities_agree() {
    boolean[] y = new boolean[200];
    DesignMatrix x = sample(y);
    LogisticModel model = LogisticRegression.withL2(1, MissingValues.REJECT).fit(x, y).model();
    double[] all = model.probabilities(x);
    for (int i = 0; i < x.rows(); i++) {
      assertThat(all[i]).isCloseTo(model.probability(x, i), within(1e-14));
    }
  }

  @Test
  void fitted_model_round_trips_through_json_exactly() {
    boolean[] y = new boolean[200];
    DesignMatrix x = sample(y);
    LogisticModel model = LogisticRegression.withL2(1, MissingValues.IMPUTE_MEAN).fit(x, y).model();
    String json = model.toJson();
    LogisticModel back = LogisticModel.fromJson(json);
    assertThat(back).isEqualTo(model);
    assertThat(back.probabilities(x)).containsExactly(model.probabilities(x));
    assertThat(json)
        .contains("\"format\" : \"crmkit.churn.logistic/1\"")
        .contains("no purchase for {} days");
  }

  @Test
  void json_with_a_wrong_format_is_rejected() {
    assertThatThrownBy(() -> LogisticModel.fromJson("{\"format\":\"other\"}"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage("$.format must be \"crmkit.churn.logistic/1\" but was: \"other\"");
  }
}
