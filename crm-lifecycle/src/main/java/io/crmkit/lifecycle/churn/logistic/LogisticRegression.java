package io.crmkit.lifecycle.churn.logistic;

import io.crmkit.lifecycle.model.ModelFitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Fits a logistic regression of a churn label on the standardised columns of a {@link DesignMatrix}
 * by Newton's method (iteratively reweighted least squares) with step halving, minimising {@code
 * −ln L(β) + λ/2 Σ_{j≥1} βⱼ²}: the intercept is not penalised, {@code λ} ({@link #l2()}) is in
 * units of log-likelihood per squared standardised coefficient. Each iteration solves the (p+1)²
 * Newton system by Cholesky; rows are held as one primitive row-major array.
 *
 * <p>Converged when the largest change of a coefficient falls below {@link #tolerance()}, or when
 * the objective no longer improves in the last digits while changes are below 1e-6 (rounding in
 * sums over millions of rows can keep a change above a tight tolerance). With λ = 0 perfectly
 * separable data have no maximum-likelihood estimate: when every fitted probability comes within
 * 1e-6 of its label the fit stops with a {@link ModelFitException} that says so (use λ &gt; 0,
 * which always has a finite minimum). Failing to converge within {@link #maxIterations()} is also
 * an exception, never a silent result. Columns that are constant in the training rows get
 * coefficient 0, and so does a column whose every value is missing when missing values are imputed
 * (it carries no information; its stored mean is 0).
 *
 * @since 0.1
 */
public record LogisticRegression(
    double l2, int maxIterations, double tolerance, MissingValues missingValues) {

  /**
   * Checks {@code l2} is finite and not negative, at least one iteration, a positive finite
   * tolerance and a missing-value policy.
   */
  public LogisticRegression {
    if (!(l2 >= 0) || Double.isInfinite(l2)) {
      throw new IllegalArgumentException("l2 must be finite and not negative but was: " + l2);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException(
          "maxIterations must be at least 1 but was: " + maxIterations);
    }
    if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException(
          "tolerance must be positive and finite but was: " + tolerance);
    }
    Objects.requireNonNull(missingValues, "missingValues must not be null");
  }

  /**
   * Penalty {@code l2}, 100 iterations at most, tolerance 1e-10, the given missing-value policy.
   */
  public static LogisticRegression withL2(double l2, MissingValues missingValues) {
    return new LogisticRegression(l2, 100, 1e-10, missingValues);
  }

  /** Plain maximum likelihood (λ = 0); separable data are an error. */
  public static LogisticRegression maximumLikelihood(MissingValues missingValues) {
    return withL2(0, missingValues);
  }

  /** This regression with at most {@code max} Newton iterations. */
  public LogisticRegression withMaxIterations(int max) {
    return new LogisticRegression(l2, max, tolerance, missingValues);
  }

  /**
   * This regression converging when no coefficient (standardised scale) changes by more than {@code
   * tol}.
   */
  public LogisticRegression withTolerance(double tol) {
    return new LogisticRegression(l2, maxIterations, tol, missingValues);
  }

  /** Fits {@code churned[i]} (true = churned) on row {@code i} of {@code x}. */
  public LogisticFit fit(DesignMatrix x, boolean[] churned) {
    Objects.requireNonNull(x, "x must not be null");
    Objects.requireNonNull(churned, "churned must not be null");
    int n = x.rows();
    if (churned.length != n) {
      throw new IllegalArgumentException(
          "churned must have one label per row (" + n + ") but had " + churned.length);
    }
    if (n == 0) {
      throw new ModelFitException("no rows: a logistic model needs data");
    }
    int positives = 0;
    for (boolean b : churned) {
      positives += b ? 1 : 0;
    }
    if (positives == 0 || positives == n) {
      throw new ModelFitException(
          "every label is "
              + (positives == 0 ? "false" : "true")
              + ": churn cannot be modelled from one class ("
              + n
              + " rows)");
    }
    int p = x.columnCount();
    double[] means = new double[p];
    double[] sds = new double[p];
    List<Integer> active = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      standardise(x, j, means, sds);
      if (sds[j] > 0) {
        active.add(j);
      }
    }
    int q = active.size() + 1;
    double[] z = new double[Math.multiplyExact(n, q)];
    for (int a = 1; a < q; a++) {
      int j = active.get(a - 1);
      double[] col = x.columnView(j);
      double m = means[j];
      double s = sds[j];
      for (int i = 0; i < n; i++) {
        double v = col[i];
        z[i * q + a] = !Double.isNaN(v) ? (v - m) / s : 0;
      }
    }
    for (int i = 0; i < n; i++) {
      z[i * q] = 1;
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = churned[i] ? 1 : 0;
    }
    double[] beta = new double[q];
    beta[0] = Math.log((double) positives / (n - positives));
    Pass current = pass(z, y, n, q, beta);
    int iterations = 0;
    boolean converged = false;
    while (iterations < maxIterations) {
      iterations++;
      double[] step = solve(current.hessian, current.gradient, q, x, active);
      double scale = 1;
      double[] trial = new double[q];
      Pass next;
      while (true) {
        for (int a = 0; a < q; a++) {
          trial[a] = beta[a] - scale * step[a];
        }
        next = pass(z, y, n, q, trial);
        if (next.objective
            <= current.objective + 1e-12 * Math.max(1, Math.abs(current.objective))) {
          break;
        }
        scale *= 0.5;
        if (scale < 1e-12) {
          break;
        }
      }
      double change = 0;
      for (int a = 0; a < q; a++) {
        change = Math.max(change, Math.abs(trial[a] - beta[a]));
      }
      double improvement = current.objective - next.objective;
      beta = trial;
      current = next;
      if (l2 == 0 && current.maxResidual < 1e-6) {
        throw new ModelFitException(separatedMessage(x, active, beta, iterations));
      }
      boolean stalled =
          change < 1e-6
              && Math.abs(improvement) <= 1e-15 * Math.max(1, Math.abs(current.objective));
      if (change < tolerance || scale < 1e-12 || stalled) {
        converged = true;
        break;
      }
    }
    if (!converged) {
      throw new ModelFitException(
          String.format(
              Locale.ROOT,
              "logistic regression did not converge in %d iterations (l2 = %s); largest coefficient %.3g: the data may be "
                  + "quasi-separated; use an L2 penalty or more iterations",
              maxIterations,
              l2,
              maxAbs(beta)));
    }
    double[] coef = new double[p];
    for (int a = 1; a < q; a++) {
      coef[active.get(a - 1)] = beta[a];
    }
    double penalty = 0;
    for (int a = 1; a < q; a++) {
      penalty += 0.5 * l2 * beta[a] * beta[a];
    }
    LogisticModel model =
        new LogisticModel(x.columns(), means, sds, coef, beta[0], l2, missingValues);
    return new LogisticFit(model, -(current.objective - penalty), current.objective, iterations, n);
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double d : v) {
      m = Math.max(m, Math.abs(d));
    }
    return m;
  }

  private static String separatedMessage(
      DesignMatrix x, List<Integer> active, double[] beta, int iterations) {
    int best = 1;
    for (int a = 1; a < beta.length; a++) {
      if (Math.abs(beta[a]) > Math.abs(beta[best])) {
        best = a;
      }
    }
    String column = beta.length > 1 ? x.columns().get(active.get(best - 1)).name() : "(intercept)";
    return String.format(
        Locale.ROOT,
        "the labels are perfectly separated by the features (every fitted probability "
            + "within 1e-6 of its label after %d iterations, coefficient of %s at %.3g and growing): the maximum-likelihood "
            + "estimate is infinite; fit with an L2 penalty (l2 > 0)",
        iterations,
        column,
        beta.length > 1 ? beta[best] : beta[0]);
  }

  private void standardise(DesignMatrix x, int j, double[] means, double[] sds) {
    double[] col = x.columnView(j);
    String name = x.columns().get(j).name();
    int count = 0;
    for (int i = 0; i < col.length; i++) {
      double v = col[i];
      if (!Double.isNaN(v)) {
        count++;
      } else if (missingValues == MissingValues.REJECT) {
        int row = i;
        throw new IllegalArgumentException(
            "value of "
                + name
                + " at row "
                + row
                + x.ids().map(ids -> " (customer " + ids.get(row) + ")").orElse("")
                + " is missing and missing values are rejected (use MissingValues.IMPUTE_MEAN or supply a value)");
      }
    }
    if (count == 0) { // only reachable when imputing: no information, treated as a constant column
      means[j] = 0;
      sds[j] = 0;
      return;
    }
    // scaled by the largest magnitude, so that values near the top of the double range (1e300)
    // neither overflow the sum nor the squares
    double scale = 0;
    int largestRow = 0;
    for (int i = 0; i < col.length; i++) {
      if (!Double.isNaN(col[i]) && Math.abs(col[i]) > scale) {
        scale = Math.abs(col[i]);
        largestRow = i;
      }
    }
    if (scale == 0) {
      means[j] = 0;
      sds[j] = 0;
      return;
    }
    double scaledSum = 0;
    for (double v : col) {
      if (!Double.isNaN(v)) {
        scaledSum += v / scale;
      }
    }
    double mean = scaledSum / count * scale;
    double ss = 0;
    for (double v : col) {
      if (!Double.isNaN(v)) {
        double d = (v - mean) / scale;
        ss += d * d;
      }
    }
    double sd = Math.sqrt(ss / count) * scale;
    if (!Double.isFinite(mean) || !Double.isFinite(sd) || Double.isInfinite(sd == 0 ? 0 : 1 / sd)) {
      int row = largestRow;
      throw new IllegalArgumentException(
          "feature "
              + name
              + " cannot be standardised: its values are too large or too "
              + "spread for double arithmetic (largest |value| "
              + scale
              + " at row "
              + row
              + x.ids().map(ids -> " (customer " + ids.get(row) + ")").orElse("")
              + "); rescale the feature (e.g. to "
              + "thousands, or take its logarithm)");
    }
    means[j] = mean;
    sds[j] = sd > 1e-12 * Math.max(1, Math.abs(mean)) ? sd : 0;
  }

  /** Objective, gradient and Hessian (upper triangle, row-major q×q) at {@code beta}. */
  private Pass pass(double[] z, double[] y, int n, int q, double[] beta) {
    double[] g = new double[q];
    double[] h = new double[q * q];
    double objective = 0;
    double maxResidual = 0;
    for (int i = 0; i < n; i++) {
      int off = i * q;
      double eta = 0;
      for (int a = 0; a < q; a++) {
        eta += z[off + a] * beta[a];
      }
      double e = Math.exp(-Math.abs(eta));
      double prob = eta >= 0 ? 1 / (1 + e) : e / (1 + e);
      objective += Math.max(eta, 0) + Math.log1p(e) - y[i] * eta;
      double r = prob - y[i];
      maxResidual = Math.max(maxResidual, Math.abs(r));
      double w = prob * (1 - prob);
      for (int a = 0; a < q; a++) {
        double za = z[off + a];
        g[a] += r * za;
        double wa = w * za;
        int row = a * q;
        for (int b = a; b < q; b++) {
          h[row + b] += wa * z[off + b];
        }
      }
    }
    for (int a = 1; a < q; a++) {
      objective += 0.5 * l2 * beta[a] * beta[a];
      g[a] += l2 * beta[a];
      h[a * q + a] += l2;
    }
    return new Pass(objective, g, h, maxResidual);
  }

  private record Pass(double objective, double[] gradient, double[] hessian, double maxResidual) {}

  /** Solves H s = g by Cholesky of the upper triangle of H. */
  private static double[] solve(
      double[] h, double[] g, int q, DesignMatrix x, List<Integer> active) {
    double[] l = new double[q * q];
    for (int a = 0; a < q; a++) {
      for (int b = 0; b <= a; b++) {
        double sum = h[b * q + a];
        for (int k = 0; k < b; k++) {
          sum -= l[a * q + k] * l[b * q + k];
        }
        if (a == b) {
          if (!(sum > 1e-13 * Math.max(1, h[a * q + a]))) {
            String col = a == 0 ? "(intercept)" : x.columns().get(active.get(a - 1)).name();
            throw new ModelFitException(
                "the Newton system is singular at column "
                    + col
                    + ": columns are collinear or the labels are separated; use an L2 penalty (l2 > 0)");
          }
          l[a * q + a] = Math.sqrt(sum);
        } else {
          l[a * q + b] = sum / l[b * q + b];
        }
      }
    }
    double[] s = new double[q];
    for (int a = 0; a < q; a++) {
      double sum = g[a];
      for (int k = 0; k < a; k++) {
        sum -= l[a * q + k] * s[k];
      }
      s[a] = sum / l[a * q + a];
    }
    for (int a = q - 1; a >= 0; a--) {
      double sum = s[a];
      for (int k = a + 1; k < q; k++) {
        sum -= l[k * q + a] * s[k];
      }
      s[a] = sum / l[a * q + a];
    }
    return s;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "LogisticRegression[l2=%s, maxIterations=%d, tolerance=%s, missing=%s]",
        l2,
        maxIterations,
        tolerance,
        missingValues);
  }
}
