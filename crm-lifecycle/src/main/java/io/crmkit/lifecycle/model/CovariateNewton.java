package io.crmkit.lifecycle.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Levenberg-damped Newton steps on (−LL(v) + λ Σγ²)/n over v = (ln θ0, γ) of a {@link
 * CovariateLikelihood}, each step one pass over the groups for the gradient and the Hessian (the
 * Hessian by forward differences in each group's own parameters). On 50,000 rows or more the fit
 * first runs on a systematic eighth of the rows (recursively), whose optimum is within sampling
 * error of the full one, so the full data sees a few steps. Bounded: at most {@value
 * #MAX_ITERATIONS} steps and {@value #MAX_TRIALS} rejected trial points per step.
 */
final class CovariateNewton {

  static final double TOLERANCE = 1e-9;
  static final int MAX_ITERATIONS = 200;
  private static final int MAX_TRIALS = 40;
  private static final int SUBSAMPLE_ROWS = 50_000;

  private CovariateNewton() {}

  /** The optimum found and how. */
  record Solution(double[] v, int iterations, boolean converged, double gradientNorm) {}

  static Solution solve(CovariateLikelihood ll, double[] start, double penalizer) {
    double[] v = start.clone();
    int sub = 0;
    if (ll.rows() >= SUBSAMPLE_ROWS) {
      Solution s = solve(ll.subsample(8), start, penalizer);
      sub = s.iterations();
      if (s.converged()) {
        v = s.v();
      }
    }
    Solution full = newton(ll, v, penalizer);
    return new Solution(full.v(), full.iterations() + sub, full.converged(), full.gradientNorm());
  }

  private static Solution newton(CovariateLikelihood ll, double[] start, double penalizer) {
    int k = start.length;
    int base = ll.spec().names().length;
    double scale = 1.0 / Math.max(1.0, ll.observations());
    double[] v = start.clone();
    double[] g = new double[k];
    double[][] h = new double[k][k];
    double fx = objective(ll, v, g, h, penalizer, base, scale);
    if (!Double.isFinite(fx)) {
      throw new ModelFitException(
          ll.spec().model()
              + " with covariates: the log-likelihood is not finite at the start "
              + java.util.Arrays.toString(start));
    }
    double mu = 1e-3;
    double norm = Double.NaN;
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      norm = largest(g);
      if (norm < TOLERANCE) {
        return new Solution(v, it, true, norm);
      }
      boolean moved = false;
      for (int attempt = 0; attempt < MAX_TRIALS; attempt++) {
        double[][] damped = new double[k][k];
        for (int i = 0; i < k; i++) {
          damped[i] = h[i].clone();
          damped[i][i] += mu * Math.max(1e-8, Math.abs(h[i][i]));
        }
        double[] dir;
        try {
          dir =
              new LUDecomposition(new Array2DRowRealMatrix(damped, false))
                  .getSolver()
                  .solve(new ArrayRealVector(g))
                  .toArray();
        } catch (SingularMatrixException e) {
          mu *= 10;
          continue;
        }
        double slope = 0;
        double size = 0;
        for (int i = 0; i < k; i++) {
          slope += dir[i] * g[i];
          size = Math.max(size, Math.abs(dir[i]));
        }
        if (!(slope > 0)) {
          mu *= 10;
          continue;
        }
        double step = size > 2 ? 2 / size : 1; // at most a factor e² per step in any parameter
        double[] next = new double[k];
        for (int i = 0; i < k; i++) {
          next[i] = v[i] - step * dir[i];
        }
        double fn = objective(ll, next, null, null, penalizer, base, scale);
        if (Double.isFinite(fn) && fn <= fx) {
          boolean stalled = fx - fn <= 1e-15 * Math.max(1, Math.abs(fx));
          v = next;
          fx = objective(ll, v, g, h, penalizer, base, scale);
          mu = Math.max(1e-12, mu / 10);
          moved = true;
          if (stalled && norm < 1e-7) {
            return new Solution(v, it + 1, true, largest(g));
          }
          break;
        }
        mu *= 10;
      }
      if (!moved) {
        return new Solution(v, it, norm < 1e-7, norm);
      }
    }
    return new Solution(v, MAX_ITERATIONS, false, largest(g));
  }

  /** (−LL + λΣγ²)/n at v, with its gradient and Hessian when not null; +∞ where not finite. */
  static double objective(
      CovariateLikelihood ll,
      double[] v,
      double[] g,
      double[][] h,
      double penalizer,
      int base,
      double scale) {
    double value = ll.evaluate(v, g, h, false);
    if (!Double.isFinite(value)) {
      return Double.POSITIVE_INFINITY;
    }
    double pen = 0;
    for (int i = base; i < v.length; i++) {
      pen += v[i] * v[i];
    }
    if (g != null) {
      for (int i = 0; i < g.length; i++) {
        g[i] = scale * (-g[i] + (i >= base ? 2 * penalizer * v[i] : 0));
        if (!Double.isFinite(g[i])) {
          g[i] = 0;
        }
      }
    }
    if (h != null) {
      for (int i = 0; i < h.length; i++) {
        for (int j = 0; j < h.length; j++) {
          h[i][j] = scale * (-h[i][j] + (i == j && i >= base ? 2 * penalizer : 0));
          if (!Double.isFinite(h[i][j])) {
            h[i][j] = 0;
          }
        }
      }
    }
    return scale * (-value + penalizer * pen);
  }

  private static double largest(double[] g) {
    double m = 0;
    for (double x : g) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }
}
