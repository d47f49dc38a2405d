package io.crmkit.lifecycle.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A model fitted with time-invariant covariates ({@link StaticCovariates}): the base parameters θ0
 * (the parameters of a customer whose covariates are all 0), the coefficients γ by name ({@code
 * "trans.gender"}, {@code "life.channel"}: process, dot, covariate), their standard errors and
 * covariance from the inverse observed information (Hessian of the unpenalised negative
 * log-likelihood at the estimate, central differences of the analytic gradient), the maximised
 * log-likelihood, convergence, the L2 penalizer on the coefficients and the number of customers.
 *
 * <p>Customer i's parameters are θ_ij = θ0_j · exp(s_j γ_p' z_i) with z_i the customer's row of the
 * covariates of process p (see {@link StaticCovariates} for each model's processes and signs);
 * {@link #model(int)} is that customer's model, for its P(alive), expected purchases, spend and
 * CLV.
 *
 * <p>As {@link FitResult}, a fit is usable when the optimiser converged and, without a penalizer,
 * every standard error is finite and positive; {@link #model(int)} and {@link #baseModel()} throw a
 * {@link ModelFitException} otherwise.
 *
 * @param <M> the model type
 * @since 0.1
 */
public final class CovariateFit<M extends ParametricModel> {

  private final M baseModel;
  private final Map<String, Double> parameters;
  private final Map<String, Double> coefficients;
  private final Map<String, Double> standardErrors;
  private final double[][] covariance;
  private final double logLikelihood;
  private final boolean converged;
  private final int iterations;
  private final double observations;
  private final double gradientNorm;
  private final double penalizer;
  private final Function<double[], M> factory;
  private final int[] process;
  private final double[] sign;
  private final Covariates[] covariates;
  private final String[] processes;

  CovariateFit(
      M baseModel,
      Map<String, Double> parameters,
      Map<String, Double> coefficients,
      Map<String, Double> standardErrors,
      double[][] covariance,
      double logLikelihood,
      boolean converged,
      int iterations,
      double observations,
      double gradientNorm,
      double penalizer,
      Function<double[], M> factory,
      int[] process,
      double[] sign,
      String[] processes,
      Covariates[] covariates) {
    this.baseModel = Objects.requireNonNull(baseModel, "baseModel must not be null");
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    this.coefficients = Collections.unmodifiableMap(new LinkedHashMap<>(coefficients));
    this.standardErrors = Collections.unmodifiableMap(new LinkedHashMap<>(standardErrors));
    this.covariance = copy(covariance);
    this.logLikelihood = logLikelihood;
    this.converged = converged;
    this.iterations = iterations;
    this.observations = observations;
    this.gradientNorm = gradientNorm;
    this.penalizer = penalizer;
    this.factory = factory;
    this.process = process.clone();
    this.sign = sign.clone();
    this.processes = processes.clone();
    this.covariates = covariates.clone();
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  /**
   * The model of a customer whose covariates are all 0 (the base parameters).
   *
   * @throws ModelFitException when the fit is not usable (see {@link #problem()})
   */
  public M baseModel() {
    requireUsable();
    return baseModel;
  }

  /** The base parameters θ0 by name, in model order (rates in the data's time unit). */
  public Map<String, Double> parameters() {
    return parameters;
  }

  /**
   * The coefficients γ by name ("process.covariate"), per unit of their covariate: ln of the factor
   * by which one unit of the covariate scales the parameters of its process.
   */
  public Map<String, Double> coefficients() {
    return coefficients;
  }

  /** The coefficient named {@code name} ("process.covariate"). */
  public double coefficient(String name) {
    Double v = coefficients.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "no coefficient named '" + name + "'; coefficients are " + coefficients.keySet());
    }
    return v;
  }

  /**
   * The standard error of a base parameter or a coefficient (NaN when the observed information is
   * singular), in the unit of the estimate.
   */
  public double standardError(String name) {
    Double v = standardErrors.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "no parameter or coefficient named '" + name + "'; they are " + standardErrors.keySet());
    }
    return v;
  }

  /** The standard errors of the base parameters, then the coefficients, by name. */
  public Map<String, Double> standardErrors() {
    return standardErrors;
  }

  /**
   * A copy of the covariance matrix of the estimates (base parameters in natural units, then the
   * coefficients), rows and columns in the order of {@link #standardErrors()}.
   */
  public double[][] covariance() {
    return copy(covariance);
  }

  /** The maximised log-likelihood (without the penalty). */
  public double logLikelihood() {
    return logLikelihood;
  }

  /** Whether the optimiser converged. */
  public boolean converged() {
    return converged;
  }

  /** The optimiser's iterations (Newton steps). */
  public int iterations() {
    return iterations;
  }

  /** The number of customers (the sum of weights). */
  public double observations() {
    return observations;
  }

  /**
   * The largest gradient component of the per-customer objective (−LL + λΣγ²)/n at the estimate, in
   * (ln θ0, γ).
   */
  public double gradientNorm() {
    return gradientNorm;
  }

  /** The L2 penalizer λ on the coefficients (0 for plain maximum likelihood). */
  public double penalizer() {
    return penalizer;
  }

  /** The number of customers the covariates describe (the rows {@link #model(int)} accepts). */
  public int customers() {
    return covariates.length == 0 ? 0 : covariates[0].customers();
  }

  /**
   * Customer row {@code customer}'s own parameters, θ0_j · exp(s_j γ_p' z_i), in model order.
   *
   * @throws IndexOutOfBoundsException when the row is not one of the covariates' rows
   */
  public double[] customerParameters(int customer) {
    Objects.checkIndex(customer, customers());
    double[] p = new double[process.length];
    int j = 0;
    for (double v : parameters.values()) {
      p[j++] = v;
    }
    for (int k = 0; k < p.length; k++) {
      int proc = process[k];
      if (proc < 0) {
        continue;
      }
      Covariates z = covariates[proc];
      double dot = 0;
      List<String> names = z.names();
      for (int c = 0; c < z.count(); c++) {
        dot += coefficients.get(processName(proc) + names.get(c)) * z.value(customer, c);
      }
      p[k] *= Math.exp(sign[k] * dot);
    }
    return p;
  }

  private String processName(int proc) {
    return processes[proc] + ".";
  }

  /**
   * Customer row {@code customer}'s model (its own parameters): its P(alive), expected purchases,
   * spend and CLV.
   *
   * @throws ModelFitException when the fit is not usable (see {@link #problem()})
   * @throws IndexOutOfBoundsException when the row is not one of the covariates' rows
   */
  public M model(int customer) {
    requireUsable();
    return modelEvenIfUnconverged(customer);
  }

  /** As {@link #model(int)} whether or not the fit is usable: for experts who check it. */
  public M modelEvenIfUnconverged(int customer) {
    return factory.apply(customerParameters(customer));
  }

  /** True when the fit is usable (no {@link #problem()}). */
  public boolean usable() {
    return problem().isEmpty();
  }

  /**
   * Why the fit is not usable: the optimiser did not converge, or (without a penalizer) a standard
   * error is not finite and positive; empty when usable.
   */
  public Optional<String> problem() {
    if (!converged) {
      return Optional.of("the optimiser did not converge");
    }
    if (penalizer == 0) {
      for (Map.Entry<String, Double> e : standardErrors.entrySet()) {
        if (!Double.isFinite(e.getValue()) || !(e.getValue() > 0)) {
          return Optional.of(
              "the data do not identify the parameters (standard error of "
                  + e.getKey()
                  + " is "
                  + e.getValue()
                  + "; a covariate may be constant, or a linear combination of others)");
        }
      }
    }
    return Optional.empty();
  }

  private void requireUsable() {
    Optional<String> p = problem();
    if (p.isPresent()) {
      throw new ModelFitException(
          baseModel.name()
              + " covariate fit is not usable: "
              + p.get()
              + " after "
              + iterations
              + " iterations (largest gradient component "
              + String.format(Locale.ROOT, "%.3g", gradientNorm)
              + ", penalizer "
              + Models.number(penalizer)
              + "); estimates "
              + parameters
              + " "
              + coefficients
              + " — try a penalizer on the coefficients, or drop a covariate");
    }
  }

  /** Akaike information criterion: 2k − 2 ln L, k the base parameters and coefficients. */
  public double aic() {
    return 2.0 * standardErrors.size() - 2.0 * logLikelihood;
  }

  /** Bayesian information criterion: k ln n − 2 ln L, n the number of customers. */
  public double bic() {
    return standardErrors.size() * Math.log(observations) - 2.0 * logLikelihood;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(baseModel.name()).append(" covariate fit: ");
    parameters.forEach(
        (k, v) ->
            sb.append(
                String.format(Locale.ROOT, "%s=%.4f (se %.4f) ", k, v, standardErrors.get(k))));
    coefficients.forEach(
        (k, v) ->
            sb.append(
                String.format(Locale.ROOT, "%s=%.4f (se %.4f) ", k, v, standardErrors.get(k))));
    sb.append(
        String.format(
            Locale.ROOT,
            "LL=%.2f, %s after %d iterations, n=%.0f",
            logLikelihood,
            converged ? "converged" : "NOT converged",
            iterations,
            observations));
    if (penalizer > 0) {
      sb.append(", penalizer ").append(Models.number(penalizer));
    }
    problem().ifPresent(p -> sb.append(" — NOT USABLE: ").append(p));
    return sb.toString();
  }
}
