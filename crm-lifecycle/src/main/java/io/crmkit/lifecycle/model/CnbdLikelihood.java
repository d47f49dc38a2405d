package io.crmkit.lifecycle.model;

import static io.crmkit.lifecycle.model.SpecialFunctions.digamma;
import static io.crmkit.lifecycle.model.SpecialFunctions.logBeta;
import static io.crmkit.lifecycle.model.SpecialFunctions.logGamma;

import java.util.Arrays;
import java.util.Optional;

/**
 * The (M)BG/CNBD-k log-likelihood for a fixed k over weighted (x, t_x, T) rows, plus the constant
 * (k−1) Σ litt − ln (k−1)! Σ x that makes it comparable between k. The terms that depend on x only
 * ({@link CnbdKernel.XTerms}: one lnΓ, one ln B and two digammas) are computed once per distinct
 * frequency and evaluation, so a pass costs a few logarithms and k exponentials per row.
 */
final class CnbdLikelihood implements SecondOrderLikelihood {

  private static final String[] NAMES = {"r", "alpha", "a", "b"};

  private final int k;
  private final boolean mbg;
  private final WeightedData data;
  private final double constant;
  private final double[] distinctX;
  private final int[] xIndex;

  CnbdLikelihood(int k, boolean mbg, WeightedData data, double constant) {
    this.k = k;
    this.mbg = mbg;
    this.data = data;
    this.constant = constant;
    double[] xs = new double[data.rows()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = data.x(i);
    }
    distinctX = Arrays.stream(xs).distinct().sorted().toArray();
    xIndex = new int[xs.length];
    for (int i = 0; i < xs.length; i++) {
      xIndex[i] = Arrays.binarySearch(distinctX, xs[i]);
    }
  }

  /** The likelihood of {@code data} for degree k, with the litt constant. */
  static CnbdLikelihood of(int k, boolean mbg, RegularityData data) {
    double constant =
        (k - 1) * data.totalLitt() - CnbdKernel.logFactorial(k - 1) * data.totalFrequency();
    return new CnbdLikelihood(k, mbg, data.weighted(), constant);
  }

  @Override
  public String[] names() {
    return NAMES.clone();
  }

  @Override
  public double evaluate(double[] p, double[] gradient, double[][] hessian) {
    double r = p[0];
    double alpha = p[1];
    double a = p[2];
    double b = p[3];
    if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) {
      return Double.NaN;
    }
    boolean grad = gradient != null;
    double lgR = logGamma(r);
    double psiR = grad ? digamma(r) : 0;
    double psiB = grad ? digamma(b) : 0;
    double psiAb = grad ? digamma(a + b) : 0;
    double lbab = logBeta(a, b);
    CnbdKernel.XTerms[] terms = new CnbdKernel.XTerms[distinctX.length];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = new CnbdKernel.XTerms(k);
      terms[i].fill(k, mbg, r, a, b, distinctX[i], lgR, psiR, psiB, psiAb, lbab, grad);
    }
    double[] weights = new double[k + 1];
    double[] g = grad ? new double[4] : null;
    if (grad) {
      Arrays.fill(gradient, 0);
    }
    double sum = 0;
    for (int i = 0; i < data.rows(); i++) {
      double w = data.weight(i);
      sum += w * CnbdKernel.row(k, r, alpha, terms[xIndex[i]], data.tx(i), data.age(i), g, weights);
      if (grad) {
        for (int j = 0; j < 4; j++) {
          gradient[j] += w * g[j];
        }
      }
    }
    return sum + constant;
  }

  @Override
  public boolean hasHessian() {
    return false;
  }

  @Override
  public Optional<SecondOrderLikelihood> subsample(double fraction) {
    WeightedData sub = data.subsample(fraction);
    return Optional.of(
        new CnbdLikelihood(k, mbg, sub, constant * sub.customers() / data.customers()));
  }

  @Override
  public double observations() {
    return data.customers();
  }
}
