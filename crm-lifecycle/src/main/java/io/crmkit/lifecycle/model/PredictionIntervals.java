package io.crmkit.lifecycle.model;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Intervals for every customer's predictions that carry the uncertainty of the fitted parameters:
 * P(alive), expected purchases, expected spend and lifetime value, by the delta method or a seeded
 * parametric bootstrap ({@link IntervalMethod}); P(alive) and expected purchases also by a seeded
 * nonparametric bootstrap over the customers, which refits the model to each resample ({@link
 * #resampling}).
 *
 * <p>Both methods work on the log-parameters, whose covariance is the fit's covariance divided by
 * the product of the estimates (the delta method), like {@link FitResult#confidenceInterval}. The
 * spend model, when given, is an independent fit: its block of the joint covariance is separate.
 * Predictions are computed once per distinct customer history, so a million customers cost what
 * their distinct (x, t_x, T[, z̄]) rows cost. The delta interval is clamped to the prediction's
 * range (0 to 1 for P(alive), not negative otherwise); the bootstrap interval is the percentile
 * interval of the draws. Coverage is checked on simulated data by {@code PredictionIntervalsTest}.
 *
 * @since 0.1
 */
public final class PredictionIntervals {

  private static final double STEP = 1e-5; // finite-difference step in the log-parameters
  private static final int CHUNK =
      1 << 15; // distinct histories per batch: draws × CHUNK doubles at a time

  private final FitResult<? extends TransactionModel> transactions;
  private final FitResult<GammaGammaModel> spend; // null without a spend model
  private final IntervalMethod method;
  private final CustomerSummaries fitData; // null unless resampling() was given
  private final Function<CustomerSummaries, ? extends FitResult<? extends TransactionModel>> refit;

  private PredictionIntervals(
      FitResult<? extends TransactionModel> transactions,
      FitResult<GammaGammaModel> spend,
      IntervalMethod method,
      CustomerSummaries fitData,
      Function<CustomerSummaries, ? extends FitResult<? extends TransactionModel>> refit) {
    this.transactions = transactions;
    this.spend = spend;
    this.method = method;
    this.fitData = fitData;
    this.refit = refit;
  }

  /**
   * Intervals from a usable transaction-model fit, by the delta method until {@link #method} says
   * otherwise.
   *
   * @throws ModelFitException when the fit is not usable
   * @throws IllegalStateException when a standard error is not finite
   */
  public static PredictionIntervals of(FitResult<? extends TransactionModel> transactions) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    transactions.model(); // throws unless usable
    requireFiniteErrors(transactions);
    return new PredictionIntervals(transactions, null, IntervalMethod.delta(), null, null);
  }

  /**
   * The same intervals, also for spend and lifetime value with the given (usable) Gamma-Gamma fit.
   */
  public PredictionIntervals withSpend(FitResult<GammaGammaModel> spendFit) {
    Objects.requireNonNull(spendFit, "spendFit must not be null");
    spendFit.model();
    requireFiniteErrors(spendFit);
    return new PredictionIntervals(transactions, spendFit, method, fitData, refit);
  }

  /**
   * The same intervals, able to use {@link IntervalMethod#nonparametricBootstrap}: {@code data} are
   * the customers the transaction model was fitted on and {@code refit} fits it again the same way
   * (e.g. {@code s -> BgNbdModel.fit(s)}) to each resample. A resample whose fit does not converge
   * is drawn again. The nonparametric bootstrap covers the transaction model's predictions
   * (P(alive), expected purchases); spend and lifetime value take the other methods.
   */
  public PredictionIntervals resampling(
      CustomerSummaries data,
      Function<CustomerSummaries, ? extends FitResult<? extends TransactionModel>> refit) {
    Objects.requireNonNull(data, "data must not be null");
    Objects.requireNonNull(refit, "refit must not be null");
    if (data.size() == 0) {
      throw new IllegalArgumentException("data must hold the fitted customers but was empty");
    }
    return new PredictionIntervals(transactions, spend, method, data, refit);
  }

  /** The same intervals by another method. */
  public PredictionIntervals method(IntervalMethod m) {
    return new PredictionIntervals(
        transactions, spend, Objects.requireNonNull(m, "method must not be null"), fitData, refit);
  }

  /** P(alive) of every customer, 0 to 1. */
  public CustomerIntervals probabilityAlive(CustomerSummaries s, double level) {
    return compute("P(alive)", s, level, false, 0, 1, (t, g) -> t::probabilityAlive);
  }

  /** Expected purchases of every customer in the next {@code horizon} time units of the model. */
  public CustomerIntervals expectedPurchases(double horizon, CustomerSummaries s, double level) {
    TransactionModel.checkHorizon(horizon);
    return compute(
        "expected purchases in " + horizon,
        s,
        level,
        false,
        0,
        Double.POSITIVE_INFINITY,
        (t, g) -> rows -> t.expectedPurchases(horizon, rows));
  }

  /** Expected spend per purchase (currency units) of every customer, by the Gamma-Gamma model. */
  public CustomerIntervals expectedSpend(CustomerSummaries s, double level) {
    requireSpend();
    return compute(
        "expected spend per purchase",
        s,
        level,
        true,
        0,
        Double.POSITIVE_INFINITY,
        (t, g) -> g::conditionalExpectedSpend);
  }

  /**
   * The lifetime value (currency units) of every customer, with the value function built from the
   * two models by {@code clv}, e.g. {@code (t, g) -> CustomerLifetimeValue.monthsOfWeeklyModel(t,
   * g, 12, 0.01)}.
   */
  public CustomerIntervals lifetimeValue(
      BiFunction<TransactionModel, GammaGammaModel, CustomerLifetimeValue> clv,
      CustomerSummaries s,
      double level) {
    Objects.requireNonNull(clv, "clv must not be null");
    requireSpend();
    return compute(
        "lifetime value",
        s,
        level,
        true,
        0,
        Double.POSITIVE_INFINITY,
        (t, g) -> clv.apply(t, g)::values);
  }

  @Override
  public String toString() {
    return "PredictionIntervals["
        + transactions.model().name()
        + (spend == null ? "" : " + gammagamma")
        + ", "
        + method
        + "]";
  }

  private CustomerIntervals compute(
      String what,
      CustomerSummaries s,
      double level,
      boolean needsSpend,
      double min,
      double max,
      BiFunction<TransactionModel, GammaGammaModel, Function<CustomerSummaries, double[]>>
          prediction) {
    Objects.requireNonNull(s, "summaries must not be null");
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "level must be between 0 and 1 (exclusive) but was: " + level);
    }
    int n = s.size();
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] zbar = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = s.frequency(i);
      tx[i] = s.recency(i);
      age[i] = s.age(i);
      zbar[i] = s.monetaryValue(i);
    }
    int[] groupOf = new int[n];
    DistinctRows groups =
        needsSpend
            ? DistinctRows.of(groupOf, x, tx, age, zbar)
            : DistinctRows.of(groupOf, x, tx, age);
    List<CustomerSummaries> chunks =
        chunks(s.unit(), groups.pick(x), groups.pick(tx), groups.pick(age), groups.pick(zbar));
    int m = groups.first().length;

    double[] theta = jointEstimate(needsSpend);
    double[][] logCov = jointLogCovariance(needsSpend);
    double[] est =
        evaluate(
            prediction.apply(transactions.model(), spend == null ? null : spend.model()),
            chunks,
            m);
    double[] lo = new double[m];
    double[] hi = new double[m];
    if (method instanceof IntervalMethod.ParametricBootstrap b) {
      bootstrap(b, level, theta, logCov, needsSpend, prediction, chunks, lo, hi);
    } else if (method instanceof IntervalMethod.NonparametricBootstrap b) {
      if (needsSpend) {
        throw new IllegalStateException(
            "the nonparametric bootstrap covers P(alive) and expected purchases; for spend and "
                + "lifetime value use IntervalMethod.delta() or parametricBootstrap");
      }
      percentiles(resampled(b, prediction), level, chunks, lo, hi);
    } else {
      delta(level, theta, logCov, needsSpend, prediction, chunks, est, min, max, lo, hi);
    }
    double[] estimate = new double[n];
    double[] lower = new double[n];
    double[] upper = new double[n];
    for (int i = 0; i < n; i++) {
      int g = groupOf[i];
      estimate[i] = est[g];
      lower[i] = Math.min(lo[g], est[g]);
      upper[i] = Math.max(hi[g], est[g]);
    }
    return new CustomerIntervals(what, estimate, lower, upper, level, method);
  }

  /** The distinct histories as summaries of at most {@link #CHUNK} rows each, in group order. */
  private static List<CustomerSummaries> chunks(
      TimeScale unit, double[] x, double[] tx, double[] age, double[] zbar) {
    List<CustomerSummaries> list = new ArrayList<>();
    for (int from = 0; from < x.length; from += CHUNK) {
      int to = Math.min(x.length, from + CHUNK);
      int size = to - from;
      String[] ids = new String[size];
      int[] freq = new int[size];
      for (int k = 0; k < size; k++) {
        ids[k] =
            Integer.toString(
                1_000_000_000 + k); // ten digits: sorted as text or as numbers, group order
        freq[k] = (int) x[from + k];
      }
      list.add(
          CustomerSummaries.ofColumns(
              unit,
              ids,
              freq,
              Arrays.copyOfRange(tx, from, to),
              Arrays.copyOfRange(age, from, to),
              Arrays.copyOfRange(zbar, from, to)));
    }
    return list;
  }

  private static double[] evaluate(
      Function<CustomerSummaries, double[]> f, List<CustomerSummaries> chunks, int m) {
    double[] out = new double[m];
    int at = 0;
    for (CustomerSummaries chunk : chunks) {
      double[] v = f.apply(chunk);
      System.arraycopy(v, 0, out, at, v.length);
      at += v.length;
    }
    return out;
  }

  private void delta(
      double level,
      double[] theta,
      double[][] logCov,
      boolean needsSpend,
      BiFunction<TransactionModel, GammaGammaModel, Function<CustomerSummaries, double[]>>
          prediction,
      List<CustomerSummaries> chunks,
      double[] est,
      double min,
      double max,
      double[] lo,
      double[] hi) {
    int k = theta.length;
    int m = est.length;
    double[][] gradient = new double[k][];
    for (int j = 0; j < k; j++) {
      double[] up = theta.clone();
      double[] down = theta.clone();
      up[j] *= Math.exp(STEP);
      down[j] *= Math.exp(-STEP);
      double[] fUp = evaluate(models(up, needsSpend, prediction), chunks, m);
      double[] fDown = evaluate(models(down, needsSpend, prediction), chunks, m);
      gradient[j] = new double[m];
      for (int g = 0; g < m; g++) {
        gradient[j][g] = (fUp[g] - fDown[g]) / (2 * STEP);
      }
    }
    double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + level / 2);
    for (int g = 0; g < m; g++) {
      double var = 0;
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          var += gradient[a][g] * gradient[b][g] * logCov[a][b];
        }
      }
      double sd = Math.sqrt(Math.max(0, var));
      lo[g] = Math.max(min, est[g] - z * sd);
      hi[g] = Math.min(max, est[g] + z * sd);
    }
  }

  private void bootstrap(
      IntervalMethod.ParametricBootstrap b,
      double level,
      double[] theta,
      double[][] logCov,
      boolean needsSpend,
      BiFunction<TransactionModel, GammaGammaModel, Function<CustomerSummaries, double[]>>
          prediction,
      List<CustomerSummaries> chunks,
      double[] lo,
      double[] hi) {
    int k = theta.length;
    double[][] root;
    try {
      double[][] symmetric = new double[k][k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          symmetric[i][j] = (logCov[i][j] + logCov[j][i]) / 2;
        }
      }
      RealMatrix l =
          new CholeskyDecomposition(MatrixUtils.createRealMatrix(symmetric), 1e-12, 0).getL();
      root = l.getData();
    } catch (NonPositiveDefiniteMatrixException e) {
      throw new IllegalStateException(
          "the covariance of the log-parameters is not positive definite, so no parametric "
              + "bootstrap can be drawn; use IntervalMethod.delta() or a penalizer",
          e);
    }
    SplittableRandom random = new SplittableRandom(b.seed());
    List<Function<CustomerSummaries, double[]>> draws = new ArrayList<>(b.draws());
    int attempts = 0;
    while (draws.size() < b.draws()) {
      if (++attempts > 20 * b.draws()) {
        throw new IllegalStateException(
            "fewer than "
                + b.draws()
                + " valid parameter draws in "
                + attempts
                + " attempts: the estimate's uncertainty reaches outside the model's parameter space");
      }
      double[] normal = new double[k];
      for (int j = 0; j < k; j++) {
        normal[j] = random.nextGaussian();
      }
      double[] p = new double[k];
      for (int j = 0; j < k; j++) {
        double shift = 0;
        for (int c = 0; c <= j; c++) {
          shift += root[j][c] * normal[c];
        }
        p[j] = theta[j] * Math.exp(shift);
      }
      try {
        draws.add(models(p, needsSpend, prediction));
      } catch (IllegalArgumentException outsideTheModel) {
        // a draw the model's constructor refuses is drawn again
      }
    }
    percentiles(draws, level, chunks, lo, hi);
  }

  /** The predictions of {@code b.draws()} refits to resamples of the customers. */
  private List<Function<CustomerSummaries, double[]>> resampled(
      IntervalMethod.NonparametricBootstrap b,
      BiFunction<TransactionModel, GammaGammaModel, Function<CustomerSummaries, double[]>>
          prediction) {
    if (fitData == null) {
      throw new IllegalStateException(
          "the nonparametric bootstrap refits the model: call resampling(data, refit) first");
    }
    int n = fitData.size();
    SplittableRandom random = new SplittableRandom(b.seed());
    List<Function<CustomerSummaries, double[]>> draws = new ArrayList<>(b.draws());
    String[] ids = new String[n];
    for (int i = 0; i < n; i++) {
      ids[i] = Integer.toString(i);
    }
    int attempts = 0;
    while (draws.size() < b.draws()) {
      if (++attempts > 2 * b.draws()) {
        throw new IllegalStateException(
            "fewer than "
                + b.draws()
                + " converged refits in "
                + attempts
                + " resamples: the data are too few for the model; use a penalizer in the refit");
      }
      int[] freq = new int[n];
      double[] tx = new double[n];
      double[] age = new double[n];
      double[] zbar = new double[n];
      for (int i = 0; i < n; i++) {
        int j = random.nextInt(n);
        freq[i] = fitData.frequency(j);
        tx[i] = fitData.recency(j);
        age[i] = fitData.age(j);
        zbar[i] = fitData.monetaryValue(j);
      }
      FitResult<? extends TransactionModel> f =
          refit.apply(CustomerSummaries.ofColumns(fitData.unit(), ids, freq, tx, age, zbar));
      if (f.converged()) {
        draws.add(prediction.apply(f.modelEvenIfUnconverged(), null));
      }
    }
    return draws;
  }

  /** The percentile intervals of the predictions of the draws, chunk by chunk. */
  private static void percentiles(
      List<Function<CustomerSummaries, double[]>> draws,
      double level,
      List<CustomerSummaries> chunks,
      double[] lo,
      double[] hi) {
    double pLow = (1 - level) / 2;
    double pHigh = 1 - pLow;
    int offset = 0;
    for (CustomerSummaries chunk : chunks) {
      int size = chunk.size();
      double[][] values = new double[draws.size()][];
      for (int d = 0; d < draws.size(); d++) {
        values[d] = draws.get(d).apply(chunk);
      }
      double[] column = new double[draws.size()];
      for (int g = 0; g < size; g++) {
        for (int d = 0; d < column.length; d++) {
          column[d] = values[d][g];
        }
        Arrays.sort(column);
        lo[offset + g] = quantile(column, pLow);
        hi[offset + g] = quantile(column, pHigh);
      }
      offset += size;
    }
  }

  /** The p-quantile of sorted values, interpolated linearly between order statistics (type 7). */
  private static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int i = (int) Math.floor(h);
    int j = Math.min(sorted.length - 1, i + 1);
    return sorted[i] + (h - i) * (sorted[j] - sorted[i]);
  }

  private Function<CustomerSummaries, double[]> models(
      double[] p,
      boolean needsSpend,
      BiFunction<TransactionModel, GammaGammaModel, Function<CustomerSummaries, double[]>>
          prediction) {
    int kt = transactions.parameters().size();
    TransactionModel t =
        (TransactionModel) Models.withParameters(transactions.model(), Arrays.copyOf(p, kt));
    GammaGammaModel g =
        needsSpend
            ? (GammaGammaModel)
                Models.withParameters(spend.model(), Arrays.copyOfRange(p, kt, p.length))
            : null;
    return prediction.apply(t, g);
  }

  private double[] jointEstimate(boolean needsSpend) {
    double[] t = values(transactions);
    if (!needsSpend) {
      return t;
    }
    double[] g = values(spend);
    double[] all = Arrays.copyOf(t, t.length + g.length);
    System.arraycopy(g, 0, all, t.length, g.length);
    return all;
  }

  private double[][] jointLogCovariance(boolean needsSpend) {
    double[][] t = logCovariance(transactions);
    if (!needsSpend) {
      return t;
    }
    double[][] g = logCovariance(spend);
    int kt = t.length;
    double[][] all = new double[kt + g.length][kt + g.length];
    for (int i = 0; i < kt; i++) {
      System.arraycopy(t[i], 0, all[i], 0, kt);
    }
    for (int i = 0; i < g.length; i++) {
      System.arraycopy(g[i], 0, all[kt + i], kt, g.length);
    }
    return all;
  }

  private static double[] values(FitResult<?> fit) {
    return fit.parameters().values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double[][] logCovariance(FitResult<?> fit) {
    double[] theta = values(fit);
    double[][] c = fit.covariance();
    for (int i = 0; i < c.length; i++) {
      for (int j = 0; j < c.length; j++) {
        c[i][j] /= theta[i] * theta[j];
      }
    }
    return c;
  }

  private static void requireFiniteErrors(FitResult<?> fit) {
    fit.standardErrors()
        .forEach(
            (name, se) -> {
              if (!Double.isFinite(se)) {
                throw new IllegalStateException(
                    "no intervals: the standard error of "
                        + name
                        + " is "
                        + se
                        + " (singular observed information); fit with a penalizer");
              }
            });
  }

  private void requireSpend() {
    if (spend == null) {
      throw new IllegalStateException(
          "spend and lifetime value need a Gamma-Gamma fit: call withSpend(fit) first");
    }
  }
}
