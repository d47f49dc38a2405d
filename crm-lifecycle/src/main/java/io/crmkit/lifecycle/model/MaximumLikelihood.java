package io.crmkit.lifecycle.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * Maximum likelihood on log-parameters. {@code (−LL(θ) + λ Σ θ²) / n} — the negative log-likelihood
 * plus an optional L2 penalty on the natural parameters θ, over the n customers (the sum of
 * weights); not lifetimes' {@code −LL/n + λ Σ θ²} on rescaled time, see
 * crm-lifecycle/docs/models.md — is minimised over {@code log θ}, so every estimate is positive,
 * until the largest gradient component of the per-observation objective falls below 1e-10.
 *
 * <p>The models' own kernels ({@link SecondOrderLikelihood}) are fitted by damped Newton steps on
 * their analytic Hessian, each step one pass over the data; on a large population (at least 50,000
 * customers) the fit first runs on a systematic eighth of the customers (recursively), whose
 * optimum is within sampling error of the full one, so the full data sees two to four Newton steps.
 * A kernel without an analytic Hessian keeps the Hessian of the subsample fit (one gradient pass a
 * step) until a step falls short, then takes forward differences of its gradient. The observed
 * information at the estimate is the analytic Hessian where there is one, else forward differences
 * of the gradient there.
 *
 * <p>Any other {@link LogLikelihood}, or a fast fit that does not converge: Levenberg-damped Newton
 * steps on the forward-difference Hessian of the analytic gradient; if that stalls, Apache Commons
 * Math's Polak-Ribière non-linear conjugate gradient optimiser takes over from the best point, then
 * Newton steps again. The observed information (Hessian of the unpenalised negative log-likelihood
 * in natural parameters, central differences of the analytic gradient) gives the covariance matrix
 * and standard errors.
 *
 * @since 0.1
 */
public final class MaximumLikelihood {

  /**
   * The largest gradient component of the per-observation objective (in log-parameters) at
   * convergence.
   */
  static final double TOLERANCE = 1e-10;

  private MaximumLikelihood() {}

  /**
   * Fits {@code likelihood} from {@code start} (natural parameters) and builds the model from the
   * estimates with {@code model}.
   *
   * @throws ModelFitException when the likelihood is not finite at the start (for a second-order
   *     kernel checked only when its fit does not converge: it evaluates the start itself) or at
   *     the optimum
   */
  public static <M> FitResult<M> fit(
      LogLikelihood likelihood, double[] start, double penalizer, Function<double[], M> model) {
    Objects.requireNonNull(likelihood, "likelihood must not be null");
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(model, "model must not be null");
    if (!(penalizer >= 0) || Double.isInfinite(penalizer)) {
      throw new IllegalArgumentException(
          "penalizer must be finite and not negative but was: " + penalizer);
    }
    int k = start.length;
    String[] names = likelihood.names();
    double n = likelihood.observations();
    if (names.length != k) {
      throw new IllegalArgumentException(
          "start has " + k + " values but the model has parameters " + Arrays.toString(names));
    }
    double[] theta0 = new double[k];
    for (int i = 0; i < k; i++) {
      if (!(start[i] > 0) || Double.isInfinite(start[i])) {
        throw new IllegalArgumentException(
            "start value of " + names[i] + " must be positive and finite but was: " + start[i]);
      }
      theta0[i] = Math.log(start[i]);
    }
    Objective f = new Objective(likelihood, penalizer, n);
    double[] theta = theta0;
    int iterations = 0;
    boolean converged = false;
    double[][] information = null;
    double ll = Double.NaN;
    double gradientNorm = Double.NaN;
    try {
      if (likelihood instanceof SecondOrderLikelihood fast) {
        // the second-order fit evaluates the start itself: a pass over the data is checked here
        // only when it did not converge
        SecondOrder.Solution s = SecondOrder.solve(fast, theta0, penalizer, TOLERANCE);
        iterations = s.iterations();
        if (s.converged()) {
          theta = s.theta();
          converged = true;
          ll = s.logLikelihood();
          information = s.information();
          gradientNorm = s.gradientNorm();
        } else {
          checkStart(f, theta0, start);
          if (s.objective() < f.value(theta0)) {
            theta = s.theta();
          }
        }
      } else {
        checkStart(f, theta0, start);
      }
      if (!converged) {
        // damped Newton first (quadratic convergence, few passes over the data); if it stalls,
        // Commons
        // Math's Polak-Ribière conjugate gradient from the best point so far, then Newton again
        NewtonResult newton = newton(f, theta, 100);
        theta = newton.theta;
        iterations += newton.iterations;
        converged = newton.converged;
      }
      if (!converged) {
        try {
          NonLinearConjugateGradientOptimizer cg =
              new NonLinearConjugateGradientOptimizer(
                  NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE,
                  new SimpleValueChecker(1e-12, 1e-14));
          PointValuePair p =
              cg.optimize(
                  new MaxEval(20_000),
                  new MaxIter(5_000),
                  GoalType.MINIMIZE,
                  new InitialGuess(theta),
                  new ObjectiveFunction(f::value),
                  new ObjectiveFunctionGradient(f::gradient));
          if (Double.isFinite(p.getValue()) && p.getValue() <= f.value(theta)) {
            theta = p.getPoint();
          }
          iterations += cg.getIterations();
        } catch (MathIllegalStateException | IllegalArgumentException e) {
          // the line search can fail far from the optimum; Newton continues from the best point
        }
        NewtonResult again = newton(f, theta, 200);
        theta = again.theta;
        iterations += again.iterations;
        converged = again.converged;
      }
    } catch (EvaluationBudgetExhausted e) {
      // bounded time: stop at the best point evaluated, unconverged (FitResult.model() then
      // refuses)
      theta = f.best();
      iterations = Math.max(iterations, 1);
      converged = false;
      information = null;
    }
    f.unlimited();
    double[] estimate = new double[k];
    for (int i = 0; i < k; i++) {
      estimate[i] = Math.exp(theta[i]);
      if (!Double.isFinite(estimate[i]) || estimate[i] <= 0) {
        throw new ModelFitException(
            "the fit diverged: "
                + names[i]
                + " = "
                + estimate[i]
                + " (the data may not identify the model; try a penalizer)");
      }
    }
    if (information == null) {
      // no analytic Hessian: central differences of the gradient (covariance below), as every fit
      // had before the second-order path; they tell a flat ridge (unusable fit) where forward ones
      // may not
      ll = likelihood.value(estimate);
    }
    if (!Double.isFinite(ll)) {
      throw new ModelFitException(
          "the log-likelihood is not finite at the estimate " + Arrays.toString(estimate));
    }
    double[][] cov = information == null ? covariance(likelihood, estimate) : invert(information);
    Map<String, Double> params = new LinkedHashMap<>();
    Map<String, Double> se = new LinkedHashMap<>();
    for (int i = 0; i < k; i++) {
      params.put(names[i], estimate[i]);
      se.put(names[i], cov[i][i] >= 0 ? Math.sqrt(cov[i][i]) : Double.NaN);
    }
    return new FitResult<>(
        model.apply(estimate),
        params,
        ll,
        converged,
        iterations,
        se,
        cov,
        n,
        Double.isNaN(gradientNorm) ? largestComponent(f.gradient(theta)) : gradientNorm,
        penalizer);
  }

  private static void checkStart(Objective f, double[] theta0, double[] start) {
    if (!Double.isFinite(f.value(theta0))) {
      throw new ModelFitException(
          "the log-likelihood is not finite at the start " + Arrays.toString(start));
    }
  }

  /** max |g_i|: the convergence measure reported with every fit. */
  private static double largestComponent(double[] g) {
    double norm = 0;
    for (double v : g) {
      norm = Math.max(norm, Math.abs(v));
    }
    return norm;
  }

  /** Inverse of the observed information in natural parameters; NaN entries when singular. */
  static double[][] covariance(LogLikelihood likelihood, double[] p) {
    int k = p.length;
    double[][] info = new double[k][k];
    double[] gp = new double[k];
    double[] gm = new double[k];
    for (int j = 0; j < k; j++) {
      double h = 1e-5 * Math.max(1e-3, Math.abs(p[j]));
      double[] up = p.clone();
      double[] down = p.clone();
      up[j] += h;
      down[j] -= h;
      likelihood.gradient(up, gp);
      likelihood.gradient(down, gm);
      for (int i = 0; i < k; i++) {
        info[i][j] = -(gp[i] - gm[i]) / (2 * h);
      }
    }
    SecondOrder.symmetrise(info);
    return invert(info);
  }

  /** The inverse of {@code info}; NaN entries when it is singular. */
  private static double[][] invert(double[][] info) {
    int k = info.length;
    try {
      return new LUDecomposition(new Array2DRowRealMatrix(info)).getSolver().getInverse().getData();
    } catch (SingularMatrixException e) {
      double[][] nan = new double[k][k];
      for (double[] row : nan) {
        Arrays.fill(row, Double.NaN);
      }
      return nan;
    }
  }

  private record NewtonResult(double[] theta, int iterations, boolean converged) {}

  /**
   * Levenberg-damped Newton steps on the per-observation objective: solve (H + μI) d = g with the
   * forward-difference Hessian of the analytic gradient, accept the step if it lowers the objective
   * (μ shrinks), else raise μ. Converged when the largest gradient component falls below 1e-10, or
   * no step improves the objective at machine precision with it below 1e-7.
   */
  private static NewtonResult newton(Objective f, double[] start, int maxIterations) {
    int k = start.length;
    double[] theta = start.clone();
    double fx = f.value(theta);
    double[] g = f.gradient(theta);
    double mu = 1e-3;
    for (int it = 0; it < maxIterations; it++) {
      double norm = 0;
      for (double v : g) {
        norm = Math.max(norm, Math.abs(v));
      }
      if (norm < 1e-10) {
        return new NewtonResult(theta, it, true);
      }
      double[][] h = forwardHessian(f, theta, g);
      boolean moved = false;
      for (int attempt = 0; attempt < 40; attempt++) {
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
                  .solve(new org.apache.commons.math3.linear.ArrayRealVector(g))
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
        double scale = size > 2 ? 2 / size : 1; // at most a factor e² per step in any parameter
        double[] next = new double[k];
        for (int i = 0; i < k; i++) {
          next[i] = theta[i] - scale * dir[i];
        }
        double fn = f.value(next);
        if (Double.isFinite(fn) && fn <= fx) {
          boolean stalled = fx - fn <= 1e-15 * Math.max(1, Math.abs(fx));
          theta = next;
          fx = fn;
          g = f.gradient(theta);
          mu = Math.max(1e-12, mu / 10);
          moved = true;
          if (stalled && norm < 1e-7) {
            return new NewtonResult(theta, it + 1, true);
          }
          break;
        }
        mu *= 10;
      }
      if (!moved) {
        return new NewtonResult(theta, it, norm < 1e-7);
      }
    }
    return new NewtonResult(theta, maxIterations, false);
  }

  private static double[][] forwardHessian(Objective f, double[] theta, double[] g) {
    int k = theta.length;
    double[][] h = new double[k][k];
    for (int j = 0; j < k; j++) {
      double step = 1e-6;
      double[] up = theta.clone();
      up[j] += step;
      double[] gp = f.gradient(up);
      for (int i = 0; i < k; i++) {
        h[i][j] = (gp[i] - g[i]) / step;
      }
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        double s = (h[i][j] + h[j][i]) / 2;
        h[i][j] = s;
        h[j][i] = s;
      }
    }
    return h;
  }

  /**
   * The most evaluations of the objective or its gradient a fit may use: every fit stops in bounded
   * time (a fit that converges takes a few hundred), unconverged when it runs out.
   */
  static final int EVALUATION_BUDGET = 4_000;

  /** Thrown by {@link Objective} when a fit has used its {@link #EVALUATION_BUDGET}. */
  private static final class EvaluationBudgetExhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EvaluationBudgetExhausted() {
      super("the fit used its " + EVALUATION_BUDGET + " evaluations", null, false, false);
    }
  }

  /**
   * −LL(exp θ) + λ Σ exp(θ)² with its gradient in θ, scaled by 1/n for a well-conditioned search.
   */
  private static final class Objective {
    private final LogLikelihood ll;
    private final double penalizer;
    private final double scale;
    private int evaluations;
    private boolean limited = true;
    private double[] best;
    private double bestValue = Double.POSITIVE_INFINITY;

    /** The point of the lowest objective value evaluated so far. */
    double[] best() {
      return best.clone();
    }

    /** Lifts the budget, for the diagnostics computed after the search. */
    void unlimited() {
      limited = false;
    }

    private void count() {
      if (limited && ++evaluations > EVALUATION_BUDGET) {
        throw new EvaluationBudgetExhausted();
      }
    }

    Objective(LogLikelihood ll, double penalizer, double n) {
      this.ll = ll;
      this.penalizer = penalizer;
      this.scale = 1.0 / Math.max(1.0, n);
    }

    double value(double[] theta) {
      count();
      double[] p = exp(theta);
      double v = ll.value(p);
      if (!Double.isFinite(v)) {
        return Double.MAX_VALUE;
      }
      double pen = 0;
      for (double x : p) {
        pen += x * x;
      }
      double result = scale * (-v + penalizer * pen);
      if (best == null || result < bestValue) {
        bestValue = result;
        best = theta.clone();
      }
      return result;
    }

    double[] gradient(double[] theta) {
      count();
      double[] p = exp(theta);
      double[] g = new double[p.length];
      ll.gradient(p, g);
      for (int i = 0; i < p.length; i++) {
        g[i] = scale * (-g[i] * p[i] + penalizer * 2 * p[i] * p[i]);
        if (!Double.isFinite(g[i])) {
          g[i] = 0;
        }
      }
      return g;
    }

    private static double[] exp(double[] theta) {
      double[] p = new double[theta.length];
      for (int i = 0; i < p.length; i++) {
        p[i] = Math.exp(theta[i]);
      }
      return p;
    }
  }
}
