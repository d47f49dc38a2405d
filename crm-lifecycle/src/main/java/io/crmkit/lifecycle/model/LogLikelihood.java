package io.crmkit.lifecycle.model;

/**
 * A model's total log-likelihood over a data set as a function of its natural (positive)
 * parameters, with its analytic gradient. Implementations are the models' likelihoods; {@link
 * MaximumLikelihood} maximises them.
 *
 * @since 0.1
 */
public interface LogLikelihood {

  /** Parameter names, in order. */
  String[] names();

  /** The total (weighted) log-likelihood at {@code params}; may be −∞ or NaN where undefined. */
  double value(double[] params);

  /** Writes ∂LL/∂params at {@code params} into {@code gradient}. */
  void gradient(double[] params, double[] gradient);

  /** The number of observations (customers: the sum of weights), for BIC. */
  double observations();
}
