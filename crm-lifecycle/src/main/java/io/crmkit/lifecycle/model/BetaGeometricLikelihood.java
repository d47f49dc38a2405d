package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.model.SpecialFunctions.logBeta;
import static io.crmkit.lifecycle.model.SpecialFunctions.logGamma;

import java.util.Optional;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD (or, {@code modified}, MBG/NBD) log-likelihood over weighted rows, with its analytic
 * gradient and Hessian in one pass. Per row ln L = c(x) + ln(e^A + e^B) with A = a(x) − (r+x)
 * ln(α+T) and B = b(x) − (r+x) ln(α+t_x): the log-gamma, log-beta, digamma and trigamma terms are
 * computed once per distinct x, ln(α+T) and ln(α+t_x) once per distinct T and t_x, so a row costs
 * one exponential and one logarithm (the log-sum-exp) and a few multiplications. The terms of the
 * gradient and Hessian in (a, b), which depend on the row only through the weights e^(A−lnL) and
 * e^(B−lnL), are summed per distinct x. Equal to the sum of the models' per-customer
 * log-likelihoods over rows.
 */
final class BetaGeometricLikelihood implements SecondOrderLikelihood {
  private final WeightedData data;
  private final boolean modified;
  private final double[] xs;
  private final int[] xi;
  private final double[] txs;
  private final int[] txi;
  private final double[] ts;
  private final int[] ti;
  private final double[] w;

  /** Σ w per distinct x. */
  private final double[] wx;

  BetaGeometricLikelihood(WeightedData data, boolean modified) {
    this.data = data;
    this.modified = modified;
    this.xs = data.distinctX();
    this.xi = data.xIndex();
    this.txs = data.distinctTx();
    this.txi = data.txIndex();
    this.ts = data.distinctAge();
    this.ti = data.ageIndex();
    int n = data.rows();
    this.w = new double[n];
    this.wx = new double[xs.length];
    for (int i = 0; i < n; i++) {
      w[i] = data.weight(i);
      wx[xi[i]] += w[i];
    }
  }

  @Override
  public String[] names() {
    return BgNbdModel.NAMES.clone();
  }

  @Override
  public double observations() {
    return data.customers();
  }

  @Override
  public boolean hasHessian() {
    return true;
  }

  @Override
  public Optional<SecondOrderLikelihood> subsample(double fraction) {
    return Optional.of(new BetaGeometricLikelihood(data.subsample(fraction), modified));
  }

  @Override
  public double evaluate(double[] p, double[] grad, double[][] hess) {
    double r = p[0];
    double alpha = p[1];
    double a = p[2];
    double b = p[3];
    boolean g1 = grad != null || hess != null;
    boolean g2 = hess != null;
    int k = xs.length;
    double shift = modified ? 1 : 0;
    double lbab = logBeta(a, b);
    double lnAlpha = Math.log(alpha);
    double[] ca = new double[k];
    double[] cb = new double[k];
    double[] rx = new double[k];
    double sum = 0;
    for (int j = 0; j < k; j++) {
      double x = xs[j];
      rx[j] = r + x;
      // BG/NBD: A = alive at T, B = dropped at the last repeat purchase (x > 0 only);
      // MBG/NBD: one more dropout chance (at the first purchase), so B exists for x = 0 too
      ca[j] = logBeta(a, b + x + shift) - lbab;
      cb[j] = x + shift > 0 ? logBeta(a + 1, b + x - 1 + shift) - lbab : Double.NEGATIVE_INFINITY;
      sum += wx[j] * (logGamma(r + x) - logGamma(r) + r * lnAlpha);
    }
    // ln(α+T), ln(α+t_x) and their reciprocals once per distinct value
    double[] lnT = new double[ts.length];
    double[] invT = new double[ts.length];
    for (int j = 0; j < ts.length; j++) {
      lnT[j] = Math.log(alpha + ts[j]);
      invT[j] = 1 / (alpha + ts[j]);
    }
    double[] lnTx = new double[txs.length];
    double[] invTx = new double[txs.length];
    for (int j = 0; j < txs.length; j++) {
      lnTx[j] = Math.log(alpha + txs[j]);
      invTx[j] = 1 / (alpha + txs[j]);
    }
    // per distinct x: Σ w·wa, Σ w·wa·wb, Σ w·wa·wb·(∂A−∂B)/∂r and /∂α
    double[] sa = new double[k];
    double[] sab = new double[k];
    double[] ur = new double[k];
    double[] ual = new double[k];
    double gr = 0;
    double gal = 0;
    double hrr = 0;
    double hral = 0;
    double halal = 0;
    int n = w.length;
    for (int i = 0; i < n; i++) {
      int j = xi[i];
      int jt = ti[i];
      double wi = w[i];
      double rxj = rx[j];
      double lt = lnT[jt];
      double la = ca[j] - rxj * lt;
      if (cb[j] == Double.NEGATIVE_INFINITY) {
        sum += wi * la;
        if (g1) {
          sa[j] += wi;
          gr -= wi * lt;
          gal -= wi * rxj * invT[jt];
          if (g2) {
            double it = invT[jt];
            hral -= wi * it;
            halal += wi * rxj * it * it;
          }
        }
        continue;
      }
      int js = txi[i];
      double ls = lnTx[js];
      double lb = cb[j] - rxj * ls;
      double wa;
      double wb;
      if (la >= lb) {
        double e = Math.exp(lb - la);
        double onePlus = 1 + e;
        sum += wi * (la + Math.log(onePlus));
        wa = 1 / onePlus;
        wb = e * wa;
      } else {
        double e = Math.exp(la - lb);
        double onePlus = 1 + e;
        sum += wi * (lb + Math.log(onePlus));
        wb = 1 / onePlus;
        wa = e * wb;
      }
      if (g1) {
        double it = invT[jt];
        double is = invTx[js];
        double waw = wi * wa;
        sa[j] += waw;
        gr -= wi * (wa * lt + wb * ls);
        double mix = wa * it + wb * is;
        gal -= wi * rxj * mix;
        if (g2) {
          double v = waw * wb;
          double dr = ls - lt; // ∂A/∂r − ∂B/∂r
          double dal = rxj * (is - it); // ∂A/∂α − ∂B/∂α
          sab[j] += v;
          ur[j] += v * dr;
          ual[j] += v * dal;
          hrr += v * dr * dr;
          hral += -wi * mix + v * dr * dal;
          halal += wi * rxj * (wa * it * it + wb * is * is) + v * dal * dal;
        }
      }
    }
    if (!g1) {
      return sum;
    }
    double psiR = digamma(r);
    double psiAb = digamma(a + b);
    double psiA = digamma(a);
    double psiA1 = digamma(a + 1);
    double psiB = digamma(b);
    double triR = g2 ? Gamma.trigamma(r) : 0;
    double triAb = g2 ? Gamma.trigamma(a + b) : 0;
    double triA = g2 ? Gamma.trigamma(a) : 0;
    double triA1 = g2 ? Gamma.trigamma(a + 1) : 0;
    double triB = g2 ? Gamma.trigamma(b) : 0;
    double gA = 0;
    double gB = 0;
    double hrA = 0;
    double hrB = 0;
    double halA = 0;
    double halB = 0;
    double hAA = 0;
    double hAB = 0;
    double hBB = 0;
    double wTotal = 0;
    for (int j = 0; j < k; j++) {
      double x = xs[j];
      double wj = wx[j];
      if (wj == 0) {
        continue;
      }
      wTotal += wj;
      gr += wj * (digamma(r + x) - psiR + lnAlpha);
      double psiAbx = digamma(a + b + x + shift);
      double aA = psiAb - psiAbx; // ∂A/∂a
      double aB = digamma(b + x + shift) - psiAbx - psiB + psiAb; // ∂A/∂b
      double bA = 0;
      double bB = 0;
      boolean hasB = cb[j] != Double.NEGATIVE_INFINITY;
      if (hasB) {
        bA = psiA1 - psiAbx - psiA + psiAb;
        bB = digamma(b + x - 1 + shift) - psiAbx - psiB + psiAb;
      }
      double sb = wj - sa[j];
      gA += sa[j] * aA + sb * bA;
      gB += sa[j] * aB + sb * bB;
      if (g2) {
        hrr += wj * (Gamma.trigamma(r + x) - triR);
        double triAbx = Gamma.trigamma(a + b + x + shift);
        double aAA = triAb - triAbx;
        double aBB = Gamma.trigamma(b + x + shift) - triAbx - triB + triAb;
        double aAB = triAb - triAbx;
        double bAA = 0;
        double bBB = 0;
        double bAB = 0;
        if (hasB) {
          bAA = triA1 - triAbx - triA + triAb;
          bBB = Gamma.trigamma(b + x - 1 + shift) - triAbx - triB + triAb;
          bAB = triAb - triAbx;
        }
        double da = aA - bA;
        double db = aB - bB;
        hAA += sa[j] * aAA + sb * bAA + sab[j] * da * da;
        hAB += sa[j] * aAB + sb * bAB + sab[j] * da * db;
        hBB += sa[j] * aBB + sb * bBB + sab[j] * db * db;
        hrA += ur[j] * da;
        hrB += ur[j] * db;
        halA += ual[j] * da;
        halB += ual[j] * db;
      }
    }
    gal += wTotal * r / alpha;
    if (grad != null) {
      grad[0] = gr;
      grad[1] = gal;
      grad[2] = gA;
      grad[3] = gB;
    }
    if (g2) {
      hral += wTotal / alpha;
      halal -= wTotal * r / (alpha * alpha);
      double[][] h = {
        {hrr, hral, hrA, hrB},
        {hral, halal, halA, halB},
        {hrA, halA, hAA, hAB},
        {hrB, halB, hAB, hBB}
      };
      for (int i = 0; i < 4; i++) {
        System.arraycopy(h[i], 0, hess[i], 0, 4);
      }
    }
    return sum;
  }
}
