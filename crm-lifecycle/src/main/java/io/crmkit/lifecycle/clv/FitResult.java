package io.crmkit.lifecycle.clv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A fitted model with its diagnostics: parameter estimates (in model order), the maximised
 * log-likelihood, whether the optimiser converged and in how many iterations, standard errors and
 * the covariance matrix from the inverse observed information (Hessian of the negative
 * log-likelihood at the optimum, by central differences of the analytic gradient), the number of
 * observations (customers, the sum of weights), AIC and BIC.
 */
public record FitResult<M>(
    M model, Map<String, Double> parameters, double logLikelihood, boolean converged, int iterations,
    Map<String, Double> standardErrors, double[][] covariance, double observations) {

  public FitResult {
    Objects.requireNonNull(model, "model must not be null");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    standardErrors = Collections.unmodifiableMap(new LinkedHashMap<>(standardErrors));
    covariance = deepCopy(covariance);
  }

  private static double[][] deepCopy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  /** A copy of the covariance matrix, rows and columns in {@link #parameters()} order. */
  @Override
  public double[][] covariance() {
    return deepCopy(covariance);
  }

  /** The estimate of parameter {@code name}. */
  public double parameter(String name) {
    Double v = parameters.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no parameter named '" + name + "'; parameters are " + parameters.keySet());
    }
    return v;
  }

  /** The standard error of parameter {@code name} (NaN when the information matrix is singular). */
  public double standardError(String name) {
    Double v = standardErrors.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no parameter named '" + name + "'; parameters are " + parameters.keySet());
    }
    return v;
  }

  /** Akaike information criterion: 2k − 2 ln L. */
  public double aic() {
    return 2.0 * parameters.size() - 2.0 * logLikelihood;
  }

  /** Bayesian information criterion: k ln n − 2 ln L, n the number of observations. */
  public double bic() {
    return parameters.size() * Math.log(observations) - 2.0 * logLikelihood;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(model.getClass().getSimpleName()).append(" fit: ");
    parameters.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%s=%.4f (se %.4f) ", k, v, standardErrors.get(k))));
    sb.append(String.format(Locale.ROOT, "LL=%.2f, %s after %d iterations, n=%.0f, AIC=%.1f", logLikelihood,
        converged ? "converged" : "NOT converged", iterations, observations, aic()));
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FitResult<?> f && model.equals(f.model) && parameters.equals(f.parameters)
        && Double.compare(logLikelihood, f.logLikelihood) == 0 && converged == f.converged
        && iterations == f.iterations && standardErrors.equals(f.standardErrors)
        && java.util.Arrays.deepEquals(covariance, f.covariance) && Double.compare(observations, f.observations) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, parameters, logLikelihood, converged, iterations);
  }
}
