package io.crmkit.lifecycle.churn.logistic;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LogisticRegressionProperties {

  private static DesignMatrix random(long seed, int n, boolean[] y, double scale, double shift) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextGaussian();
      b[i] = r.nextGaussian();
      y[i] = r.nextDouble() < 1 / (1 + Math.exp(-(a[i] - 0.5 * b[i])));
    }
    y[0] = true;
    y[1] = false;
    for (int i = 0; i < n; i++) {
      a[i] = scale * a[i] + shift;
    }
    return DesignMatrix.of(List.of(FeatureColumn.named("a"), FeatureColumn.named("b")), a, b);
  }

  @Property(tries = 50)
  boolean standardised_fit_does_not_depend_on_the_units_of_a_column(
      @ForAll @LongRange(min = 1, max = 1000) long seed,
      @ForAll @IntRange(min = 20, max = 150) int n,
      @ForAll @DoubleRange(min = 0.01, max = 1000) double scale,
      @ForAll @DoubleRange(min = -1000, max = 1000) double shift) {
    boolean[] y = new boolean[n];
    LogisticRegression fitter = LogisticRegression.withL2(1, MissingValues.REJECT);
    LogisticModel unit = fitter.fit(random(seed, n, y, 1, 0), y).model();
    LogisticModel scaled = fitter.fit(random(seed, n, y, scale, shift), y).model();
    double[] c1 = unit.coefficients();
    double[] c2 = scaled.coefficients();
    return Math.abs(c1[0] - c2[0]) < 1e-7
        && Math.abs(c1[1] - c2[1]) < 1e-7
        && Math.abs(unit.intercept() - scaled.intercept()) < 1e-7;
  }

  @Property(tries = 50)
  boolean penalised_fits_are_finite_probabilities(
      @ForAll @LongRange(min = 1, max = 1000) long seed,
      @ForAll @IntRange(min = 2, max = 60) int n,
      @ForAll @DoubleRange(min = 0.01, max = 100) double l2) {
    boolean[] y = new boolean[n];
    DesignMatrix x = random(seed, n, y, 1, 0);
    for (double p :
        LogisticRegression.withL2(l2, MissingValues.REJECT).fit(x, y).model().probabilities(x)) {
      if (!(p >= 0 && p <= 1)) {
        return false;
      }
    }
    return true;
  }
}
