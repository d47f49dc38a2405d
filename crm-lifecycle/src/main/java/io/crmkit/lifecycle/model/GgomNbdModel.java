package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.model.SpecialFunctions.logGamma;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * The Gamma-Gompertz/NBD model (Bemmaor &amp; Glady 2012, "Modeling purchasing behavior with sudden
 * 'death': a flexible customer lifetime model", Management Science 58(5); BTYDplus's {@code
 * ggomnbd}, CLVTools' {@code ggomnbd}): while alive a customer buys as a Poisson process of rate λ
 * ~ Gamma(r, α); the lifetime τ is Gompertz, P(τ &gt; t | η) = exp(−η (e^{bt} − 1)), with η ~
 * Gamma(s, β) across customers, so S(t) = (β / (β + e^{bt} − 1))^s. Times are in the unit of the
 * data (e.g. weeks): λ is per unit, α and the Gompertz scale 1/b are in units, β is a number.
 *
 * <p>As b → 0 with β/b fixed the lifetime is Pareto/NBD's, with Pareto/NBD's β equal to β/b: on
 * CDNOW the likelihood is largest on that boundary (Bemmaor &amp; Glady's b = 0.0002, CLVTools' b =
 * 1.1e-6) and the log-likelihood, −9594.98, is Pareto/NBD's.
 *
 * <p>The likelihood of (x, t_x, T) is Γ(r+x) α^r / Γ(r) · [S(T) (α+T)^−(r+x) + ∫_{t_x}^{T} f(τ)
 * (α+τ)^−(r+x) dτ], f the lifetime density; the integral, which has no closed form, is computed by
 * composite 16-point Gauss–Legendre rules in the variable ln(1 + (τ − t_x)/m), m the smaller of the
 * integrand's two scales, with enough panels for the integrand's spread (see {@code
 * GgomNbdModelTest}, which checks it against adaptive quadrature). The gradient is the quadrature
 * of the integrand's derivatives. Alive at T, the posterior is λ ~ Gamma(r+x, α+T) and η ~ Gamma(s,
 * β + e^{bT} − 1), so the future survival of an alive customer is (β' / (β' + e^{bT}(e^{bt} −
 * 1)))^s, β' = β + e^{bT} − 1, and the expected purchases are (r+x)/(α+T) times the integral of
 * that survival.
 *
 * @param r the shape of the gamma distribution of λ
 * @param alpha the scale of that distribution, in the data's time unit
 * @param b the Gompertz rate, per time unit
 * @param s the shape of the gamma distribution of η
 * @param beta the rate of that distribution
 * @since 0.1
 */
public record GgomNbdModel(double r, double alpha, double b, double s, double beta)
    implements TransactionModel {

  static final String[] NAMES = {"r", "alpha", "b", "s", "beta"};

  /** Checks every parameter is positive and finite. */
  public GgomNbdModel {
    Models.checkPositive(NAMES, r, alpha, b, s, beta);
  }

  /** The model with the given positive parameters (r, α, b, s, β as in the class comment). */
  public static GgomNbdModel of(double r, double alpha, double b, double s, double beta) {
    return new GgomNbdModel(r, alpha, b, s, beta);
  }

  @Override
  public String name() {
    return "ggomnbd";
  }

  @Override
  public Map<String, Double> parameters() {
    return Models.parameters(NAMES, r, alpha, b, s, beta);
  }

  private double[] p() {
    return new double[] {r, alpha, b, s, beta};
  }

  /**
   * Fits the model to the summaries (identical rows compressed) with the {@link DefaultPenalizer}
   * for the number of customers.
   */
  public static FitResult<GgomNbdModel> fit(CustomerSummaries summaries) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    return fit(WeightedData.compressed(summaries), DefaultPenalizer.forCustomers(summaries.size()));
  }

  /**
   * Fits the model to weighted data with an L2 penalizer (0 for plain maximum likelihood). The fit
   * starts from the Pareto/NBD fit of the data (r, α, s, and β/b as Pareto/NBD's β): if the
   * likelihood falls as b grows from 0 along that limit, the maximum is on the boundary b → 0 (as
   * on CDNOW) and the fit stays there, at b = 10⁻⁹/max T, where the model is Pareto/NBD to nine
   * digits; b and β are then not identified and the result says so ({@link FitResult#problem()}).
   * Otherwise it starts at b = 0.1/mean T.
   *
   * @throws ModelFitException on data without repeat purchases
   */
  public static FitResult<GgomNbdModel> fit(WeightedData data, double penalizer) {
    Objects.requireNonNull(data, "data must not be null");
    data.requireRepeatPurchases();
    return MaximumLikelihood.fit(
        likelihood(data),
        start(data, penalizer),
        penalizer,
        q -> new GgomNbdModel(q[0], q[1], q[2], q[3], q[4]));
  }

  private static double[] start(WeightedData data, double penalizer) {
    double maxT = 0;
    for (int i = 0; i < data.rows(); i++) {
      maxT = Math.max(maxT, data.age(i));
    }
    maxT = Math.max(1e-3, maxT);
    // a start only: a faint penalty keeps Pareto/NBD's s and β finite on data whose lifetimes are
    // far from exponential mixtures (they run off to infinity together there, slowly)
    ParetoNbdModel p = ParetoNbdModel.fit(data, Math.max(penalizer, 1e-6)).modelEvenIfUnconverged();
    double edge = 1e-9 / maxT;
    double[] atEdge = {p.r(), p.alpha(), edge, p.s(), p.beta() * edge};
    double[] g = new double[5];
    likelihood(data).gradient(atEdge, g);
    // d LL / d b along β = β_Pareto · b, less the penalty's slope
    double slope = g[2] + p.beta() * g[4] - 2 * penalizer * (edge + p.beta() * atEdge[4]);
    if (!(slope > 0)) {
      // the boundary: Pareto/NBD-like data, whose own fit is quick; its estimate is the optimum
      FitResult<ParetoNbdModel> plain = ParetoNbdModel.fit(data, penalizer);
      if (plain.usable()) {
        ParetoNbdModel q = plain.model();
        return new double[] {q.r(), q.alpha(), edge, q.s(), q.beta() * edge};
      }
      return atEdge;
    }
    double b0 = 0.1 / Math.max(1e-3, data.meanAge());
    return new double[] {p.r(), p.alpha(), b0, p.s(), p.beta() * b0};
  }

  /** The log-likelihood of weighted data in (r, α, b, s, β), with its gradient by quadrature. */
  public static LogLikelihood likelihood(WeightedData data) {
    Objects.requireNonNull(data, "data must not be null");
    return new LogLikelihood() {
      private double[] at;
      private double value;
      private final double[] grad = new double[5];

      @Override
      public String[] names() {
        return NAMES.clone();
      }

      @Override
      public double value(double[] q) {
        return evaluate(q, false);
      }

      @Override
      public void gradient(double[] q, double[] g) {
        evaluate(q, true);
        System.arraycopy(grad, 0, g, 0, 5);
      }

      private double evaluate(double[] q, boolean withGradient) {
        if (at != null && java.util.Arrays.equals(at, q) && !Double.isNaN(grad[0])) {
          return value;
        }
        double sum = 0;
        double[] row = new double[5];
        double[] g = new double[5];
        for (int i = 0; i < data.rows(); i++) {
          double w = data.weight(i);
          sum +=
              w * logLikelihood(q, data.x(i), data.tx(i), data.age(i), withGradient ? row : null);
          if (withGradient) {
            for (int j = 0; j < 5; j++) {
              g[j] += w * row[j];
            }
          }
        }
        if (withGradient) {
          at = q.clone();
          value = sum;
          System.arraycopy(g, 0, grad, 0, 5);
        }
        return sum;
      }

      @Override
      public double observations() {
        return data.customers();
      }
    };
  }

  @Override
  public double logLikelihood(double x, double tx, double age) {
    TransactionModel.checkHistory(x, tx, age);
    return logLikelihood(p(), x, tx, age, null);
  }

  /**
   * ln L of one history with ∂/∂(r, α, b, s, β) into {@code grad} when not null: ln L = r ln α +
   * lnΓ(r+x) − lnΓ(r) + ln(A + I), A = S(T)(α+T)^−(r+x) (alive at T), I the integral over a death
   * in (t_x, T].
   */
  static double logLikelihood(double[] q, double x, double tx, double age, double[] grad) {
    double r = q[0];
    double alpha = q[1];
    double b = q[2];
    double s = q[3];
    double beta = q[4];
    double big = r + x;
    double lnBeta = Math.log(beta);
    double lnBT = logShifted(beta, b * age);
    double ageFactor = age / (1 + (beta - 1) * Math.exp(-b * age)); // T e^{bT}/(β + e^{bT} − 1)
    double lnAT = Math.log(alpha + age);
    double lnA = s * (lnBeta - lnBT) - big * lnAT;
    double c = r * Math.log(alpha) + logGamma(big) - logGamma(r);
    double[] gI = grad == null ? null : new double[5];
    double lnI = logDeathIntegral(r, alpha, b, s, beta, x, tx, age, gI);
    double lse = Models.logSumExp(lnA, lnI);
    if (grad != null) {
      double wA = Math.exp(lnA - lse);
      double wI = lnI == Double.NEGATIVE_INFINITY ? 0 : Math.exp(lnI - lse);
      grad[0] = Math.log(alpha) + digamma(big) - digamma(r) + wA * -lnAT + wI * gI[0];
      grad[1] = r / alpha + wA * -big / (alpha + age) + wI * gI[1];
      grad[2] = wA * -s * ageFactor + wI * gI[2];
      grad[3] = wA * (lnBeta - lnBT) + wI * gI[3];
      grad[4] = wA * s * (1 / beta - Math.exp(-lnBT)) + wI * gI[4];
    }
    return c + lse;
  }

  /**
   * ln ∫_{t_x}^{T} f(τ) (α+τ)^−(r+x) dτ, f(τ) = b s β^s e^{bτ} (β + e^{bτ} − 1)^−(s+1), with ∂ ln
   * I/∂(r, α, b, s, β) into {@code grad} when not null; −∞ when t_x = T.
   */
  static double logDeathIntegral(
      double r,
      double alpha,
      double b,
      double s,
      double beta,
      double x,
      double tx,
      double age,
      double[] grad) {
    if (grad != null) {
      java.util.Arrays.fill(grad, 0);
    }
    double gap = age - tx;
    if (!(gap > 0)) {
      return Double.NEGATIVE_INFINITY;
    }
    double big = r + x;
    double lnBeta = Math.log(beta);
    // the two scales of the integrand at t_x: α + t_x of the purchase factor, and the local
    // Pareto scale (β + e^{b t_x} − 1) / (b e^{b t_x}) of the Gompertz density
    double gompertzScale = (1 + (beta - 1) * Math.exp(-b * tx)) / b;
    double m = Math.min(alpha + tx, gompertzScale);
    double hi = Math.log1p(gap / m);
    double spread =
        big * Math.log1p(gap / (alpha + tx))
            + (s + 1) * Math.log1p(gap / gompertzScale)
            + Math.log1p(gap / m)
            + (s + 2) * b * gap;
    int panels = GompertzQuadrature.panels(spread);
    int nodes = panels * GompertzQuadrature.POINTS;
    double[] logs = new double[nodes];
    double[][] d = grad == null ? null : new double[5][nodes];
    double max = Double.NEGATIVE_INFINITY;
    int k = 0;
    double lnBS =
        Math.log(b) + Math.log(s) + s * lnBeta + Math.log(m) + Math.log(0.5 * hi / panels);
    for (int p = 0; p < panels; p++) {
      for (int i = 0; i < GompertzQuadrature.POINTS; i++, k++) {
        double w = GompertzQuadrature.node(0, hi, panels, p, i);
        double tau = tx + m * Math.expm1(w);
        double lnE = logShifted(beta, b * tau);
        double lnAt = Math.log(alpha + tau);
        double l =
            GompertzQuadrature.logWeight(i) + w + lnBS + b * tau - (s + 1) * lnE - big * lnAt;
        logs[k] = l;
        max = Math.max(max, l);
        if (d != null) {
          d[0][k] = -lnAt;
          d[1][k] = -big / (alpha + tau);
          d[2][k] = 1 / b + tau - (s + 1) * tau / (1 + (beta - 1) * Math.exp(-b * tau));
          d[3][k] = 1 / s + lnBeta - lnE;
          d[4][k] = s / beta - (s + 1) * Math.exp(-lnE);
        }
      }
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (int j = 0; j < nodes; j++) {
      double v = Math.exp(logs[j] - max);
      logs[j] = v;
      sum += v;
    }
    if (grad != null) {
      for (int j = 0; j < nodes; j++) {
        double v = logs[j] / sum;
        for (int a = 0; a < 5; a++) {
          grad[a] += v * d[a][j];
        }
      }
    }
    return max + Math.log(sum);
  }

  /** P(alive at T | x, t_x, T) = A / (A + I). */
  @Override
  public double probabilityAlive(double x, double tx, double age) {
    TransactionModel.checkHistory(x, tx, age);
    double big = r + x;
    double lnA = s * (Math.log(beta) - logShifted(beta, b * age)) - big * Math.log(alpha + age);
    double lnI = logDeathIntegral(r, alpha, b, s, beta, x, tx, age, null);
    return 1 / (1 + Math.exp(lnI - lnA));
  }

  @Override
  public double expectedPurchases(double t, double x, double tx, double age) {
    TransactionModel.checkHorizon(t);
    TransactionModel.checkHistory(x, tx, age);
    if (t == 0) {
      return 0;
    }
    return probabilityAlive(x, tx, age) * expectedPurchasesIfAlive(t, x, age);
  }

  /** (r+x)/(α+T) ∫₀^t P(alive at T+u | alive at T) du. */
  @Override
  public double expectedPurchasesIfAlive(double t, double x, double age) {
    TransactionModel.checkHorizon(t);
    if (t == 0) {
      return 0;
    }
    return (r + x) / (alpha + age) * aliveTime(t, age);
  }

  @Override
  public double expectedPurchasesNewCustomer(double t) {
    TransactionModel.checkHorizon(t);
    if (t == 0) {
      return 0;
    }
    return r / alpha * aliveTime(t, 0);
  }

  /**
   * ∫₀^t (β' / (β' + e^{bT}(e^{bu} − 1)))^s du, β' = β + e^{bT} − 1: the expected time alive in the
   * next t units of a customer alive at T, by Gauss–Legendre panels in ln(1 + u/κ), κ = β'/(b
   * e^{bT}) the survival's local scale, up to where the survival falls below e^−30.
   */
  double aliveTime(double t, double age) {
    double rho = growthOverShape(age);
    // beyond u* the survival is below e^−30: the integral stops there, so it is the same number for
    // every horizon past u*; just below u* it is that total less the rest up to u*, so it does not
    // fall with the horizon by rounding either
    double level = 30 / s;
    double cut = (level > 700 ? level - Math.log(rho) : Math.log1p(Math.expm1(level) / rho)) / b;
    if (t >= cut) {
      return Math.min(t, survivalIntegral(rho, 0, cut));
    }
    if (cut <= 64 * t) {
      return Math.min(t, survivalIntegral(rho, 0, cut) - survivalIntegral(rho, t, cut));
    }
    return Math.min(t, survivalIntegral(rho, 0, t));
  }

  /**
   * ∫_{lo}^{hi} (1 + ρ(e^{bu} − 1))^−s du by Gauss–Legendre panels in ln(1 + (u − lo)/κ), κ the
   * survival's local scale at lo.
   */
  private double survivalIntegral(double rho, double lo, double hi) {
    double eLo = Math.expm1(b * lo);
    double base = 1 + rho * eLo; // the survival's (1 + ρ(e^{bu} − 1)) at lo
    double kappa = base / (rho * b * (eLo + 1));
    double top = Math.log1p((hi - lo) / kappa);
    double spread = Math.abs(1 - s) * top + (s + 1) * b * (hi - lo) + 1;
    int panels = GompertzQuadrature.panels(spread);
    double sum = 0;
    for (int p = 0; p < panels; p++) {
      for (int i = 0; i < GompertzQuadrature.POINTS; i++) {
        double w = GompertzQuadrature.node(0, top, panels, p, i);
        double u = lo + kappa * Math.expm1(w);
        double survival = Math.exp(-s * Math.log1p(rho * Math.expm1(b * u)));
        sum += GompertzQuadrature.weight(0, top, panels, i) * kappa * Math.exp(w) * survival;
      }
    }
    return sum;
  }

  /** (β' / (β' + e^{bT}(e^{bt} − 1)))^s, β' = β + e^{bT} − 1; it does not depend on x. */
  @Override
  public double probabilitySurvives(double t, double x, double age) {
    TransactionModel.checkHorizon(t);
    TransactionModel.checkHistory(x, 0, age);
    return survivesFrom(t, age);
  }

  private double survivesFrom(double t, double age) {
    return Math.exp(-s * Math.log1p(growthOverShape(age) * Math.expm1(b * t)));
  }

  /** ρ = e^{bT} / (β + e^{bT} − 1), without overflow: the posterior's time scale factor. */
  private double growthOverShape(double age) {
    return 1 / (1 + (beta - 1) * Math.exp(-b * age));
  }

  /** ln(β + e^y − 1) for y ≥ 0, without overflow for large y or cancellation for small. */
  static double logShifted(double beta, double y) {
    if (y < 1) {
      return Math.log(beta + Math.expm1(y));
    }
    return y + Math.log1p((beta - 1) * Math.exp(-y));
  }

  /**
   * P(X(T, T+t) = n | x, t_x, T): alive at T (probability {@link #probabilityAlive}) the customer
   * buys as a new customer with λ ~ Gamma(r+x, α+T) and the survival of {@link
   * #probabilitySurvives}: S(t) NB(n; t) + ∫₀^t f(u) NB(n; u) du, by quadrature.
   */
  @Override
  public double probabilityOfPurchases(int n, double t, double x, double tx, double age) {
    PurchaseCounts.checkCount(n);
    TransactionModel.checkHorizon(t);
    double alive = probabilityAlive(x, tx, age);
    return PurchaseCounts.mixture(alive, countIfAlive(n, t, r + x, alpha + age, age), n);
  }

  @Override
  public double probabilityOfPurchasesNewCustomer(int n, double t) {
    PurchaseCounts.checkCount(n);
    TransactionModel.checkHorizon(t);
    return Math.max(0, Math.min(1, countIfAlive(n, t, r, alpha, 0)));
  }

  /** P(n purchases in (T, T+t] | alive at T) with λ ~ Gamma(rr, aa); the lifetime as at age T. */
  private double countIfAlive(int n, double t, double rr, double aa, double age) {
    if (t == 0) {
      return n == 0 ? 1 : 0;
    }
    double atEnd =
        survivesFrom(t, age) * Math.exp(PurchaseCounts.logNegativeBinomial(rr, aa, n, t));
    // ∫₀^t g(u) NB(n; u) du, g = −dS/du = s b ρ e^{bu} (1 + ρ (e^{bu} − 1))^−(s+1)
    double rho = growthOverShape(age);
    double kappa = Math.min(1 / (rho * b), aa);
    double hi = Math.log1p(t / kappa);
    double spread = (s + 1) * hi + (rr + n) * Math.log1p(t / aa) + (s + 1) * b * t + 1;
    int panels = GompertzQuadrature.panels(spread);
    double sum = 0;
    for (int p = 0; p < panels; p++) {
      for (int i = 0; i < GompertzQuadrature.POINTS; i++) {
        double w = GompertzQuadrature.node(0, hi, panels, p, i);
        double u = kappa * Math.expm1(w);
        double lnG = Math.log(s * b * rho) + b * u - (s + 1) * Math.log1p(rho * Math.expm1(b * u));
        double nb =
            u == 0
                ? (n == 0 ? 0 : Double.NEGATIVE_INFINITY)
                : PurchaseCounts.logNegativeBinomial(rr, aa, n, u);
        sum += GompertzQuadrature.weight(0, hi, panels, i) * kappa * Math.exp(w + lnG + nb);
      }
    }
    return atEnd + sum;
  }

  /**
   * Draws customers: λ ~ Gamma(r, α), η ~ Gamma(s, β), the lifetime τ = ln(1 + E/η)/b with E
   * standard exponential, and Poisson purchases of rate λ until min(τ, T). Deterministic for a
   * seed.
   */
  @Override
  public WeightedData simulate(double[] ages, long seed) {
    Objects.requireNonNull(ages, "ages must not be null");
    Well19937c rng = new Well19937c(seed);
    SplittableRandom random = new SplittableRandom(seed);
    GammaDistribution lambdaDist = new GammaDistribution(rng, r, 1.0 / alpha);
    GammaDistribution etaDist = new GammaDistribution(rng, s, 1.0 / beta);
    int n = ages.length;
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double lambda = lambdaDist.sample();
      double eta = etaDist.sample();
      double lifetime = Math.log1p(-Math.log(1 - random.nextDouble()) / eta) / b;
      double end = Math.min(lifetime, ages[i]);
      double clock = 0;
      while (true) {
        clock += -Math.log(1 - random.nextDouble()) / lambda;
        if (clock > end) {
          break;
        }
        x[i]++;
        tx[i] = clock;
      }
      w[i] = 1;
    }
    return WeightedData.of(x, tx, ages.clone(), w);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "GGom/NBD(r=%.4f, alpha=%.4f, b=%.4g, s=%.4f, beta=%.4g)",
        r,
        alpha,
        b,
        s,
        beta);
  }
}
