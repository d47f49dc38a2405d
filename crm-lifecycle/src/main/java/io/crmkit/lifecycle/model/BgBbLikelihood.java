package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.model.SpecialFunctions.logGamma;

import java.util.Optional;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/BB log-likelihood of whole-number (x, t_x, n) rows with its analytic gradient and Hessian
 * in one pass. Every Beta function of the likelihood (FHS 2010 eq. 5) has arguments α + k, β + k, α
 * + β + k, γ, γ + 1, δ + k or γ + δ + k with a whole k ≤ max n + 1, so one evaluation first
 * tabulates lnΓ, ψ and ψ' of the six shifted sequences by their recurrences (lnΓ(z+1) = lnΓ(z) + ln
 * z, ψ(z+1) = ψ(z) + 1/z, ψ'(z+1) = ψ'(z) − 1/z², re-anchored on the special functions every
 * {@value #ANCHOR} steps so rounding does not build up), then sums each row's n − t_x + 1 terms in
 * log space from the tables: no special function per row. Row i's log-likelihood is c(x) + ln Σ_t
 * e^ℓ_t over its terms t, its gradient the softmax-weighted mean of the terms' gradients and its
 * Hessian their weighted Hessians plus the weighted covariance of their gradients. The (α, β) and
 * (γ, δ) blocks of a term's Hessian are apart (no cross terms). Only for rows of whole numbers 0 ≤
 * x ≤ t_x ≤ n ≤ {@value #MAX_OPPORTUNITIES} with t_x &gt; 0 when x &gt; 0 ({@link #of} falls back
 * to the per-row sum otherwise).
 */
final class BgBbLikelihood implements SecondOrderLikelihood {

  /** The most opportunities of a row the tables cover (a few MB of tables). */
  static final int MAX_OPPORTUNITIES = 1 << 16;

  /** Steps of a recurrence between two evaluations of the special functions themselves. */
  static final int ANCHOR = 32;

  private final WeightedData data;
  private final int[] x;
  private final int[] tx;
  private final int[] n;
  private final double[] w;
  private final int maxN;
  private final int maxTerms;

  private BgBbLikelihood(WeightedData data, int[] x, int[] tx, int[] n) {
    this.data = data;
    this.x = x;
    this.tx = tx;
    this.n = n;
    int rows = data.rows();
    this.w = new double[rows];
    int max = 0;
    int terms = 0;
    for (int i = 0; i < rows; i++) {
      w[i] = data.weight(i);
      max = Math.max(max, n[i]);
      terms = Math.max(terms, n[i] - tx[i] + 1);
    }
    this.maxN = max;
    this.maxTerms = terms;
  }

  /**
   * The kernel of {@code data} when every row is whole numbers 0 ≤ x ≤ t_x ≤ n ≤ {@value
   * #MAX_OPPORTUNITIES} (t_x &gt; 0 when x &gt; 0); else the plain per-row sum of {@link
   * BgBbModel#logLikelihood}, which has no Hessian.
   */
  static SecondOrderLikelihood of(WeightedData data) {
    int rows = data.rows();
    int[] x = new int[rows];
    int[] tx = new int[rows];
    int[] n = new int[rows];
    for (int i = 0; i < rows; i++) {
      double xi = data.x(i);
      double ti = data.tx(i);
      double ni = data.age(i);
      if (!(ni <= MAX_OPPORTUNITIES)
          || ti != Math.rint(ti)
          || ni != Math.rint(ni)
          || xi > ti
          || (xi > 0 && ti == 0)) {
        return new WeightedLikelihood(BgBbModel.NAMES, data, BgBbModel::logLikelihood);
      }
      x[i] = (int) xi;
      tx[i] = (int) ti;
      n[i] = (int) ni;
    }
    return new BgBbLikelihood(data, x, tx, n);
  }

  @Override
  public String[] names() {
    return BgBbModel.NAMES.clone();
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
    return Optional.of(of(data.subsample(fraction)));
  }

  /** lnΓ, ψ and (when asked for) ψ' of z, z + 1, …, z + size − 1. */
  private static final class Shifted {
    final double[] lg;
    final double[] psi;
    final double[] tri;

    Shifted(double z, int size, boolean first, boolean second) {
      lg = new double[size];
      psi = first ? new double[size] : null;
      tri = second ? new double[size] : null;
      for (int k = 0; k < size; k++) {
        double zk = z + k;
        if (k % ANCHOR == 0) {
          lg[k] = logGamma(zk);
          if (first) {
            psi[k] = digamma(zk);
          }
          if (second) {
            tri[k] = Gamma.trigamma(zk);
          }
        } else {
          double prev = zk - 1;
          lg[k] = lg[k - 1] + Math.log(prev);
          if (first) {
            psi[k] = psi[k - 1] + 1 / prev;
          }
          if (second) {
            tri[k] = tri[k - 1] - 1 / (prev * prev);
          }
        }
      }
    }
  }

  @Override
  public double evaluate(double[] p, double[] grad, double[][] hess) {
    double a = p[0];
    double b = p[1];
    double g = p[2];
    double d = p[3];
    boolean g1 = grad != null || hess != null;
    boolean g2 = hess != null;
    int size = maxN + 2;
    Shifted ta = new Shifted(a, size, g1, g2);
    Shifted tb = new Shifted(b, size, g1, g2);
    Shifted tab = new Shifted(a + b, size, g1, g2);
    Shifted td = new Shifted(d, size, g1, g2);
    Shifted tgd = new Shifted(g + d, size, g1, g2);
    double lg0 = logGamma(g);
    double lg1 = lg0 + Math.log(g);
    double psiG0 = g1 ? digamma(g) : 0;
    double psiG1 = psiG0 + 1 / g;
    double triG0 = g2 ? Gamma.trigamma(g) : 0;
    double triG1 = triG0 - 1 / (g * g);
    // −ln B(α, β) − ln B(γ, δ), the constant of every row
    double base = -(ta.lg[0] + tb.lg[0] - tab.lg[0]) - (lg0 + td.lg[0] - tgd.lg[0]);
    double[] lt = new double[maxTerms];
    double[] wt = new double[maxTerms];
    double sum = 0;
    // Σ w (x-dependent common gradient/Hessian parts) and Σ w
    double sumW = 0;
    double sumPsiAx = 0;
    double sumTriAx = 0;
    // Σ w Σ_t ω_t ∂ℓ_t and Σ w [Σ_t ω_t (∂²ℓ_t + ∂ℓ_t ∂ℓ_tᵀ) − ḡḡᵀ]
    double ga = 0;
    double gb = 0;
    double gg = 0;
    double gdd = 0;
    double haa = 0;
    double hab = 0;
    double hbb = 0;
    double hgg = 0;
    double hgd = 0;
    double hdd = 0;
    double hag = 0;
    double had = 0;
    double hbg = 0;
    double hbd = 0;
    int rows = w.length;
    for (int i = 0; i < rows; i++) {
      int xi = x[i];
      int ni = n[i];
      int ti = tx[i];
      double wi = w[i];
      int terms = ni - ti + 1;
      // term 0: alive at n; term 1 + j: dropped out after opportunity t_x + j (j < n − t_x)
      lt[0] = tb.lg[ni - xi] - tab.lg[ni] + lg0 + td.lg[ni] - tgd.lg[ni];
      double max = lt[0];
      for (int k = 1; k < terms; k++) {
        int j = ti + k - 1;
        double l = tb.lg[j - xi] - tab.lg[j] + lg1 + td.lg[j] - tgd.lg[j + 1];
        lt[k] = l;
        if (l > max) {
          max = l;
        }
      }
      double total = 0;
      for (int k = 0; k < terms; k++) {
        double e = Math.exp(lt[k] - max);
        wt[k] = e;
        total += e;
      }
      sum += wi * (base + ta.lg[xi] + max + Math.log(total));
      if (!g1) {
        continue;
      }
      sumW += wi;
      sumPsiAx += wi * ta.psi[xi];
      if (g2) {
        sumTriAx += wi * ta.tri[xi];
      }
      // weighted means of the terms' gradients
      double inv = 1 / total;
      double ma = 0;
      double mb = 0;
      double mg = 0;
      double md = 0;
      for (int k = 0; k < terms; k++) {
        double o = wt[k] * inv;
        wt[k] = o;
        int j = k == 0 ? ni : ti + k - 1;
        int jg = k == 0 ? ni : j + 1;
        double psiAb = tab.psi[j];
        ma -= o * psiAb;
        mb += o * (tb.psi[j - xi] - psiAb);
        double psiGd = tgd.psi[jg];
        mg += o * ((k == 0 ? psiG0 : psiG1) - psiGd);
        md += o * (td.psi[j] - psiGd);
      }
      ga += wi * ma;
      gb += wi * mb;
      gg += wi * mg;
      gdd += wi * md;
      if (!g2) {
        continue;
      }
      double raa = 0;
      double rab = 0;
      double rbb = 0;
      double rgg = 0;
      double rgd = 0;
      double rdd = 0;
      double rag = 0;
      double rad = 0;
      double rbg = 0;
      double rbd = 0;
      for (int k = 0; k < terms; k++) {
        double o = wt[k];
        int j = k == 0 ? ni : ti + k - 1;
        int jg = k == 0 ? ni : j + 1;
        double psiAb = tab.psi[j];
        double psiGd = tgd.psi[jg];
        // deviations of the term's gradient from the mean
        double ea = -psiAb - ma;
        double eb = tb.psi[j - xi] - psiAb - mb;
        double eg = (k == 0 ? psiG0 : psiG1) - psiGd - mg;
        double ed = td.psi[j] - psiGd - md;
        double triAb = tab.tri[j];
        double triGd = tgd.tri[jg];
        raa += o * (ea * ea - triAb);
        rab += o * (ea * eb - triAb);
        rbb += o * (eb * eb + tb.tri[j - xi] - triAb);
        rgg += o * (eg * eg + (k == 0 ? triG0 : triG1) - triGd);
        rgd += o * (eg * ed - triGd);
        rdd += o * (ed * ed + td.tri[j] - triGd);
        rag += o * ea * eg;
        rad += o * ea * ed;
        rbg += o * eb * eg;
        rbd += o * eb * ed;
      }
      haa += wi * raa;
      hab += wi * rab;
      hbb += wi * rbb;
      hgg += wi * rgg;
      hgd += wi * rgd;
      hdd += wi * rdd;
      hag += wi * rag;
      had += wi * rad;
      hbg += wi * rbg;
      hbd += wi * rbd;
    }
    if (!g1) {
      return sum;
    }
    // the common parts: ψ(α+x) − ψ(α) + ψ(α+β) for α, −ψ(β) + ψ(α+β) for β, −ψ(γ) + ψ(γ+δ) for γ,
    // −ψ(δ) + ψ(γ+δ) for δ
    double psiAb0 = tab.psi[0];
    double psiGd0 = tgd.psi[0];
    if (grad != null) {
      grad[0] = ga + sumPsiAx + sumW * (psiAb0 - ta.psi[0]);
      grad[1] = gb + sumW * (psiAb0 - tb.psi[0]);
      grad[2] = gg + sumW * (psiGd0 - psiG0);
      grad[3] = gdd + sumW * (psiGd0 - td.psi[0]);
    }
    if (g2) {
      double triAb0 = tab.tri[0];
      double triGd0 = tgd.tri[0];
      haa += sumTriAx + sumW * (triAb0 - ta.tri[0]);
      hab += sumW * triAb0;
      hbb += sumW * (triAb0 - tb.tri[0]);
      hgg += sumW * (triGd0 - triG0);
      hgd += sumW * triGd0;
      hdd += sumW * (triGd0 - td.tri[0]);
      double[][] h = {
        {haa, hab, hag, had},
        {hab, hbb, hbg, hbd},
        {hag, hbg, hgg, hgd},
        {had, hbd, hgd, hdd}
      };
      for (int r = 0; r < 4; r++) {
        System.arraycopy(h[r], 0, hess[r], 0, 4);
      }
    }
    return sum;
  }
}
