package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.logGamma;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV", and
 * Fader &amp; Hardie's note "The Gamma-Gamma Model of Monetary Value"): a customer's transaction
 * values are Gamma(p, ν) around a customer mean p/ν, with ν ~ Gamma(q, γ) across customers. Amounts
 * are in the currency of the data (e.g. dollars); parameters p and q are dimensionless, γ ({@code
 * v}) is in currency units.
 *
 * <p>The model is fitted on customers with at least one repeat purchase (x &gt; 0) and their mean
 * repeat spend z̄. It assumes spend is independent of purchase frequency: check with {@link
 * #independenceCheck(CustomerSummaries)} before relying on it. On CDNOW it gives p = 6.25, q =
 * 3.74, γ = 15.44, as published.
 *
 * @since 0.1
 */
public record GammaGammaModel(double p, double q, double v) implements ParametricModel {

  static final String[] NAMES = {"p", "q", "v"};

  /** Checks every parameter is positive and finite. */
  public GammaGammaModel {
    Models.checkPositive(NAMES, p, q, v);
  }

  /**
   * The Gamma-Gamma spend model with shape {@code p} and gamma-distributed scale (shape {@code q},
   * rate {@code v}, in units of the currency), all positive.
   */
  public static GammaGammaModel of(double p, double q, double v) {
    return new GammaGammaModel(p, q, v);
  }

  @Override
  public String name() {
    return "gammagamma";
  }

  @Override
  public java.util.Map<String, Double> parameters() {
    return Models.parameters(NAMES, p, q, v);
  }

  /**
   * Fits the model to the summaries' customers with frequency &gt; 0 (mean repeat spend), without a
   * penalizer: γ is in currency units, so an L2 penalty on it would depend on the currency (see
   * {@link DefaultPenalizer}).
   */
  public static FitResult<GammaGammaModel> fit(CustomerSummaries summaries) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    return fit(SpendData.uncompressed(summaries), 0.0);
  }

  /** Fits the model to spend data with an L2 penaliser on the natural parameters (0 for none). */
  public static FitResult<GammaGammaModel> fit(SpendData data, double penalizer) {
    Objects.requireNonNull(data, "data must not be null");
    // method-of-moments start: the mean spend and its spread across customers
    double n = data.customers();
    double mean = 0;
    for (int i = 0; i < data.rows(); i++) {
      mean += data.weight(i) * data.zbar(i);
    }
    mean /= n;
    double var = 0;
    for (int i = 0; i < data.rows(); i++) {
      double d = data.zbar(i) - mean;
      var += data.weight(i) * d * d;
    }
    var /= n;
    double cv2 = var > 0 ? var / (mean * mean) : 1;
    double p0 = Math.max(0.5, Math.min(50, 1 / cv2));
    double q0 = 3;
    double v0 = Math.max(1e-6, mean * (q0 - 1) / p0);
    return MaximumLikelihood.fit(
        likelihood(data),
        new double[] {p0, q0, v0},
        penalizer,
        e -> new GammaGammaModel(e[0], e[1], e[2]));
  }

  /**
   * The log-likelihood of spend data: per customer lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1)
   * ln z̄ + px ln x − (px+q) ln(γ + x z̄), with its analytic gradient. Terms that depend on x only
   * are grouped by distinct x, the terms in ln(γ + x z̄) come from power moments of the rows (see
   * {@link GammaGammaLikelihood}), so most evaluations do not pass over the rows at all.
   */
  public static LogLikelihood likelihood(SpendData data) {
    Objects.requireNonNull(data, "data must not be null");
    return new GammaGammaLikelihood(data);
  }

  /**
   * The log-likelihood of one customer with {@code x > 0} repeat purchases of mean value {@code
   * zbar}.
   */
  public double logLikelihood(double x, double zbar) {
    if (!(x > 0) || !(zbar > 0)) {
      throw new IllegalArgumentException(
          "x and zbar must be positive but were: " + x + ", " + zbar);
    }
    return logGamma(p * x + q)
        - logGamma(p * x)
        - logGamma(q)
        + q * Math.log(v)
        + (p * x - 1) * Math.log(zbar)
        + p * x * Math.log(x)
        - (p * x + q) * Math.log(v + x * zbar);
  }

  /** The population mean spend per transaction, pγ/(q−1) (infinite when q ≤ 1). */
  public double populationMeanSpend() {
    return q > 1 ? p * v / (q - 1) : Double.POSITIVE_INFINITY;
  }

  /**
   * E[Z | x, z̄]: the expected spend per future transaction of a customer with {@code x} repeat
   * purchases of mean value {@code zbar}, a weighted mean of the population mean and the customer's
   * own: (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · z̄. For x = 0 it is the population mean.
   * Requires q &gt; 1.
   */
  public double conditionalExpectedSpend(double x, double zbar) {
    if (!(x >= 0) || !(zbar >= 0) || Double.isInfinite(x) || Double.isInfinite(zbar)) {
      throw new IllegalArgumentException(
          "x and zbar must be finite and not negative but were: " + x + ", " + zbar);
    }
    if (q <= 1) {
      throw new IllegalStateException("the expected spend is infinite when q <= 1 (q = " + q + ")");
    }
    return (p * v + p * x * zbar) / (p * x + q - 1);
  }

  /** E[Z | x, z̄] for every row of the summaries (frequency and monetary value columns). */
  public double[] conditionalExpectedSpend(CustomerSummaries s) {
    Objects.requireNonNull(s, "summaries must not be null");
    double[] out = new double[s.size()];
    for (int i = 0; i < out.length; i++) {
      int x = s.frequency(i);
      out[i] = conditionalExpectedSpend(x, x > 0 ? s.monetaryValue(i) : 0);
    }
    return out;
  }

  /**
   * The Pearson correlation between purchase frequency and mean spend over the customers with
   * frequency &gt; 0, the check of the model's independence assumption.
   */
  public static IndependenceCheck independenceCheck(CustomerSummaries s) {
    SpendData d = SpendData.of(s);
    return IndependenceCheck.of(d);
  }

  /**
   * Draws the mean spend z̄ of customers with the given numbers of transactions {@code x} (each
   * &gt; 0): per customer ν ~ Gamma(q, γ), then x values Gamma(p, ν) averaged. Seeded.
   */
  public double[] simulateMeanSpend(double[] x, long seed) {
    Well19937c rng = new Well19937c(seed);
    GammaDistribution nu = new GammaDistribution(rng, q, 1 / v);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (!(x[i] > 0) || x[i] != Math.rint(x[i])) {
        throw new IllegalArgumentException(
            "x[" + i + "] must be a positive whole number but was: " + x[i]);
      }
      double rate = nu.sample();
      // the sum of x Gamma(p, rate) values is Gamma(p x, rate)
      out[i] = new GammaDistribution(rng, p * x[i], 1 / rate).sample() / x[i];
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Gamma-Gamma(p=%.4f, q=%.4f, v=%.4f)", p, q, v);
  }

  /**
   * The correlation between frequency and mean spend, with a warning when it is large enough to
   * doubt the model: |ρ| above {@value #WARNING_THRESHOLD}.
   *
   * @param correlation Pearson ρ in [−1, 1]
   * @param customers the number of customers with frequency &gt; 0 it was computed over
   * @since 0.1
   */
  public record IndependenceCheck(double correlation, double customers) {
    /** The |ρ| above which {@link #warning()} is set. */
    public static final double WARNING_THRESHOLD = 0.3;

    static IndependenceCheck of(SpendData d) {
      double n = d.customers();
      double mx = 0;
      double mz = 0;
      for (int i = 0; i < d.rows(); i++) {
        mx += d.weight(i) * d.x(i);
        mz += d.weight(i) * d.zbar(i);
      }
      mx /= n;
      mz /= n;
      double sxx = 0;
      double szz = 0;
      double sxz = 0;
      for (int i = 0; i < d.rows(); i++) {
        double a = d.x(i) - mx;
        double b = d.zbar(i) - mz;
        sxx += d.weight(i) * a * a;
        szz += d.weight(i) * b * b;
        sxz += d.weight(i) * a * b;
      }
      double rho = sxx > 0 && szz > 0 ? sxz / Math.sqrt(sxx * szz) : 0;
      return new IndependenceCheck(rho, n);
    }

    /**
     * True when frequency and spend are correlated enough that the model's assumption is doubtful.
     */
    public boolean warning() {
      return Math.abs(correlation) > WARNING_THRESHOLD;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "frequency/spend correlation %.3f over %.0f customers%s",
          correlation,
          customers,
          warning() ? " — WARNING: Gamma-Gamma assumes independence" : " (independence plausible)");
    }
  }
}
