package io.crmkit.benchmarks.model;

import io.crmkit.lifecycle.model.BgBbModel;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.MbgNbdModel;
import io.crmkit.lifecycle.model.ParetoNbdModel;
import io.crmkit.lifecycle.model.TransactionModel;
import io.crmkit.lifecycle.model.WeightedData;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Not a JMH benchmark: the audit behind issue 12's model figures, run as a plain program. (1) On
 * 3,000 random parameter sets log-uniform in [1e-3, 1e3] (seed 42) it counts expected-purchase and
 * P(alive) values of BG/NBD, MBG/NBD, Pareto/NBD and BG/BB that are negative, NaN, infinite, above
 * BG/NBD's bound (r+x)t/(α+T) or thrown, and CLVs that are negative, NaN or thrown. (2) It times
 * fits on adversarial inputs: Pareto/NBD on three rows with t_x = 0 and T = 1e5, and BG/BB on
 * random data (seed 3). Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * io.crmkit.benchmarks.model.ModelTrustAudit}.
 *
 * @since 0.1
 */
public final class ModelTrustAudit {

  private ModelTrustAudit() {}

  public static void main(String[] args) {
    predictions();
    fits();
  }

  private static double logUniform(SplittableRandom r) {
    return Math.exp(Math.log(1e-3) + r.nextDouble() * (Math.log(1e3) - Math.log(1e-3)));
  }

  private static void predictions() {
    SplittableRandom rnd = new SplittableRandom(42);
    int total = 0;
    int bad = 0;
    int clvTotal = 0;
    int clvBad = 0;
    Map<String, Integer> byModel = new TreeMap<>();
    for (int k = 0; k < 3000; k++) {
      double p1 = logUniform(rnd);
      double p2 = logUniform(rnd);
      double p3 = logUniform(rnd);
      double p4 = logUniform(rnd);
      TransactionModel[] models = {
        BgNbdModel.of(p1, p2, p3, p4),
        MbgNbdModel.of(p1, p2, p3, p4),
        ParetoNbdModel.of(p1, p2, p3, p4),
        BgBbModel.of(p1, p2, p3, p4)
      };
      GammaGammaModel spend =
          GammaGammaModel.of(logUniform(rnd), 1 + logUniform(rnd), logUniform(rnd));
      for (TransactionModel m : models) {
        boolean discrete = m instanceof BgBbModel;
        int x = rnd.nextInt(0, 200);
        double age = discrete ? Math.max(x, rnd.nextInt(0, 300)) : logUniform(rnd) * 10;
        double tx =
            discrete
                ? (x == 0 ? 0 : rnd.nextInt(x, (int) age + 1))
                : (x == 0 ? 0 : rnd.nextDouble() * age);
        double t = discrete ? rnd.nextInt(1, 100) : logUniform(rnd);
        total++;
        try {
          double e = m.expectedPurchases(t, x, tx, age);
          double p = m.probabilityAlive(x, tx, age);
          boolean wrong = !(e >= 0) || !Double.isFinite(e) || !(p >= 0 && p <= 1);
          if (m instanceof BgNbdModel bg
              && e > (bg.r() + x) * t / (bg.alpha() + age) * (1 + 1e-9)) {
            wrong = true;
          }
          if (wrong) {
            bad++;
            byModel.merge(m.name(), 1, Integer::sum);
          }
        } catch (RuntimeException ex) {
          bad++;
          byModel.merge(m.name() + " " + ex.getClass().getSimpleName(), 1, Integer::sum);
        }
        if (!discrete) {
          clvTotal++;
          try {
            double v =
                CustomerLifetimeValue.monthsOfWeeklyModel(m, spend, 12, 0.01).value(x, tx, age, 20);
            if (!(v >= 0) || !Double.isFinite(v)) {
              clvBad++;
              byModel.merge(m.name() + " clv", 1, Integer::sum);
            }
          } catch (RuntimeException ex) {
            clvBad++;
            byModel.merge(m.name() + " clv " + ex.getClass().getSimpleName(), 1, Integer::sum);
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "predictions: %,d of %,d bad; CLVs: %,d of %,d bad; %s%n",
        bad,
        total,
        clvBad,
        clvTotal,
        byModel);
  }

  private static void fits() {
    double[][][] cases = {
      {{3, 0, 0}, {0, 0, 0}},
      {{1, 1, 0}, {0, 0, 50_000}},
      {{1, 2, 0}, {0, 0, 0}},
      {{5, 0, 2}, {0, 0, 0}}
    };
    for (double[][] c : cases) {
      long start = System.nanoTime();
      FitResult<ParetoNbdModel> fit =
          ParetoNbdModel.fit(
              WeightedData.of(c[0], c[1], new double[] {1e5, 1e5, 1e5}, new double[] {1, 1, 1}), 0);
      System.out.printf(
          Locale.ROOT,
          "Pareto/NBD, x = %s, t_x = %s, T = 1e5: %.2f s, %s%n",
          java.util.Arrays.toString(c[0]),
          java.util.Arrays.toString(c[1]),
          (System.nanoTime() - start) / 1e9,
          fit.problem().orElse("usable"));
    }
    SplittableRandom rnd = new SplittableRandom(3);
    for (int d = 0; d < 5; d++) {
      int n = 150 + rnd.nextInt(100);
      double[] x = new double[n];
      double[] tx = new double[n];
      double[] periods = new double[n];
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        periods[i] = rnd.nextInt(1, 60);
        x[i] = rnd.nextInt(0, (int) periods[i] + 1);
        tx[i] = x[i] == 0 ? 0 : rnd.nextInt((int) x[i], (int) periods[i] + 1);
        w[i] = 1;
      }
      long start = System.nanoTime();
      FitResult<BgBbModel> fit = BgBbModel.fit(WeightedData.of(x, tx, periods, w), 0);
      System.out.printf(
          Locale.ROOT,
          "BG/BB on random data %d (%d rows): %.2f s, %s%n",
          d,
          n,
          (System.nanoTime() - start) / 1e9,
          fit.problem().orElse("usable"));
    }
  }
}
