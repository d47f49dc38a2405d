package io.crmkit.lifecycle.churn;

import io.crmkit.core.stat.Median;
import io.crmkit.core.summary.CustomerSummaries;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The classic early-warning rule: a customer silent for longer than {@code k} times their own
 * typical gap between purchases is at risk.
 *
 * <p>A customer's typical gap is their mean time between purchase periods, {@code t_x / x}; a
 * customer with a single purchase (x = 0) has none and uses the population's typical gap, the
 * median of the typical gaps of the repeat buyers of the population scored (or a gap fixed with
 * {@link #withPopulationGap}). With silence {@code s = T − t_x} and ratio {@code ρ = s / (k ×
 * gap)}, the score is {@code ρ^h / (1 + ρ^h)} for steepness {@code h} (default 2): 0 just after a
 * purchase, exactly 0.5 when the rule fires ({@code s = k × gap}), rising towards 1 while the
 * customer stays silent, and never decreasing while they do. All times are in the unit of the
 * summaries. When a population has no repeat buyer, its typical gap is the mean of T (the only time
 * scale it has); a zero gap makes any silence score 1.
 *
 * <p>Immutable and thread-safe; the population gap of the last population scored is cached.
 *
 * @since 0.1
 */
public final class InactivityScorer implements ChurnScorer {

  private final double k;
  private final double steepness;
  private final Optional<Double> fixedGap;
  private volatile PopulationGap cache;

  private record PopulationGap(CustomerSummaries population, double gap) {}

  private InactivityScorer(double k, double steepness, Optional<Double> fixedGap) {
    if (!(k > 0) || Double.isInfinite(k)) {
      throw new IllegalArgumentException("k must be positive and finite but was: " + k);
    }
    if (!(steepness > 0) || Double.isInfinite(steepness)) {
      throw new IllegalArgumentException(
          "steepness must be positive and finite but was: " + steepness);
    }
    fixedGap.ifPresent(
        g -> {
          if (!(g >= 0) || Double.isInfinite(g)) {
            throw new IllegalArgumentException(
                "population gap must be finite and not negative but was: " + g);
          }
        });
    this.k = k;
    this.steepness = steepness;
    this.fixedGap = fixedGap;
  }

  /** Fires when silent for longer than {@code k} typical gaps; steepness 2. */
  public static InactivityScorer of(double k) {
    return new InactivityScorer(k, 2.0, Optional.empty());
  }

  /** The same rule with steepness {@code h} of the score around the threshold. */
  public InactivityScorer withSteepness(double h) {
    return new InactivityScorer(k, h, fixedGap);
  }

  /**
   * The same rule with the typical gap of single-purchase customers fixed (in the summaries' unit)
   * instead of taken from each population scored: a customer's score then depends on their own row
   * only.
   */
  public InactivityScorer withPopulationGap(double gap) {
    return new InactivityScorer(k, steepness, Optional.of(gap));
  }

  /**
   * The multiple {@code k} of a customer's typical gap after which silence fires the rule
   * (dimensionless, positive).
   */
  public double k() {
    return k;
  }

  /**
   * The steepness {@code h} of the score {@code ρ^h / (1 + ρ^h)} (dimensionless, positive; default
   * 2).
   */
  public double steepness() {
    return steepness;
  }

  @Override
  public String name() {
    return String.format(Locale.ROOT, "inactivity(k=%s)", trim(k));
  }

  private static String trim(double v) {
    return FormatNumbers.compact(v);
  }

  /**
   * The population's typical gap: the fixed one if set, else the median of {@code t_x / x} over
   * repeat buyers (mean T when there is none), in the summaries' unit.
   */
  public double populationGap(CustomerSummaries population) {
    if (fixedGap.isPresent()) {
      return fixedGap.get();
    }
    PopulationGap c = cache;
    if (c != null && c.population() == population) {
      return c.gap();
    }
    double gap = medianGap(population);
    cache = new PopulationGap(population, gap);
    return gap;
  }

  private static double medianGap(CustomerSummaries population) {
    int n = population.size();
    double[] gaps = new double[n];
    int m = 0;
    double sumAge = 0;
    for (int i = 0; i < n; i++) {
      int x = population.frequency(i);
      if (x > 0) {
        gaps[m++] = population.recency(i) / x;
      }
      sumAge += population.age(i);
    }
    if (m == 0) {
      return n == 0 ? 0 : sumAge / n;
    }
    Arrays.sort(gaps, 0, m);
    return Median.ofSorted(gaps, 0, m).orElseThrow();
  }

  /** The typical gap used for row {@code row}: its own {@code t_x / x}, or the population's. */
  public double typicalGap(CustomerSummaries population, int row) {
    int x = population.frequency(row);
    return x > 0 ? population.recency(row) / x : populationGap(population);
  }

  @Override
  public double probability(CustomerSummaries population, int row) {
    int x = population.frequency(row);
    double gap = x > 0 ? population.recency(row) / x : populationGap(population);
    return score(population.timeSinceLastPurchase(row), gap);
  }

  /**
   * Whether the rule fires for row {@code row}: silent for longer than k typical gaps (score above
   * 0.5).
   */
  public boolean fires(CustomerSummaries population, int row) {
    return probability(population, row) > 0.5;
  }

  @Override
  public double[] probabilities(CustomerSummaries population) {
    double populationGap = populationGap(population);
    int[] x = population.frequencies();
    double[] tx = population.recencies();
    double[] age = population.ages();
    double[] out = new double[x.length];
    for (int i = 0; i < out.length; i++) {
      double gap = x[i] > 0 ? tx[i] / x[i] : populationGap;
      out[i] = score(age[i] - tx[i], gap);
    }
    return out;
  }

  /** ρ^h / (1 + ρ^h) = 1 / (1 + (k·gap / s)^h), computed without overflow. */
  private double score(double silence, double gap) {
    if (!(silence > 0)) {
      return 0;
    }
    double limit = k * gap;
    if (!(limit > 0)) {
      return 1;
    }
    double inverse = Math.pow(limit / silence, steepness);
    return 1.0 / (1.0 + inverse);
  }

  @Override
  public List<Reason> reasons(CustomerSummaries population, int row) {
    int x = population.frequency(row);
    double gap = typicalGap(population, row);
    double silence = population.timeSinceLastPurchase(row);
    double p = score(silence, gap);
    String unit = population.unit().name();
    String text =
        gap > 0
            ? String.format(
                Locale.ROOT,
                "silent %.1f %s, %.1f× the %s typical gap of %.1f %s (rule fires at %s×)",
                silence,
                unit,
                silence / gap,
                x > 0 ? "customer's" : "population's",
                gap,
                unit,
                trim(k))
            : String.format(Locale.ROOT, "silent %.1f %s with a typical gap of 0", silence, unit);
    return List.of(Reason.of("silence", text, p));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "InactivityScorer[k=%s, steepness=%s%s]",
        trim(k),
        trim(steepness),
        fixedGap.map(g -> ", population gap " + g).orElse(""));
  }
}
