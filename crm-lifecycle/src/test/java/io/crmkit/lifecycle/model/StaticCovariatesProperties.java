package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties of the covariate fits of {@link StaticCovariates}. */
class StaticCovariatesProperties {

  /**
   * The trust issue's robustness on small random data with random covariates: a fit returns finite,
   * positive base parameters, finite coefficients and a finite log-likelihood within its bounded
   * number of Newton steps, with every customer's P(alive) a probability — or refuses with a {@link
   * ModelFitException}; never NaN, never an unbounded search.
   */
  @Property(tries = 60)
  void fits_on_random_small_data_are_finite_and_bounded(
      @ForAll @IntRange(min = 3, max = 80) int customers,
      @ForAll long seed,
      @ForAll boolean paretoNbd,
      @ForAll @IntRange(min = 0, max = 2) int penalty) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[customers];
    double[] tx = new double[customers];
    double[] age = new double[customers];
    double[] w = new double[customers];
    double[] z1 = new double[customers];
    double[] z2 = new double[customers];
    for (int i = 0; i < customers; i++) {
      age[i] = 1 + random.nextInt(60);
      x[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
      tx[i] = x[i] == 0 ? 0 : age[i] * random.nextDouble();
      w[i] = 1;
      z1[i] = random.nextBoolean() ? 1 : 0;
      z2[i] = 6 * random.nextDouble() - 3;
    }
    x[0] = Math.max(1, x[0]); // at least one repeat purchase, else every fit refuses at once
    tx[0] = Math.max(tx[0], age[0] / 2);
    WeightedData d = WeightedData.of(x, tx, age, w);
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("z1", z1);
    cols.put("z2", z2);
    Covariates z = Covariates.of(cols);
    double penalizer = new double[] {0, 0.01, 1}[penalty];
    CovariateFit<? extends TransactionModel> fit;
    try {
      fit =
          paretoNbd
              ? StaticCovariates.paretoNbd(d, z, z, penalizer)
              : StaticCovariates.bgNbd(d, z, z, penalizer);
    } catch (ModelFitException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(fit.logLikelihood()).isFinite();
    assertThat(fit.iterations()).isBetween(0, 4 * CovariateNewton.MAX_ITERATIONS);
    fit.parameters().values().forEach(v -> assertThat(v).isFinite().isPositive());
    fit.coefficients().values().forEach(v -> assertThat(v).isFinite());
    for (int i = 0; i < customers; i++) {
      TransactionModel m = fit.modelEvenIfUnconverged(i);
      assertThat(m.probabilityAlive(x[i], tx[i], age[i])).isBetween(0.0, 1.0);
    }
  }

  private static final Covariates DISCRETE = discrete(6_000, 42);
  private static final CovariateSimulation.Population POPULATION =
      CovariateSimulation.bgNbd(
          DISCRETE,
          new double[] {0.6, 6, 0.8, 2.5},
          new double[] {0.3, -0.2},
          new double[] {-0.3, 0.15},
          43);
  private static final CovariateFit<BgNbdModel> REFERENCE =
      StaticCovariates.bgNbd(POPULATION.data(), DISCRETE, DISCRETE, 0);

  /** "female" 0/1 and "segment" 0, 1 or 2 (few covariate groups). */
  private static Covariates discrete(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] female = new double[n];
    double[] segment = new double[n];
    for (int i = 0; i < n; i++) {
      female[i] = random.nextBoolean() ? 1 : 0;
      segment[i] = random.nextInt(3);
    }
    Map<String, double[]> c = new LinkedHashMap<>();
    c.put("female", female);
    c.put("segment", segment);
    return Covariates.of(c);
  }

  /**
   * Scaling a covariate by c (a change of its unit) scales its coefficients by 1/c and changes
   * nothing else: the same maximum, the same other coefficients, the same base parameters.
   */
  @Property(tries = 12)
  void scaling_a_covariate_by_c_scales_its_coefficient_by_one_over_c(
      @ForAll @DoubleRange(min = 0.1, max = 10) double c) {
    double[] segment = DISCRETE.column("segment");
    for (int i = 0; i < segment.length; i++) {
      segment[i] *= c;
    }
    Covariates scaled =
        Covariates.none(segment.length)
            .with("female", DISCRETE.column("female"))
            .with("segment", segment);
    CovariateFit<BgNbdModel> fit = StaticCovariates.bgNbd(POPULATION.data(), scaled, scaled, 0);
    assertThat(REFERENCE.converged()).isTrue();
    assertThat(fit.converged()).as("%s", fit).isTrue();
    assertThat(fit.logLikelihood())
        .isCloseTo(REFERENCE.logLikelihood(), within(1e-8 * Math.abs(REFERENCE.logLikelihood())));
    for (String p : new String[] {"trans", "life"}) {
      double ref = REFERENCE.coefficient(p + ".segment");
      assertThat(fit.coefficient(p + ".segment") * c)
          .as("%s.segment × %s", p, c)
          .isCloseTo(ref, within(1e-4 * Math.abs(ref)));
      assertThat(fit.standardError(p + ".segment") * c)
          .isCloseTo(
              REFERENCE.standardError(p + ".segment"),
              within(1e-3 * REFERENCE.standardError(p + ".segment")));
      double female = REFERENCE.coefficient(p + ".female");
      assertThat(fit.coefficient(p + ".female")).isCloseTo(female, within(1e-4 * Math.abs(female)));
    }
    for (String p : BgNbdModel.NAMES) {
      double ref = REFERENCE.parameters().get(p);
      assertThat(fit.parameters().get(p)).as(p).isCloseTo(ref, within(1e-5 * ref));
    }
  }
}
