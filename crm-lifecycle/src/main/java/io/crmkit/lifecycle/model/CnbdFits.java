package io.crmkit.lifecycle.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The profile-likelihood fit of k shared by {@link BgCnbdModel} and {@link MbgCnbdModel}. */
final class CnbdFits {

  private CnbdFits() {}

  /** Builds a model of degree k from (r, α, a, b). */
  @FunctionalInterface
  interface Factory<M> {
    M create(int k, double[] p);
  }

  /**
   * Fits the model for every k = 1…maxK (each from the previous estimate with α scaled by (k−1)/k,
   * which keeps the purchase rate r/(kα)); k = 1 is the BG/NBD (MBG/NBD) fit itself. The list ends
   * before the first k whose fit fails.
   */
  static <M> List<FitResult<M>> fitEach(
      RegularityData data, boolean mbg, int maxK, double penalizer, Factory<M> factory) {
    return profile(data, mbg, maxK, penalizer, factory, false);
  }

  /**
   * The profile of k = 1…maxK; with {@code stopEarly}, as BTYDplus's grid search, it stops once the
   * log-likelihood has fallen twice in a row (k ≥ 3 and LL(k) &lt; LL(k−1) &lt; LL(k−2)): the
   * profile of k is unimodal in practice, and on data without regularity (CDNOW) this fits three k
   * instead of twelve.
   */
  static <M> List<FitResult<M>> profile(
      RegularityData data,
      boolean mbg,
      int maxK,
      double penalizer,
      Factory<M> factory,
      boolean stopEarly) {
    Objects.requireNonNull(data, "data must not be null");
    CnbdKernel.checkK(maxK);
    List<FitResult<M>> fits = new ArrayList<>();
    double[] start = null;
    for (int k = 1; k <= maxK; k++) {
      FitResult<M> fit;
      try {
        fit = fit(data, mbg, k, penalizer, factory, start);
      } catch (ModelFitException e) {
        if (k == 1) {
          throw e;
        }
        break; // as BTYDplus: the profile stops where a fit fails (the likelihood diverges)
      }
      fits.add(fit);
      int last = fits.size() - 1;
      if (stopEarly
          && last >= 2
          && fits.get(last).logLikelihood() < fits.get(last - 1).logLikelihood()
          && fits.get(last - 1).logLikelihood() < fits.get(last - 2).logLikelihood()) {
        break;
      }
      start = new double[4];
      int i = 0;
      for (double v : fit.parameters().values()) {
        start[i++] = v;
      }
      start[1] *= k / (k + 1.0);
    }
    return Collections.unmodifiableList(fits);
  }

  /** The fit of largest log-likelihood (with the litt term) among usable ones, else the first. */
  static <M> FitResult<M> best(List<FitResult<M>> fits) {
    FitResult<M> best = null;
    for (FitResult<M> f : fits) {
      if (f.usable() && (best == null || f.logLikelihood() > best.logLikelihood())) {
        best = f;
      }
    }
    return best == null ? fits.get(0) : best;
  }

  /** The fit for one k, from {@code start} (null: BTYDplus's start r=1, α=3, a=1, b=3 scaled). */
  static <M> FitResult<M> fit(
      RegularityData data,
      boolean mbg,
      int k,
      double penalizer,
      Factory<M> factory,
      double[] start) {
    Objects.requireNonNull(data, "data must not be null");
    CnbdKernel.checkK(k);
    WeightedData w = data.weighted();
    w.requireRepeatPurchases();
    if (k == 1) {
      FitResult<? extends TransactionModel> one =
          mbg ? MbgNbdModel.fit(w, penalizer) : BgNbdModel.fit(w, penalizer);
      double[] p = one.parameters().values().stream().mapToDouble(Double::doubleValue).toArray();
      return new FitResult<>(
          factory.create(1, p),
          one.parameters(),
          one.logLikelihood(),
          one.converged(),
          one.iterations(),
          one.standardErrors(),
          one.covariance(),
          one.observations(),
          one.gradientNorm(),
          one.penalizer());
    }
    double[] s = start;
    if (s == null) {
      s =
          new double[] {
            Math.max(1e-3, w.meanFrequency()), Math.max(1e-3, w.meanAge()) / k, 1.0, 1.0
          };
    }
    return MaximumLikelihood.fit(
        CnbdLikelihood.of(k, mbg, data), s, penalizer, p -> factory.create(k, p));
  }
}
