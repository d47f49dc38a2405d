package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.model.SpecialFunctions.logBeta;
import static io.crmkit.lifecycle.model.SpecialFunctions.logGamma;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * The arithmetic of BG/CNBD-k and MBG/CNBD-k (Reutterer, Platzer &amp; Schröder 2021; BTYDplus's
 * {@code bgcnbd}/{@code mbgcnbd}): interpurchase times are Erlang-k with rate λ ~ Gamma(r, α) (the
 * rate of the underlying Poisson clock, k of whose events make one purchase, so purchases come at
 * the rate λ/k), and after each purchase (MBG: also at the first) the customer drops out with
 * probability p ~ Beta(a, b).
 *
 * <p>The likelihood of a history with x repeat purchases, the last at t_x, observed for T, whose
 * interpurchase times have logarithms summing to litt, is e^{(k−1) litt − x ln (k−1)!} times
 *
 * <pre>
 *   α^r/Γ(r) [ B(a, b+x+m)/B(a, b) Σ_{j&lt;k} (T−t_x)^j/j! Γ(r+kx+j) (α+T)^−(r+kx+j)
 *            + δ B(a+1, b+x+m−1)/B(a, b) Γ(r+kx) (α+t_x)^−(r+kx) ]
 * </pre>
 *
 * with m = 1 for MBG (δ = 1) and m = 0 for BG (δ = 1 when x &gt; 0): alive at T with j clock events
 * since the last purchase, or dropped out at the last purchase. The first factor does not depend on
 * (r, α, a, b); this class computes the rest ("the kernel"), with its gradient, from per-frequency
 * terms ({@link XTerms}) that the fit computes once per distinct x.
 *
 * <p>Predictions for k &gt; 1: alive at T, the clock has run j = 0…k−1 events since the last
 * purchase with posterior weights from the sum above, and given j, λ ~ Gamma(r+kx+j, α+T) and p ~
 * Beta(a, b+x+m). The n-th purchase after T comes when the clock has counted kn − j events, the
 * count being negative binomial, and needs the customer to survive n − 1 purchases: P(N ≥ n | j) =
 * B(a, B+n−1)/B(a, B) · P(NB ≥ kn − j).
 */
final class CnbdKernel {

  /** The largest k accepted. */
  static final int MAX_K = 50;

  private static final double[] LOG_FACTORIAL = new double[MAX_K + 1];

  static {
    for (int j = 0; j <= MAX_K; j++) {
      LOG_FACTORIAL[j] = logGamma(j + 1.0);
    }
  }

  private CnbdKernel() {}

  /** Checks a degree of regularity. */
  static int checkK(double k) {
    if (!(k >= 1 && k <= MAX_K) || k != Math.rint(k)) {
      throw new IllegalArgumentException(
          "k must be a whole number from 1 to " + MAX_K + " but was: " + Models.number(k));
    }
    return (int) k;
  }

  /** ln (k−1)!: the factor of the Erlang densities per purchase. */
  static double logFactorial(int j) {
    return LOG_FACTORIAL[j];
  }

  /** The terms of the kernel that depend on the frequency x and the parameters, not on t_x or T. */
  static final class XTerms {
    double big; // R = r + kx
    double logGammaRatio; // lnΓ(R) − lnΓ(r)
    double psiRatio; // ψ(R) − ψ(r)
    final double[] cumLog; // Σ_{i<j} ln(R+i)
    final double[] cumInv; // Σ_{i<j} 1/(R+i)
    double lbAlive; // ln B(a, b+x+m) − ln B(a, b)
    double lbDropped; // ln B(a+1, b+x+m−1) − ln B(a, b), −∞ when not possible
    double dAliveA;
    double dAliveB;
    double dDroppedA;
    double dDroppedB;

    XTerms(int k) {
      cumLog = new double[k];
      cumInv = new double[k];
    }

    /**
     * Fills the terms for frequency x; {@code psiR}, {@code psiB}, {@code psiAb} are ψ(r), ψ(b) and
     * ψ(a+b), shared by every x; gradient terms only when {@code grad}.
     */
    void fill(
        int k,
        boolean mbg,
        double r,
        double a,
        double b,
        double x,
        double lgR,
        double psiR,
        double psiB,
        double psiAb,
        double lbab,
        boolean grad) {
      int m = mbg ? 1 : 0;
      big = r + k * x;
      logGammaRatio = logGamma(big) - lgR;
      double c = b + x + m;
      lbAlive = logBeta(a, c) - lbab;
      boolean dropped = mbg || x > 0;
      lbDropped = dropped ? lbAlive + Math.log(a) - Math.log(c - 1) : Double.NEGATIVE_INFINITY;
      double sl = 0;
      double si = 0;
      for (int j = 0; j < k; j++) {
        cumLog[j] = sl;
        cumInv[j] = si;
        sl += Math.log(big + j);
        si += 1 / (big + j);
      }
      if (grad) {
        psiRatio = digamma(big) - psiR;
        double psiAbx = digamma(a + c);
        dAliveA = psiAb - psiAbx;
        dAliveB = digamma(c) - psiAbx - psiB + psiAb;
        dDroppedA = dAliveA + 1 / a;
        dDroppedB = dropped ? dAliveB - 1 / (c - 1) : 0;
      }
    }
  }

  /**
   * The kernel's log (without the e^{(k−1) litt − x ln (k−1)!} factor) of one row with the
   * frequency terms {@code xt}; writes ∂/∂(r, α, a, b) into {@code grad} when not null and writes
   * ln P(alive at T) into {@code aliveOut[0]} when not null. {@code weights}, of length k + 1,
   * receives the posterior weights of the alive phases j and (last) of having dropped out.
   */
  static double row(
      int k,
      double r,
      double alpha,
      XTerms xt,
      double tx,
      double age,
      double[] grad,
      double[] weights) {
    double lnAt = Math.log(alpha + age);
    double lnAtx = Math.log(alpha + tx);
    double gap = age - tx;
    double lnGap = gap > 0 ? Math.log(gap) : Double.NEGATIVE_INFINITY;
    int phases = gap > 0 ? k : 1;
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < phases; j++) {
      double l =
          xt.lbAlive
              + xt.cumLog[j]
              + (j == 0 ? 0 : j * lnGap - LOG_FACTORIAL[j])
              - (xt.big + j) * lnAt;
      weights[j] = l;
      max = Math.max(max, l);
    }
    for (int j = phases; j < k; j++) {
      weights[j] = Double.NEGATIVE_INFINITY;
    }
    double lD = xt.lbDropped - xt.big * lnAtx;
    weights[k] = lD;
    max = Math.max(max, lD);
    double sum = 0;
    for (int j = 0; j <= k; j++) {
      double e = weights[j] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(weights[j] - max);
      weights[j] = e;
      sum += e;
    }
    for (int j = 0; j <= k; j++) {
      weights[j] /= sum;
    }
    double lse = max + Math.log(sum);
    if (grad != null) {
      double wD = weights[k];
      double wA = 1 - wD;
      double gr = Math.log(alpha) + xt.psiRatio - wD * lnAtx;
      double ga = r / alpha - wD * xt.big / (alpha + tx);
      for (int j = 0; j < phases; j++) {
        gr += weights[j] * (xt.cumInv[j] - lnAt);
        ga -= weights[j] * (xt.big + j) / (alpha + age);
      }
      grad[0] = gr;
      grad[1] = ga;
      grad[2] = wA * xt.dAliveA + wD * xt.dDroppedA;
      grad[3] = wA * xt.dAliveB + wD * xt.dDroppedB;
    }
    return r * Math.log(alpha) + xt.logGammaRatio + lse;
  }

  /** The frequency terms of one customer at parameters p = (r, α, a, b). */
  static XTerms terms(int k, boolean mbg, double[] p, double x, boolean grad) {
    XTerms xt = new XTerms(k);
    double r = p[0];
    double a = p[2];
    double b = p[3];
    xt.fill(
        k,
        mbg,
        r,
        a,
        b,
        x,
        logGamma(r),
        grad ? digamma(r) : 0,
        grad ? digamma(b) : 0,
        grad ? digamma(a + b) : 0,
        logBeta(a, b),
        grad);
    return xt;
  }

  /** The kernel of one customer, with its gradient when {@code grad} is not null. */
  static double logKernel(
      int k, boolean mbg, double[] p, double x, double tx, double age, double[] grad) {
    XTerms xt = terms(k, mbg, p, x, grad != null);
    return row(k, p[0], p[1], xt, tx, age, grad, new double[k + 1]);
  }

  /** Posterior weights of the alive phases j = 0…k−1 and (index k) of having dropped out. */
  static double[] posterior(int k, boolean mbg, double[] p, double x, double tx, double age) {
    double[] w = new double[k + 1];
    row(k, p[0], p[1], terms(k, mbg, p, x, false), tx, age, null, w);
    return w;
  }

  /**
   * E[N] and P(alive at the end) over a horizon t of a customer alive now whose clock has run j
   * events since the last purchase, with λ ~ Gamma(rr, s) and dropout p ~ Beta(a, bb) after each
   * purchase: {@code out[0]} = Σ_{n≥1} ρ_{n−1} P(M ≥ kn − j), {@code out[1]} = Σ_{n≥0} ρ_n P(kn − j
   * ≤ M &lt; k(n+1) − j), ρ_n = E(1−p)^n, M the negative binomial clock count. The count's tail is
   * summed from about 40 standard deviations below its mean (below, it is 1 to double precision)
   * until what remains of it is below 1e-18.
   */
  static void aliveMoments(
      int k, int j, double rr, double s, double a, double bb, double t, double[] out) {
    if (t == 0) {
      out[0] = 0;
      out[1] = 1;
      return;
    }
    double mean = rr * (t / s);
    double sd = Math.sqrt(mean * (1 + t / s));
    double start = Math.max(0, Math.floor(mean - 40 * sd));
    Tail tail = new Tail(rr, s, t, start);
    // below the start every target's tail is 1: those n add ρ_n to the expectation and nothing to
    // the survival, in closed form (bounded work however far the window lies)
    long n0 = Math.max(0, (long) Math.ceil((start + j) / k - 1));
    double expected = sumOfRho(a, bb, n0);
    double survival = 0;
    double rho = n0 == 0 ? 1 : Math.exp(logBeta(a, bb + n0) - logBeta(a, bb));
    double lower = 1; // P(M ≥ kn − j) for the current n (1 below the start)
    for (long n = n0; ; n++) {
      double upper = tail.at((double) k * (n + 1) - j);
      expected += rho * upper;
      survival += rho * (lower - upper);
      lower = upper;
      rho *= (bb + n) / (a + bb + n);
      if (tail.negligible() || rho < 1e-300) {
        break;
      }
    }
    out[0] = expected;
    out[1] = Math.max(0, Math.min(1, survival));
  }

  /**
   * Σ_{n&lt;N} ρ_n, ρ_n = B(a, B+n)/B(a, B): by B(a, c) = B(a−1, c) − B(a−1, c+1) the sum
   * telescopes to (a+B−1)/(a−1) (1 − ρ_N (a+B+N−1)/(a+B−1)), computed with expm1 of the log of the
   * subtracted ratio (directly when a + B ≤ 1); B (ψ(B+N) − ψ(B)) at a = 1.
   */
  static double sumOfRho(double a, double bb, long count) {
    if (count == 0) {
      return 0;
    }
    if (Math.abs(a - 1) < 1e-9) {
      return bb * (digamma(bb + count) - digamma(bb));
    }
    double logRho = logBeta(a, bb + count) - logBeta(a, bb);
    if (a + bb - 1 <= 0) {
      return (a + bb - 1 - Math.exp(logRho) * (a + bb + count - 1)) / (a - 1);
    }
    double logX = logRho + Math.log(a + bb + count - 1) - Math.log(a + bb - 1);
    return (a + bb - 1) / (a - 1) * -Math.expm1(logX);
  }

  /** P(N = n | alive now, j): ρ_{n−1} P(M ≥ kn − j) − ρ_n P(M ≥ k(n+1) − j). */
  static double aliveProbability(
      int k, int j, double rr, double s, double a, double bb, int n, double t) {
    double lbab = logBeta(a, bb);
    double atLeast =
        n == 0
            ? 1
            : Math.exp(logBeta(a, bb + n - 1) - lbab)
                * PurchaseCounts.negativeBinomialTail(rr, s, k * n - j, t);
    double more =
        Math.exp(logBeta(a, bb + n) - lbab)
            * PurchaseCounts.negativeBinomialTail(rr, s, k * (n + 1) - j, t);
    return Math.max(0, atLeast - more);
  }

  /** P(M ≥ m) of the negative binomial clock count, for increasing m, by its pmf's recursion. */
  private static final class Tail {
    private final double rr;
    private final double logStep;
    private final double start;
    private double m;
    private double value;
    private double logPmf;

    Tail(double rr, double s, double t, double start) {
      this.rr = rr;
      this.logStep = Math.log(t) - Math.log(s + t);
      this.start = start;
      this.m = start;
      this.value = start == 0 ? 1 : PurchaseCounts.negativeBinomialTail(rr, s, (int) start, t);
      this.logPmf = PurchaseCounts.logNegativeBinomial(rr, s, (int) start, t);
    }

    /**
     * Whether the tail beyond the current count is below 1e-18: past the mode the pmf falls by the
     * ratio q = (R+m)/(m+1) · t/(s+t) &lt; 1 per step, and that ratio itself falls, so the tail is
     * at most pmf/(1 − q). (The running value 1 − Σ pmf cannot tell: its rounding is 1e-17.)
     */
    boolean negligible() {
      double ratio = Math.exp(Math.log((rr + m) / (m + 1)) + logStep);
      return ratio < 1 && Math.exp(logPmf) / (1 - ratio) < 1e-18;
    }

    /** P(M ≥ target); targets must not decrease between calls. */
    double at(double target) {
      if (target <= 0 || target < start) {
        return 1; // below the start the tail is 1 to double precision
      }
      while (m < target) {
        value -= Math.exp(logPmf);
        logPmf += Math.log((rr + m) / (m + 1)) + logStep;
        m++;
      }
      return Math.max(0, value);
    }
  }

  /**
   * Draws customers: Erlang-k interpurchase times, dropout after purchases (and, for MBG, at the
   * first); returns columns x, t_x, T, litt.
   */
  static double[][] simulate(
      int k, boolean mbg, double r, double alpha, double a, double b, double[] ages, long seed) {
    Well19937c rng = new Well19937c(seed);
    SplittableRandom random = new SplittableRandom(seed);
    GammaDistribution lambdaDist = new GammaDistribution(rng, r, 1.0 / alpha);
    BetaDistribution pDist = new BetaDistribution(rng, a, b);
    int n = ages.length;
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] litt = new double[n];
    for (int i = 0; i < n; i++) {
      double lambda = lambdaDist.sample();
      double p = pDist.sample();
      boolean alive = !(mbg && random.nextDouble() < p);
      double clock = 0;
      while (alive) {
        double gap = 0;
        for (int e = 0; e < k; e++) {
          gap += -Math.log(1 - random.nextDouble()) / lambda;
        }
        if (clock + gap > ages[i]) {
          break;
        }
        clock += gap;
        x[i]++;
        tx[i] = clock;
        litt[i] += Math.log(gap);
        alive = random.nextDouble() >= p;
      }
    }
    return new double[][] {x, tx, ages.clone(), litt};
  }
}
