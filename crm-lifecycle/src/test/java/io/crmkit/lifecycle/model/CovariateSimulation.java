package io.crmkit.lifecycle.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * Seeded simulations of populations whose parameters depend on covariates, as {@link
 * StaticCovariates} models them: each customer draws its rates from its own mixing distributions.
 */
final class CovariateSimulation {

  private CovariateSimulation() {}

  /** Simulated (x, t_x, T) rows, one a customer, with their covariates. */
  record Population(WeightedData data, Covariates covariates) {}

  /** Two covariates: "female" (0/1, half each) and "score" (standard normal). */
  static Covariates covariates(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] female = new double[n];
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      female[i] = random.nextBoolean() ? 1 : 0;
      score[i] = gaussian(random);
    }
    Map<String, double[]> c = new LinkedHashMap<>();
    c.put("female", female);
    c.put("score", score);
    return Covariates.of(c);
  }

  static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** z_i' γ for customer i. */
  static double dot(Covariates z, int i, double[] gamma) {
    double d = 0;
    for (int c = 0; c < gamma.length; c++) {
      d += z.value(i, c) * gamma[c];
    }
    return d;
  }

  /**
   * Pareto/NBD customers observed for T ~ U(26, 52) weeks: λ ~ Gamma(r, α0 e^(−γ_t'z)), μ ~
   * Gamma(s, β0 e^(−γ_l'z)).
   */
  static Population paretoNbd(int n, double[] base, double[] trans, double[] life, long seed) {
    Covariates z = covariates(n, seed);
    Well19937c rng = new Well19937c(seed);
    SplittableRandom random = new SplittableRandom(seed + 1);
    GammaDistribution g1 = new GammaDistribution(rng, base[0], 1);
    GammaDistribution g2 = new GammaDistribution(rng, base[2], 1);
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      double alpha = base[1] * Math.exp(-dot(z, i, trans));
      double beta = base[3] * Math.exp(-dot(z, i, life));
      double lambda = g1.sample() / alpha;
      double mu = g2.sample() / beta;
      age[i] = 26 + 26 * random.nextDouble();
      double end = Math.min(age[i], -Math.log(1 - random.nextDouble()) / mu);
      double t = 0;
      while (true) {
        t += -Math.log(1 - random.nextDouble()) / lambda;
        if (t > end) {
          break;
        }
        x[i]++;
        tx[i] = t;
      }
    }
    return new Population(WeightedData.of(x, tx, age, ones(n)), z);
  }

  /**
   * BG/NBD customers observed for T ~ U(26, 52) weeks: λ ~ Gamma(r, α0 e^(−γ_t'z)), p ~ Beta(a0
   * e^(γ_l'z), b0 e^(γ_l'z)), dropping out after each repeat purchase with probability p.
   */
  static Population bgNbd(int n, double[] base, double[] trans, double[] life, long seed) {
    return bgNbd(covariates(n, seed), base, trans, life, seed);
  }

  /** As {@link #bgNbd(int, double[], double[], double[], long)} with the given covariates. */
  static Population bgNbd(Covariates z, double[] base, double[] trans, double[] life, long seed) {
    int n = z.customers();
    Well19937c rng = new Well19937c(seed);
    SplittableRandom random = new SplittableRandom(seed + 1);
    GammaDistribution g1 = new GammaDistribution(rng, base[0], 1);
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      double alpha = base[1] * Math.exp(-dot(z, i, trans));
      double f = Math.exp(dot(z, i, life));
      double lambda = g1.sample() / alpha;
      double p =
          new org.apache.commons.math3.distribution.BetaDistribution(rng, base[2] * f, base[3] * f)
              .sample();
      age[i] = 26 + 26 * random.nextDouble();
      double t = 0;
      while (true) {
        t += -Math.log(1 - random.nextDouble()) / lambda;
        if (t > age[i]) {
          break;
        }
        x[i]++;
        tx[i] = t;
        if (random.nextDouble() < p) {
          break;
        }
      }
    }
    return new Population(WeightedData.of(x, tx, age, ones(n)), z);
  }

  /**
   * Gamma-Gamma spend of customers with 1–10 repeat purchases: ν ~ Gamma(q, γ0 e^(g'z)), each
   * purchase ~ Gamma(p, ν); rows (x, z̄).
   */
  static SpendData gammaGamma(int n, double[] base, double[] spend, Covariates z, long seed) {
    Well19937c rng = new Well19937c(seed);
    SplittableRandom random = new SplittableRandom(seed + 1);
    GammaDistribution gq = new GammaDistribution(rng, base[1], 1);
    double[] x = new double[n];
    double[] zbar = new double[n];
    for (int i = 0; i < n; i++) {
      double v = base[2] * Math.exp(dot(z, i, spend));
      double nu = gq.sample() / v;
      x[i] = 1 + random.nextInt(10);
      GammaDistribution amount = new GammaDistribution(rng, base[0] * x[i], 1);
      zbar[i] = amount.sample() / nu / x[i];
    }
    return SpendData.of(x, zbar);
  }

  private static double[] ones(int n) {
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1);
    return w;
  }
}
