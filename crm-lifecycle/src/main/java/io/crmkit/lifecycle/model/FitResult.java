package io.crmkit.lifecycle.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A fitted model with its diagnostics: parameter estimates (in model order), the maximised
 * log-likelihood, whether the optimiser converged and in how many iterations, standard errors and
 * the covariance matrix from the inverse observed information (Hessian of the negative
 * log-likelihood at the optimum, by central differences of the analytic gradient), the number of
 * observations (customers, the sum of weights), AIC and BIC, the largest component of the gradient
 * of the per-observation objective at the estimate (in log-parameters) and the L2 penalizer used.
 *
 * <p>A result is a result or an error: {@link #model()} returns the model only when the fit is
 * usable — the optimiser converged and, for an unpenalised fit, the observed information is
 * positive definite (every standard error finite), so the data identify the parameters. Otherwise
 * it throws a {@link ModelFitException} naming the model, the iterations, the gradient norm and the
 * estimates, and suggesting a penalizer. {@link #problem()} says why beforehand; {@link
 * #modelEvenIfUnconverged()} is for experts who want the estimates anyway.
 *
 * @param gradientNorm the largest |∂/∂ ln θ| of (−LL + λΣθ²)/n at the estimate (NaN when unknown)
 * @param penalizer the L2 penalizer λ the fit used (0 for plain maximum likelihood)
 * @since 0.1
 */
public record FitResult<M>(
    M model,
    Map<String, Double> parameters,
    double logLikelihood,
    boolean converged,
    int iterations,
    Map<String, Double> standardErrors,
    double[][] covariance,
    double observations,
    double gradientNorm,
    double penalizer) {

  /**
   * Checks the model is not null and the penalizer is finite and not negative; the maps are copied.
   */
  public FitResult {
    Objects.requireNonNull(model, "model must not be null");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    standardErrors = Collections.unmodifiableMap(new LinkedHashMap<>(standardErrors));
    covariance = deepCopy(covariance);
    if (!(penalizer >= 0) || Double.isInfinite(penalizer)) {
      throw new IllegalArgumentException(
          "penalizer must be finite and not negative but was: " + penalizer);
    }
  }

  /** A result without gradient diagnostics (NaN) of an unpenalised fit. */
  public FitResult(
      M model,
      Map<String, Double> parameters,
      double logLikelihood,
      boolean converged,
      int iterations,
      Map<String, Double> standardErrors,
      double[][] covariance,
      double observations) {
    this(
        model,
        parameters,
        logLikelihood,
        converged,
        iterations,
        standardErrors,
        covariance,
        observations,
        Double.NaN,
        0.0);
  }

  private static double[][] deepCopy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  /**
   * The fitted model.
   *
   * @throws ModelFitException when the fit is not usable (see {@link #problem()}): it did not
   *     converge, or without a penalizer the data do not identify the parameters
   */
  @Override
  public M model() {
    Optional<String> problem = problem();
    if (problem.isPresent()) {
      throw new ModelFitException(describe(problem.get()));
    }
    return model;
  }

  /**
   * The estimates as a model whether or not the fit converged: for experts who check {@link
   * #problem()} themselves.
   */
  public M modelEvenIfUnconverged() {
    return model;
  }

  /** True when {@link #model()} returns the model (no {@link #problem()}). */
  public boolean usable() {
    return problem().isEmpty();
  }

  /**
   * Why the fit is not usable: the optimiser did not converge, or (without a penalizer) the
   * information matrix is singular or not positive definite at the estimate; empty when usable.
   */
  public Optional<String> problem() {
    if (!converged) {
      return Optional.of("the optimiser did not converge");
    }
    if (penalizer == 0) {
      for (Map.Entry<String, Double> e : standardErrors.entrySet()) {
        if (!Double.isFinite(e.getValue()) || !(e.getValue() > 0)) {
          return Optional.of(
              "the data do not identify the parameters (the information matrix is singular or not "
                  + "positive definite at the estimate: standard error of "
                  + e.getKey()
                  + " is "
                  + e.getValue()
                  + ")");
        }
      }
    }
    return Optional.empty();
  }

  private String describe(String problem) {
    String name = model instanceof ParametricModel p ? p.name() : model.getClass().getSimpleName();
    StringBuilder sb =
        new StringBuilder(name)
            .append(" fit is not usable: ")
            .append(problem)
            .append(" after ")
            .append(iterations)
            .append(" iterations (largest gradient component ")
            .append(String.format(Locale.ROOT, "%.3g", gradientNorm))
            .append(", penalizer ")
            .append(Models.number(penalizer))
            .append(", ")
            .append(String.format(Locale.ROOT, "%.0f", observations))
            .append(" customers); estimates ");
    parameters.forEach((k, v) -> sb.append(k).append('=').append(Models.number(v)).append(' '));
    sb.append(
        "— the data are probably too few or too uniform for the model: fit with a penalizer (e.g. 0.01; "
            + "`crm fit --penalizer 0.01` or `--penalizer auto`), or use modelEvenIfUnconverged() at your own risk");
    return sb.toString();
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
      throw new IllegalArgumentException(
          "no parameter named '" + name + "'; parameters are " + parameters.keySet());
    }
    return v;
  }

  /** The standard error of parameter {@code name} (NaN when the information matrix is singular). */
  public double standardError(String name) {
    Double v = standardErrors.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "no parameter named '" + name + "'; parameters are " + parameters.keySet());
    }
    return v;
  }

  /**
   * The {@code level} confidence interval (e.g. 0.95) of parameter {@code name}, on the log scale
   * from its standard error (see {@link ConfidenceInterval}).
   *
   * @throws IllegalArgumentException for an unknown name or a level outside (0, 1)
   * @throws IllegalStateException when the standard error is not finite (singular observed
   *     information)
   */
  public ConfidenceInterval confidenceInterval(String name, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "level must be between 0 and 1 (exclusive) but was: " + level);
    }
    double estimate = parameter(name);
    double se = standardError(name);
    if (!Double.isFinite(se) || !(estimate > 0)) {
      throw new IllegalStateException(
          "no confidence interval for "
              + name
              + " = "
              + estimate
              + ": its standard error is "
              + se
              + " (the observed information is singular at the estimate; "
              + problem().orElse("fit with a penalizer")
              + ")");
    }
    double z =
        new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
            .inverseCumulativeProbability(0.5 + level / 2);
    double halfWidth = z * se / estimate;
    return new ConfidenceInterval(
        name, estimate, estimate * Math.exp(-halfWidth), estimate * Math.exp(halfWidth), level);
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
    parameters.forEach(
        (k, v) ->
            sb.append(
                String.format(Locale.ROOT, "%s=%.4f (se %.4f) ", k, v, standardErrors.get(k))));
    sb.append(
        String.format(
            Locale.ROOT,
            "LL=%.2f, %s after %d iterations, n=%.0f, AIC=%.1f",
            logLikelihood,
            converged ? "converged" : "NOT converged",
            iterations,
            observations,
            aic()));
    if (penalizer > 0) {
      sb.append(", penalizer ").append(Models.number(penalizer));
    }
    problem().ifPresent(p -> sb.append(" — NOT USABLE: ").append(p));
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FitResult<?> f
        && model.equals(f.model)
        && parameters.equals(f.parameters)
        && Double.compare(logLikelihood, f.logLikelihood) == 0
        && converged == f.converged
        && iterations == f.iterations
        && standardErrors.equals(f.standardErrors)
        && java.util.Arrays.deepEquals(covariance, f.covariance)
        && Double.compare(observations, f.observations) == 0
        && Double.compare(gradientNorm, f.gradientNorm) == 0
        && Double.compare(penalizer, f.penalizer) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, parameters, logLikelihood, converged, iterations);
  }
}
