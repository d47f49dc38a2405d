package io.crmkit.lifecycle.model;

import java.util.Optional;

/**
 * The Newton solver of {@link MaximumLikelihood} for {@link SecondOrderLikelihood} kernels, on the
 * per-observation objective F(θ) = (−LL(e^θ) + λ Σ e^(2θ)) / n in log-parameters θ.
 *
 * <p>A population of at least {@value #SUBSAMPLE_CUSTOMERS} customers is first fitted on a
 * systematic {@value #FRACTION} of its customers (recursively, to a gradient of {@value
 * #SUBSAMPLE_TOLERANCE}): the subsample's optimum lies within sampling error of the full one, where
 * Newton converges quadratically, and its Hessian, per observation, is close to the full data's.
 * Each step solves (H + μ D) d = ∇F by Cholesky (D the diagonal of H), is capped at a factor e² in
 * any parameter, and is accepted when F does not rise (μ shrinks), else μ grows. With an analytic
 * Hessian every evaluation is one pass over the data; without one the Hessian is kept from step to
 * step (one gradient pass a step) and replaced by forward differences of the gradient when a step
 * fails or reduces the gradient by less than a factor 10.
 */
final class SecondOrder {

  /** The population from which a subsample fit comes first. */
  static final double SUBSAMPLE_CUSTOMERS = 50_000;

  /** The share of the customers in the subsample. */
  static final double FRACTION = 0.125;

  /** The gradient criterion of a subsample fit. */
  static final double SUBSAMPLE_TOLERANCE = 1e-7;

  private static final int MAX_ITERATIONS = 100;
  private static final int MAX_FAILURES = 40;

  private SecondOrder() {}

  /**
   * The optimum in log-parameters.
   *
   * @param theta the log-parameters reached
   * @param objective F at theta (+∞ when undefined)
   * @param logLikelihood the unpenalised log-likelihood at e^theta
   * @param information −∂²LL/∂p² in natural parameters at e^theta, when the kernel has a Hessian
   * @param thetaHessian ∂²F/∂θ² at (or near) theta
   * @param iterations the Newton steps taken, subsample fits included
   * @param converged whether the gradient criterion was met
   * @param gradientNorm max |∂F/∂θ_i| at theta (non-finite components counted as 0)
   */
  record Solution(
      double[] theta,
      double objective,
      double logLikelihood,
      double[][] information,
      double[][] thetaHessian,
      int iterations,
      boolean converged,
      double gradientNorm) {}

  /** One evaluation of F with its gradient and, when asked for, its Hessian in θ. */
  private record Point(
      double[] theta,
      double objective,
      double logLikelihood,
      double[] gradient,
      double[][] hessian,
      double[][] information) {
    boolean defined() {
      return objective < Double.POSITIVE_INFINITY;
    }
  }

  static Solution solve(
      SecondOrderLikelihood likelihood, double[] theta0, double penalizer, double tolerance) {
    double[] start = theta0;
    double[][] hessian = null;
    int iterations = 0;
    if (likelihood.observations() >= SUBSAMPLE_CUSTOMERS) {
      Optional<SecondOrderLikelihood> sub = likelihood.subsample(FRACTION);
      if (sub.isPresent() && sub.get().observations() < likelihood.observations()) {
        // the same penalty per customer: λ scales with the customers
        Solution s =
            solve(
                sub.get(),
                theta0,
                penalizer * sub.get().observations() / likelihood.observations(),
                Math.max(tolerance, SUBSAMPLE_TOLERANCE));
        iterations += s.iterations();
        if (s.converged()) {
          start = s.theta();
          hessian = s.thetaHessian();
        }
      }
    }
    Solution s = newton(likelihood, start, hessian, penalizer, tolerance);
    iterations += s.iterations();
    if (!s.converged() && start != theta0) {
      Solution again = newton(likelihood, theta0, null, penalizer, tolerance);
      iterations += again.iterations();
      if (again.converged() || again.objective() <= s.objective()) {
        s = again;
      }
    }
    return new Solution(
        s.theta(),
        s.objective(),
        s.logLikelihood(),
        s.information(),
        s.thetaHessian(),
        iterations,
        s.converged(),
        s.gradientNorm());
  }

  private static Solution newton(
      SecondOrderLikelihood likelihood,
      double[] theta0,
      double[][] hessian0,
      double penalizer,
      double tolerance) {
    boolean analytic = likelihood.hasHessian();
    Point x = evaluate(likelihood, theta0, penalizer, analytic);
    if (!x.defined()) {
      return new Solution(
          theta0, Double.POSITIVE_INFINITY, Double.NaN, null, null, 0, false, Double.NaN);
    }
    double[][] h = analytic ? x.hessian() : hessian0;
    boolean fresh = analytic;
    if (h == null) {
      h = forwardHessian(likelihood, x, penalizer);
      fresh = true;
    }
    double mu = 0;
    int failures = 0;
    int iterations = 0;
    while (iterations < MAX_ITERATIONS) {
      double norm = maxAbs(x.gradient());
      if (norm < tolerance) {
        return solution(x, h, iterations, true);
      }
      double[] d = solveDamped(h, x.gradient(), mu);
      Point y = null;
      if (d != null) {
        double size = maxAbs(d);
        double scale = size > 2 ? 2 / size : 1; // at most a factor e² per step in any parameter
        double[] next = x.theta().clone();
        for (int i = 0; i < next.length; i++) {
          next[i] -= scale * d[i];
        }
        y = evaluate(likelihood, next, penalizer, analytic);
      }
      if (y != null
          && y.defined()
          && (y.objective() <= x.objective()
              || (y.objective() <= x.objective() + 1e-14 * Math.abs(x.objective())
                  && maxAbs(y.gradient()) < norm))) {
        iterations++;
        failures = 0;
        double reduced = maxAbs(y.gradient());
        x = y;
        mu = mu / 10 < 1e-10 ? 0 : mu / 10;
        if (analytic) {
          h = y.hessian();
        } else if (reduced > 0.1 * norm && reduced >= tolerance) {
          h = forwardHessian(likelihood, y, penalizer);
          fresh = true;
        } else {
          fresh = false;
        }
        continue;
      }
      if (++failures > MAX_FAILURES) {
        // no step improves F at machine precision: converged if the gradient is nearly nil
        return solution(x, h, iterations, norm < 1e-7);
      }
      if (!fresh) {
        h = forwardHessian(likelihood, x, penalizer);
        fresh = true;
      } else {
        mu = mu == 0 ? 1e-4 : mu * 10;
      }
    }
    return solution(x, h, iterations, false);
  }

  private static Solution solution(Point x, double[][] h, int iterations, boolean converged) {
    double norm = 0;
    for (double v : x.gradient()) {
      if (Double.isFinite(v)) {
        norm = Math.max(norm, Math.abs(v));
      }
    }
    return new Solution(
        x.theta(),
        x.objective(),
        x.logLikelihood(),
        x.information(),
        h,
        iterations,
        converged,
        norm);
  }

  private static Point evaluate(
      SecondOrderLikelihood likelihood, double[] theta, double penalizer, boolean hessian) {
    int k = theta.length;
    double[] p = new double[k];
    for (int i = 0; i < k; i++) {
      p[i] = Math.exp(theta[i]);
    }
    double[] g = new double[k];
    double[][] h = hessian ? new double[k][k] : null;
    double ll = likelihood.evaluate(p, g, h);
    double scale = 1.0 / Math.max(1.0, likelihood.observations());
    double pen = 0;
    for (double v : p) {
      pen += v * v;
    }
    double objective = scale * (-ll + penalizer * pen);
    double[] gt = new double[k];
    boolean finite = Double.isFinite(objective);
    for (int i = 0; i < k; i++) {
      gt[i] = scale * (-g[i] * p[i] + 2 * penalizer * p[i] * p[i]);
      finite &= Double.isFinite(gt[i]);
    }
    double[][] ht = null;
    double[][] info = null;
    if (hessian && finite) {
      ht = new double[k][k];
      info = new double[k][k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          ht[i][j] = -scale * h[i][j] * p[i] * p[j];
          info[i][j] = -h[i][j];
          finite &= Double.isFinite(h[i][j]);
        }
        ht[i][i] += scale * (-g[i] * p[i] + 4 * penalizer * p[i] * p[i]);
      }
    }
    if (!finite) {
      return new Point(theta, Double.POSITIVE_INFINITY, ll, gt, null, null);
    }
    return new Point(theta, objective, ll, gt, ht, info);
  }

  /** Forward differences of the θ-gradient (k gradient passes), symmetrised. */
  private static double[][] forwardHessian(
      SecondOrderLikelihood likelihood, Point x, double penalizer) {
    int k = x.theta().length;
    double[][] h = new double[k][k];
    double step = 1e-6;
    for (int j = 0; j < k; j++) {
      double[] up = x.theta().clone();
      up[j] += step;
      double[] gp = evaluate(likelihood, up, penalizer, false).gradient();
      for (int i = 0; i < k; i++) {
        h[i][j] = (gp[i] - x.gradient()[i]) / step;
      }
    }
    symmetrise(h);
    return h;
  }

  /**
   * The solution d of (H + μ D) d = g by Cholesky, D = max(|H_ii|, 1e-8); null unless positive
   * definite.
   */
  static double[] solveDamped(double[][] h, double[] g, double mu) {
    int k = g.length;
    double[][] l = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j <= i; j++) {
        double s = h[i][j];
        if (i == j) {
          s += mu * Math.max(1e-8, Math.abs(h[i][i]));
        }
        for (int m = 0; m < j; m++) {
          s -= l[i][m] * l[j][m];
        }
        if (i == j) {
          if (!(s > 0) || !Double.isFinite(s)) {
            return null;
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    double[] y = new double[k];
    for (int i = 0; i < k; i++) {
      double s = g[i];
      for (int m = 0; m < i; m++) {
        s -= l[i][m] * y[m];
      }
      y[i] = s / l[i][i];
    }
    double[] d = new double[k];
    for (int i = k - 1; i >= 0; i--) {
      double s = y[i];
      for (int m = i + 1; m < k; m++) {
        s -= l[m][i] * d[m];
      }
      d[i] = s / l[i][i];
    }
    return d;
  }

  /** Replaces a square matrix's off-diagonal pairs by their mean. */
  static void symmetrise(double[][] h) {
    for (int i = 0; i < h.length; i++) {
      for (int j = 0; j < i; j++) {
        double s = (h[i][j] + h[j][i]) / 2;
        h[i][j] = s;
        h[j][i] = s;
      }
    }
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }
}
