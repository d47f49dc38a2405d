package io.crmkit.lifecycle.model;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Fits of the customer-base models with time-invariant covariates (Fader &amp; Hardie 2007, "
 * Incorporating time-invariant covariates into the Pareto/NBD and BG/NBD models"; the
 * parametrisation of CLVTools' static-covariate models): customer i's parameters are the base
 * parameters scaled by exp(±γ'z_i), z_i its row of the covariates of the process the parameter
 * belongs to.
 *
 * <ul>
 *   <li>Pareto/NBD: α_i = α0 exp(−γ_trans' z_i), β_i = β0 exp(−γ_life' z_i) (a positive coefficient
 *       raises the purchase or the dropout rate);
 *   <li>BG/NBD: α_i = α0 exp(−γ_trans' z_i), a_i = a0 exp(γ_life' z_i), b_i = b0 exp(γ_life' z_i)
 *       (CLVTools' {@code bgnbd} with static covariates);
 *   <li>Gamma-Gamma: γ_i = γ0 exp(γ_spend' z_i), the scale of the spend per transaction, so the
 *       mean spend p γ_i/(q−1) scales by exp(γ_spend' z_i);
 *   <li>BG/BB: α_i = α0 exp(γ_trans' z_i) (the mean purchase probability α/(α+β) rises with a
 *       positive coefficient), γ_i = γ0 exp(γ_life' z_i) (the mean dropout probability γ/(γ+δ)
 *       rises).
 * </ul>
 *
 * <p>The fit maximises LL − λ Σγ² over (ln θ0, γ) by damped Newton steps on the analytic gradient
 * (customers with identical covariate rows share their parameters, so the model's own kernel, with
 * its distinct-row compression, computes each large group's likelihood; the Hessian comes from
 * differences of the gradient in each group's parameters), from the fit without covariates and γ =
 * 0. The penalizer λ applies to the coefficients only: the base parameters are plain maximum
 * likelihood, and with no covariate columns at all every fit here returns the model's own fit
 * without covariates ({@code ParetoNbdModel.fit(data, 0)} and the like) exactly. Standard errors
 * come from the inverse observed information of the unpenalised log-likelihood.
 *
 * @since 0.1
 */
public final class StaticCovariates {

  static final CovariateLikelihood.Spec PARETO_NBD =
      new CovariateLikelihood.Spec(
          "paretonbd",
          ParetoNbdModel.NAMES,
          new String[] {"trans", "life"},
          new int[] {-1, 0, -1, 1},
          new double[] {0, -1, 0, -1},
          (c, w) -> ParetoNbdModel.likelihood(WeightedData.of(c[0], c[1], c[2], w)),
          (p, c, i, g) -> ParetoNbdModel.logLikelihood(p, c[0][i], c[1][i], c[2][i], g));

  static final CovariateLikelihood.Spec BG_NBD =
      new CovariateLikelihood.Spec(
          "bgnbd",
          BgNbdModel.NAMES,
          new String[] {"trans", "life"},
          new int[] {-1, 0, 1, 1},
          new double[] {0, -1, 1, 1},
          (c, w) -> BgNbdModel.likelihood(WeightedData.of(c[0], c[1], c[2], w)),
          (p, c, i, g) ->
              BgNbdModel.logLikelihood(p[0], p[1], p[2], p[3], c[0][i], c[1][i], c[2][i], g));

  static final CovariateLikelihood.Spec BG_BB =
      new CovariateLikelihood.Spec(
          "bgbb",
          BgBbModel.NAMES,
          new String[] {"trans", "life"},
          new int[] {0, -1, 1, -1},
          new double[] {1, 0, 1, 0},
          (c, w) -> BgBbModel.likelihood(WeightedData.of(c[0], c[1], c[2], w)),
          (p, c, i, g) -> BgBbModel.logLikelihood(p, c[0][i], c[1][i], c[2][i], g));

  static final CovariateLikelihood.Spec GAMMA_GAMMA =
      new CovariateLikelihood.Spec(
          "gammagamma",
          GammaGammaModel.NAMES,
          new String[] {"spend"},
          new int[] {-1, -1, 0},
          new double[] {0, 0, 1},
          (c, w) -> GammaGammaModel.likelihood(SpendData.of(c[0], c[1], w)),
          (p, c, i, g) -> gammaGammaRow(p, c[0][i], c[1][i], g));

  private StaticCovariates() {}

  /**
   * Fits the Pareto/NBD model with covariates of the purchase process ({@code transaction}: they
   * scale α) and of the dropout process ({@code lifetime}: they scale β) to the summaries'
   * customers, covariate row i belonging to customer i.
   *
   * @param penalizer λ of the L2 penalty λΣγ² on the coefficients (0 for none)
   * @throws IllegalArgumentException when the covariates do not have one row per customer or the
   *     penalizer is negative or not finite
   * @throws ModelFitException on degenerate data (as {@link ParetoNbdModel#fit(WeightedData,
   *     double)}) or a diverging fit
   */
  public static CovariateFit<ParetoNbdModel> paretoNbd(
      CustomerSummaries summaries, Covariates transaction, Covariates lifetime, double penalizer) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    return paretoNbd(
        WeightedData.uncompressed(summaries),
        WeightedData.compressed(summaries),
        transaction,
        lifetime,
        penalizer);
  }

  /**
   * As {@link #paretoNbd(CustomerSummaries, Covariates, Covariates, double)} on weighted rows,
   * covariate row i belonging to data row i (rows with covariates are usually one customer each).
   */
  public static CovariateFit<ParetoNbdModel> paretoNbd(
      WeightedData data, Covariates transaction, Covariates lifetime, double penalizer) {
    return paretoNbd(data, data, transaction, lifetime, penalizer);
  }

  private static CovariateFit<ParetoNbdModel> paretoNbd(
      WeightedData data,
      WeightedData forBase,
      Covariates transaction,
      Covariates lifetime,
      double penalizer) {
    return transactionModel(
        PARETO_NBD,
        data,
        transaction,
        lifetime,
        penalizer,
        () -> ParetoNbdModel.fit(forBase, 0.0),
        p -> new ParetoNbdModel(p[0], p[1], p[2], p[3]));
  }

  /** The covariate fit of a four-parameter transaction model, the same covariates on each row. */
  private static <M extends ParametricModel> CovariateFit<M> transactionModel(
      CovariateLikelihood.Spec spec,
      WeightedData data,
      Covariates transaction,
      Covariates lifetime,
      double penalizer,
      BaseFit<M> baseFit,
      Function<double[], M> factory) {
    Covariates[] z = check(data, transaction, lifetime, penalizer);
    return fit(spec, columns(data), weights(data), z, z, penalizer, baseFit, factory);
  }

  /**
   * Fits the BG/NBD model with covariates of the purchase process ({@code transaction}: they scale
   * α) and of the dropout process ({@code lifetime}: they scale a and b by one factor) to the
   * summaries' customers, covariate row i belonging to customer i.
   *
   * @param penalizer λ of the L2 penalty λΣγ² on the coefficients (0 for none)
   * @throws IllegalArgumentException when the covariates do not have one row per customer or the
   *     penalizer is negative or not finite
   * @throws ModelFitException on degenerate data or a diverging fit
   */
  public static CovariateFit<BgNbdModel> bgNbd(
      CustomerSummaries summaries, Covariates transaction, Covariates lifetime, double penalizer) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    return bgNbd(
        WeightedData.uncompressed(summaries),
        WeightedData.compressed(summaries),
        transaction,
        lifetime,
        penalizer);
  }

  /** As {@link #bgNbd(CustomerSummaries, Covariates, Covariates, double)} on weighted rows. */
  public static CovariateFit<BgNbdModel> bgNbd(
      WeightedData data, Covariates transaction, Covariates lifetime, double penalizer) {
    return bgNbd(data, data, transaction, lifetime, penalizer);
  }

  private static CovariateFit<BgNbdModel> bgNbd(
      WeightedData data,
      WeightedData forBase,
      Covariates transaction,
      Covariates lifetime,
      double penalizer) {
    return transactionModel(
        BG_NBD,
        data,
        transaction,
        lifetime,
        penalizer,
        () -> BgNbdModel.fit(forBase, 0.0),
        p -> new BgNbdModel(p[0], p[1], p[2], p[3]));
  }

  /**
   * Fits the BG/BB model to weighted (x, t_x, n) rows (whole numbers of opportunities) with
   * covariates of the purchase process ({@code transaction}: they scale α) and of the dropout
   * process ({@code lifetime}: they scale γ), covariate row i belonging to data row i.
   *
   * @param penalizer λ of the L2 penalty λΣγ² on the coefficients (0 for none)
   * @throws IllegalArgumentException when the covariates do not have one row per data row or the
   *     penalizer is negative or not finite
   * @throws ModelFitException on data that are not discrete histories (as {@link
   *     BgBbModel#fit(WeightedData, double)}) or a diverging fit
   */
  public static CovariateFit<BgBbModel> bgBb(
      WeightedData data, Covariates transaction, Covariates lifetime, double penalizer) {
    Covariates[] z = check(data, transaction, lifetime, penalizer);
    Function<double[], BgBbModel> factory = p -> new BgBbModel(p[0], p[1], p[2], p[3]);
    return fit(
        BG_BB,
        columns(data),
        weights(data),
        z,
        z,
        penalizer,
        () -> BgBbModel.fit(data, 0.0),
        factory);
  }

  /**
   * Fits the Gamma-Gamma spend model with covariates that scale γ (and so the mean spend per
   * transaction) to the summaries' customers with repeat purchases; {@code spend} has one row per
   * customer of the summaries (row i belongs to customer i, those without repeat purchases are left
   * out of the fit), and {@link CovariateFit#model(int)} takes the summaries' customer rows.
   *
   * @param penalizer λ of the L2 penalty λΣγ² on the coefficients (0 for none)
   * @throws IllegalArgumentException when the covariates do not have one row per customer or the
   *     penalizer is negative or not finite
   * @throws ModelFitException when no customer has repeat purchases or a diverging fit
   */
  public static CovariateFit<GammaGammaModel> gammaGamma(
      CustomerSummaries summaries, Covariates spend, double penalizer) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    Objects.requireNonNull(spend, "spend covariates must not be null");
    spend.requireCustomers(summaries.size(), "spend");
    int m = 0;
    for (int i = 0; i < summaries.size(); i++) {
      if (summaries.frequency(i) > 0) {
        m++;
      }
    }
    int[] rows = new int[m];
    int k = 0;
    for (int i = 0; i < summaries.size(); i++) {
      if (summaries.frequency(i) > 0) {
        rows[k++] = i;
      }
    }
    SpendData data = SpendData.uncompressed(summaries);
    checkPenalizer(penalizer);
    Covariates[] fitted = {spend.rows(rows)};
    return fit(
        GAMMA_GAMMA,
        new double[][] {data.xs().clone(), data.zbars().clone()},
        data.weights().clone(),
        fitted,
        new Covariates[] {spend},
        penalizer,
        () -> GammaGammaModel.fit(data, 0.0),
        p -> new GammaGammaModel(p[0], p[1], p[2]));
  }

  /**
   * As {@link #gammaGamma(CustomerSummaries, Covariates, double)} on weighted (x, z̄) rows,
   * covariate row i belonging to data row i.
   */
  public static CovariateFit<GammaGammaModel> gammaGamma(
      SpendData data, Covariates spend, double penalizer) {
    Objects.requireNonNull(data, "data must not be null");
    Objects.requireNonNull(spend, "spend covariates must not be null");
    spend.requireCustomers(data.rows(), "spend");
    checkPenalizer(penalizer);
    Covariates[] z = {spend};
    return fit(
        GAMMA_GAMMA,
        new double[][] {data.xs().clone(), data.zbars().clone()},
        data.weights().clone(),
        z,
        z,
        penalizer,
        () -> GammaGammaModel.fit(data, 0.0),
        p -> new GammaGammaModel(p[0], p[1], p[2]));
  }

  /** P(alive) of each customer row of {@code summaries} under its own parameters. */
  public static double[] probabilityAlive(
      CovariateFit<? extends TransactionModel> fit, CustomerSummaries summaries) {
    check(fit, summaries);
    double[] out = new double[summaries.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          fit.model(i)
              .probabilityAlive(summaries.frequency(i), summaries.recency(i), summaries.age(i));
    }
    return out;
  }

  /**
   * Expected purchases of each customer row of {@code summaries} in the next {@code t} time units
   * (the summaries' unit), under its own parameters.
   */
  public static double[] expectedPurchases(
      CovariateFit<? extends TransactionModel> fit, double t, CustomerSummaries summaries) {
    check(fit, summaries);
    double[] out = new double[summaries.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          fit.model(i)
              .expectedPurchases(t, summaries.frequency(i), summaries.recency(i), summaries.age(i));
    }
    return out;
  }

  /**
   * The CLV of each customer row of {@code summaries} (currency units), each with its own
   * transaction and spend parameters: {@link CustomerLifetimeValue} over {@code periods} periods of
   * {@code periodLength} time units discounted at {@code discountRate} a period.
   */
  public static double[] customerLifetimeValues(
      CovariateFit<? extends TransactionModel> transactions,
      CovariateFit<GammaGammaModel> spend,
      CustomerSummaries summaries,
      int periods,
      double periodLength,
      double discountRate) {
    check(transactions, summaries);
    check(spend, summaries);
    double[] out = new double[summaries.size()];
    for (int i = 0; i < out.length; i++) {
      CustomerLifetimeValue clv =
          new CustomerLifetimeValue(
              transactions.model(i), spend.model(i), periods, periodLength, discountRate);
      out[i] =
          clv.value(
              summaries.frequency(i),
              summaries.recency(i),
              summaries.age(i),
              summaries.monetaryValue(i));
    }
    return out;
  }

  private static void check(CovariateFit<?> fit, CustomerSummaries summaries) {
    Objects.requireNonNull(fit, "fit must not be null");
    Objects.requireNonNull(summaries, "summaries must not be null");
    if (fit.customers() != summaries.size()) {
      throw new IllegalArgumentException(
          "the fit's covariates have "
              + fit.customers()
              + " customer rows but the summaries "
              + summaries.size());
    }
  }

  private static Covariates[] check(
      WeightedData data, Covariates transaction, Covariates lifetime, double penalizer) {
    Objects.requireNonNull(data, "data must not be null");
    Objects.requireNonNull(transaction, "transaction covariates must not be null");
    Objects.requireNonNull(lifetime, "lifetime covariates must not be null");
    transaction.requireCustomers(data.rows(), "transaction");
    lifetime.requireCustomers(data.rows(), "lifetime");
    checkPenalizer(penalizer);
    return new Covariates[] {transaction, lifetime};
  }

  private static void checkPenalizer(double penalizer) {
    if (!(penalizer >= 0) || Double.isInfinite(penalizer)) {
      throw new IllegalArgumentException(
          "penalizer must be finite and not negative but was: " + penalizer);
    }
  }

  private static double[][] columns(WeightedData d) {
    int n = d.rows();
    double[][] c = new double[3][n];
    for (int i = 0; i < n; i++) {
      c[0][i] = d.x(i);
      c[1][i] = d.tx(i);
      c[2][i] = d.age(i);
    }
    return c;
  }

  private static double[] weights(WeightedData d) {
    double[] w = new double[d.rows()];
    for (int i = 0; i < w.length; i++) {
      w[i] = d.weight(i);
    }
    return w;
  }

  /** The fit without covariates, supplied lazily. */
  private interface BaseFit<M> {
    FitResult<M> get();
  }

  private static <M extends ParametricModel> CovariateFit<M> fit(
      CovariateLikelihood.Spec spec,
      double[][] columns,
      double[] weights,
      Covariates[] fitted,
      Covariates[] result,
      double penalizer,
      BaseFit<M> baseFit,
      Function<double[], M> factory) {
    FitResult<M> base = baseFit.get();
    String[] baseNames = spec.names();
    int kBase = baseNames.length;
    int coefficients = 0;
    for (Covariates c : fitted) {
      coefficients += c.count();
    }
    if (coefficients == 0) {
      // the special case: the model's own fit, exactly
      Map<String, Double> se = new LinkedHashMap<>(base.standardErrors());
      return new CovariateFit<>(
          base.modelEvenIfUnconverged(),
          base.parameters(),
          Map.of(),
          se,
          base.covariance(),
          base.logLikelihood(),
          base.converged(),
          base.iterations(),
          base.observations(),
          base.gradientNorm(),
          penalizer,
          factory,
          spec.process(),
          spec.sign(),
          spec.processes(),
          result);
    }
    CovariateLikelihood ll = new CovariateLikelihood(spec, columns, weights, fitted);
    int k = ll.size();
    double[] start = new double[k];
    for (int j = 0; j < kBase; j++) {
      start[j] = Math.log(base.parameters().get(baseNames[j]));
    }
    CovariateNewton.Solution s = CovariateNewton.solve(ll, start, penalizer);
    double[] v = s.v();
    String[] names = ll.names();
    double[] estimate = new double[k];
    for (int j = 0; j < k; j++) {
      estimate[j] = j < kBase ? Math.exp(v[j]) : v[j];
      if (!Double.isFinite(estimate[j]) || (j < kBase && !(estimate[j] > 0))) {
        throw new ModelFitException(
            spec.model()
                + " with covariates: the fit diverged: "
                + names[j]
                + " = "
                + estimate[j]
                + " (the data may not identify the coefficients; try a penalizer)");
      }
    }
    double[] grad = new double[k];
    double[][] hessian = new double[k][k];
    double value = ll.evaluate(v, grad, hessian, true);
    if (!Double.isFinite(value)) {
      throw new ModelFitException(
          spec.model()
              + " with covariates: the log-likelihood is not finite at the estimate "
              + Arrays.toString(estimate));
    }
    double[][] info = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        info[i][j] = -hessian[i][j];
      }
    }
    double[][] cv = invert(info);
    double[][] covariance = new double[k][k];
    Map<String, Double> params = new LinkedHashMap<>();
    Map<String, Double> coef = new LinkedHashMap<>();
    Map<String, Double> se = new LinkedHashMap<>();
    for (int i = 0; i < k; i++) {
      double ji = i < kBase ? estimate[i] : 1;
      for (int j = 0; j < k; j++) {
        double jj = j < kBase ? estimate[j] : 1;
        covariance[i][j] = ji * jj * cv[i][j];
      }
      (i < kBase ? params : coef).put(names[i], estimate[i]);
      se.put(names[i], covariance[i][i] >= 0 ? Math.sqrt(covariance[i][i]) : Double.NaN);
    }
    double[] baseEstimate = Arrays.copyOf(estimate, kBase);
    return new CovariateFit<>(
        factory.apply(baseEstimate),
        params,
        coef,
        se,
        covariance,
        value,
        s.converged(),
        s.iterations(),
        ll.observations(),
        s.gradientNorm(),
        penalizer,
        factory,
        spec.process(),
        spec.sign(),
        spec.processes(),
        result);
  }

  /** The inverse of {@code info}; NaN entries when it is singular. */
  private static double[][] invert(double[][] info) {
    try {
      return new LUDecomposition(new Array2DRowRealMatrix(info)).getSolver().getInverse().getData();
    } catch (SingularMatrixException e) {
      double[][] nan = new double[info.length][info.length];
      for (double[] row : nan) {
        Arrays.fill(row, Double.NaN);
      }
      return nan;
    }
  }

  /**
   * ln L of one Gamma-Gamma customer: lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln z̄ + px ln
   * x − (px+q) ln(γ + x z̄), ∂/∂(p, q, γ) into {@code grad} when not null.
   */
  static double gammaGammaRow(double[] theta, double x, double zbar, double[] grad) {
    double p = theta[0];
    double q = theta[1];
    double v = theta[2];
    double px = p * x;
    double lnV = Math.log(v);
    double lnZ = Math.log(zbar);
    double lnX = Math.log(x);
    double lnVxz = Math.log(v + x * zbar);
    if (grad != null) {
      double psi = SpecialFunctions.digamma(px + q);
      grad[0] = x * (psi - SpecialFunctions.digamma(px) + lnZ + lnX - lnVxz);
      grad[1] = psi - SpecialFunctions.digamma(q) + lnV - lnVxz;
      grad[2] = q / v - (px + q) / (v + x * zbar);
    }
    return SpecialFunctions.logGamma(px + q)
        - SpecialFunctions.logGamma(px)
        - SpecialFunctions.logGamma(q)
        + q * lnV
        + (px - 1) * lnZ
        + px * lnX
        - (px + q) * lnVxz;
  }
}
