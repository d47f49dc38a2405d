package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * Checks shared by the model tests: gradients, recovery, integration over the mixing distributions.
 */
final class ModelChecks {

  private ModelChecks() {}

  /** Compares the analytic gradient of a row likelihood with central finite differences. */
  static void gradientMatchesFiniteDifferences(
      String[] names, double[] p, double[][] rows, WeightedLikelihood.RowLikelihood f) {
    for (double[] c : rows) {
      double[] g = new double[p.length];
      f.value(p, c[0], c[1], c[2], g);
      for (int j = 0; j < p.length; j++) {
        double h = 1e-5 * p[j];
        double[] up = p.clone();
        double[] down = p.clone();
        up[j] += h;
        down[j] -= h;
        double fd =
            (f.value(up, c[0], c[1], c[2], null) - f.value(down, c[0], c[1], c[2], null)) / (2 * h);
        assertThat(g[j])
            .as("d/d%s at %s", names[j], Arrays.toString(c))
            .isCloseTo(fd, within(2e-5 * Math.max(1, Math.abs(fd))));
      }
    }
  }

  /**
   * Simulated weekly data as a shop records it: times to the nearest day (1/7 week), then
   * compressed into weighted rows.
   */
  static WeightedData inDays(WeightedData d) {
    double[] x = new double[d.rows()];
    double[] tx = new double[d.rows()];
    double[] t = new double[d.rows()];
    for (int i = 0; i < d.rows(); i++) {
      x[i] = d.x(i);
      tx[i] = Math.min(d.age(i), Math.rint(d.tx(i) * 7) / 7);
      t[i] = d.age(i);
    }
    return WeightedData.compress(x, tx, t);
  }

  /**
   * Fits simulated data and checks that every estimate lies within 3 standard errors of the truth.
   */
  static <M> void recovers(FitResult<M> fit, String[] names, double[] truth) {
    assertThat(fit.converged()).as("%s", fit).isTrue();
    for (int j = 0; j < names.length; j++) {
      assertThat(Math.abs(fit.parameter(names[j]) - truth[j]))
          .as("%s: %s", names[j], fit)
          .isLessThan(3 * fit.standardError(names[j]));
    }
  }

  /**
   * ∫∫ f(λ, q) over a Gamma(shape, rate) λ and a second variable with density {@code density2} on
   * [0, hi2], by composite Gauss-Legendre after the substitutions λ = u², q = v² that tame the
   * densities' endpoint singularities.
   */
  static double integrateGammaAnd(
      double shape,
      double rate,
      java.util.function.DoubleUnaryOperator density2,
      double hi2,
      DoubleBinaryOperator f) {
    GammaDistribution g = new GammaDistribution(shape, 1 / rate);
    double hi1 = Math.sqrt(g.inverseCumulativeProbability(1 - 1e-13));
    return Quadrature.integrate(
        u -> {
          double lambda = u * u;
          double outer = 2 * u * g.density(lambda);
          if (outer == 0) {
            return 0;
          }
          return outer
              * Quadrature.integrate(
                  v -> 2 * v * density2.applyAsDouble(v * v) * f.applyAsDouble(lambda, v * v),
                  0,
                  Math.sqrt(hi2),
                  40);
        },
        0,
        hi1,
        40);
  }

  static java.util.function.DoubleUnaryOperator beta(double a, double b) {
    BetaDistribution d = new BetaDistribution(a, b);
    return d::density;
  }

  static java.util.function.DoubleUnaryOperator gamma(double shape, double rate) {
    GammaDistribution d = new GammaDistribution(shape, 1 / rate);
    return d::density;
  }

  static double upperQuantile(double shape, double rate) {
    return new GammaDistribution(shape, 1 / rate).inverseCumulativeProbability(1 - 1e-13);
  }
}
