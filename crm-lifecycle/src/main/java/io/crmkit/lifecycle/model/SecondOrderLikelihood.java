package io.crmkit.lifecycle.model;

import java.util.Optional;

/**
 * A log-likelihood kernel that {@link MaximumLikelihood} can drive faster than through {@link
 * LogLikelihood}: value, gradient and (when {@link #hasHessian()}) the analytic Hessian in one pass
 * over the data, and the same likelihood over a systematic subsample of the customers, whose
 * optimum is the start of the fit on all of them.
 */
interface SecondOrderLikelihood extends LogLikelihood {

  /**
   * The log-likelihood at {@code p} (natural parameters); writes ∂LL/∂p into {@code gradient} and,
   * when {@link #hasHessian()}, ∂²LL/∂p∂p into {@code hessian}, each when it is not null.
   */
  double evaluate(double[] p, double[] gradient, double[][] hessian);

  /** Whether {@link #evaluate} writes the Hessian. */
  boolean hasHessian();

  /**
   * The likelihood of about {@code fraction} of the customers, picked systematically (every
   * 1/fraction-th customer in row order, so each row keeps its share of the weight); empty when the
   * kernel cannot subsample.
   */
  Optional<SecondOrderLikelihood> subsample(double fraction);

  @Override
  default double value(double[] p) {
    return evaluate(p, null, null);
  }

  @Override
  default void gradient(double[] p, double[] g) {
    evaluate(p, g, null);
  }
}
