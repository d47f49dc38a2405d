package io.crmkit.lifecycle.clv;

import static io.crmkit.lifecycle.clv.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.clv.SpecialFunctions.logBeta;
import static io.crmkit.lifecycle.clv.SpecialFunctions.logGamma;

/**
 * The BG/NBD (or, {@code modified}, MBG/NBD) log-likelihood over weighted rows with the terms that depend on x only (log-gamma,
 * log-beta, digamma) computed once per distinct x: per row it costs two logarithms and two
 * exponentials. Equal to the sum of the models' per-customer log-likelihoods over rows.
 */
final class BetaGeometricLikelihood implements LogLikelihood {
  private final WeightedData data;
  private final boolean modified;
  private final double[] xs;
  private final int[] xi;
  private final double[] txs;
  private final int[] txi;
  private final double[] ts;
  private final int[] ti;

  BetaGeometricLikelihood(WeightedData data, boolean modified) {
    this.data = data;
    this.modified = modified;
    this.xs = data.distinctX();
    this.xi = data.xIndex();
    this.txs = data.distinctTx();
    this.txi = data.txIndex();
    this.ts = data.distinctAge();
    this.ti = data.ageIndex();
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
  public double value(double[] p) {
    return evaluate(p, null);
  }

  @Override
  public void gradient(double[] p, double[] g) {
    evaluate(p, g);
  }

  private double evaluate(double[] p, double[] grad) {
    double r = p[0];
    double alpha = p[1];
    double a = p[2];
    double b = p[3];
    int k = xs.length;
    double lbab = logBeta(a, b);
    double lnAlpha = Math.log(alpha);
    double[] c = new double[k];
    double[] ca = new double[k];
    double[] cb = new double[k];
    // gradient pieces per x
    double[] dCr = grad == null ? null : new double[k];
    double[] dAa = grad == null ? null : new double[k];
    double[] dAb = grad == null ? null : new double[k];
    double[] dBa = grad == null ? null : new double[k];
    double[] dBb = grad == null ? null : new double[k];
    double psiAb = grad == null ? 0 : digamma(a + b);
    double psiR = grad == null ? 0 : digamma(r);
    double psiA = grad == null ? 0 : digamma(a);
    double psiA1 = grad == null ? 0 : digamma(a + 1);
    double psiB = grad == null ? 0 : digamma(b);
    for (int j = 0; j < k; j++) {
      double x = xs[j];
      // BG/NBD: A = alive at T, B = dropped at the last repeat purchase (x > 0 only);
      // MBG/NBD: one more dropout chance (at the first purchase), so B exists for x = 0 too
      double shift = modified ? 1 : 0;
      c[j] = logGamma(r + x) - logGamma(r) + r * lnAlpha;
      ca[j] = logBeta(a, b + x + shift) - lbab;
      cb[j] = x + shift > 0 ? logBeta(a + 1, b + x - 1 + shift) - lbab : Double.NEGATIVE_INFINITY;
      if (grad != null) {
        double psiAbx = digamma(a + b + x + shift);
        dCr[j] = digamma(r + x) - psiR + lnAlpha;
        dAa[j] = psiAb - psiAbx;
        dAb[j] = digamma(b + x + shift) - psiAbx - psiB + psiAb;
        if (x + shift > 0) {
          dBa[j] = psiA1 - psiAbx - psiA + psiAb;
          dBb[j] = digamma(b + x - 1 + shift) - psiAbx - psiB + psiAb;
        }
      }
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
    double sum = 0;
    double gr = 0;
    double gal = 0;
    double ga = 0;
    double gb = 0;
    int n = data.rows();
    for (int i = 0; i < n; i++) {
      int j = xi[i];
      int jt = ti[i];
      int jx = txi[i];
      double x = xs[j];
      double w = data.weight(i);
      double rx = r + x;
      double lnAgeTerm = lnT[jt];
      double la = ca[j] - rx * lnAgeTerm;
      double lse;
      double wa = 1;
      double wb = 0;
      double lnTxTerm = 0;
      if (cb[j] != Double.NEGATIVE_INFINITY) {
        lnTxTerm = lnTx[jx];
        double lb = cb[j] - rx * lnTxTerm;
        if (la >= lb) {
          double e = Math.exp(lb - la);
          lse = la + Math.log1p(e);
          wa = 1 / (1 + e);
          wb = e * wa;
        } else {
          double e = Math.exp(la - lb);
          lse = lb + Math.log1p(e);
          wb = 1 / (1 + e);
          wa = e * wb;
        }
      } else {
        lse = la;
      }
      sum += w * (c[j] + lse);
      if (grad != null) {
        gr += w * (dCr[j] - wa * lnAgeTerm - wb * lnTxTerm);
        gal += w * (r / alpha - wa * rx * invT[jt] - wb * rx * invTx[jx]);
        ga += w * (wa * dAa[j] + wb * dBa[j]);
        gb += w * (wa * dAb[j] + wb * dBb[j]);
      }
    }
    if (grad != null) {
      grad[0] = gr;
      grad[1] = gal;
      grad[2] = ga;
      grad[3] = gb;
    }
    return sum;
  }
}
