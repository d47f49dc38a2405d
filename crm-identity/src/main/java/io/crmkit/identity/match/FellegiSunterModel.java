package io.crmkit.identity.match;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The Fellegi–Sunter model of record linkage (Fellegi and Sunter, "A Theory for Record Linkage",
 * JASA 64, 1969): a pair of records is a match (M) or a non-match (U); field {@code f} is at
 * comparison level {@code l} with probability {@code m[f][l] = P(l | M)} among matches and {@code
 * u[f][l] = P(l | U)} among non-matches, fields independent given the class, and a fraction {@code
 * lambda} of the candidate pairs are matches.
 *
 * <p>The <b>match weight</b> of a level is {@code log2(m/u)} bits: +10 means the observation is
 * 1024 times likelier among matches than among non-matches. A pair's total weight is the prior
 * weight {@code log2(lambda/(1-lambda))} plus the weights of its field levels (a missing value adds
 * 0), and its match probability is {@code 2^w / (1 + 2^w)}.
 *
 * <p>The parameters are estimated without labels by the EM algorithm for this latent-class model
 * (Winkler, "Using the EM algorithm for weight computation in the Fellegi-Sunter model of record
 * linkage", Proc. Survey Research Methods, ASA, 1988; Jaro, JASA 84, 1989), on the counts of the
 * distinct comparison patterns of the candidate pairs. As in Splink, the u probabilities can first
 * be estimated from random record pairs (almost all non-matches) with {@link #uFromRandomPairs};
 * {@link #fitByEm} then either holds them fixed or refines them too. Immutable.
 *
 * @since 0.1
 */
public final class FellegiSunterModel {

  private static final double FLOOR = 1e-6;
  private final double[][] m;
  private final double[][] u;
  private final double lambda;
  private final int iterations;
  private final boolean converged;

  private FellegiSunterModel(
      double[][] m, double[][] u, double lambda, int iterations, boolean converged) {
    this.m = m;
    this.u = u;
    this.lambda = lambda;
    this.iterations = iterations;
    this.converged = converged;
  }

  /**
   * A model with given probabilities: {@code m[f][l]} and {@code u[f][l]} for field ordinal {@code
   * f} and level {@code l >= 1} (index 0 is ignored); each row over levels 1.. must sum to 1.
   *
   * @throws IllegalArgumentException if a row is not a probability distribution or lambda is not in
   *     (0, 1)
   */
  public static FellegiSunterModel of(double[][] m, double[][] u, double lambda) {
    check("m", m);
    check("u", u);
    if (!(lambda > 0 && lambda < 1)) {
      throw new IllegalArgumentException("lambda must be in (0, 1) but was: " + lambda);
    }
    return new FellegiSunterModel(floor(m), floor(u), lambda, 0, true);
  }

  private static void check(String name, double[][] p) {
    Objects.requireNonNull(p, name + " must not be null");
    Field[] fields = Field.all();
    if (p.length != fields.length) {
      throw new IllegalArgumentException(
          name + " must have one row per field (" + fields.length + ") but had " + p.length);
    }
    for (Field f : fields) {
      double[] row = p[f.ordinal()];
      if (row.length != f.levels()) {
        throw new IllegalArgumentException(
            name + " row of " + f + " must have " + f.levels() + " entries but had " + row.length);
      }
      double sum = 0;
      for (int l = 1; l < row.length; l++) {
        if (!(row[l] >= 0 && row[l] <= 1)) {
          throw new IllegalArgumentException(
              name + "[" + f + "][" + l + "] must be a probability but was: " + row[l]);
        }
        sum += row[l];
      }
      if (Math.abs(sum - 1) > 1e-6) {
        throw new IllegalArgumentException(
            name + " of " + f + " must sum to 1 over levels 1.. but summed to " + sum);
      }
    }
  }

  private static double[][] floor(double[][] p) {
    double[][] out = new double[p.length][];
    for (int f = 0; f < p.length; f++) {
      out[f] = p[f].clone();
      double sum = 0;
      for (int l = 1; l < out[f].length; l++) {
        out[f][l] = Math.max(out[f][l], FLOOR);
        sum += out[f][l];
      }
      for (int l = 1; l < out[f].length; l++) {
        out[f][l] /= sum;
      }
    }
    return out;
  }

  /** A neutral starting point: matches mostly agree exactly, u uniform, lambda = {@code lambda}. */
  public static FellegiSunterModel start(double lambda) {
    Field[] fields = Field.all();
    double[][] m = new double[fields.length][];
    double[][] u = new double[fields.length][];
    for (Field f : fields) {
      int levels = f.levels();
      m[f.ordinal()] = new double[levels];
      u[f.ordinal()] = new double[levels];
      for (int l = 1; l < levels; l++) {
        m[f.ordinal()][l] = l == levels - 1 ? 0.9 : 0.1 / (levels - 2);
        u[f.ordinal()][l] = l == 1 ? 0.9 : 0.1 / (levels - 2);
      }
    }
    return of(m, u, lambda);
  }

  /**
   * The u probabilities estimated from {@code samples} random pairs of distinct records of {@code
   * table} (seeded; drawn by position in id order, so the same records in any order give the same
   * estimate), with this model's m and lambda. Missing values are not counted.
   */
  public FellegiSunterModel withUFromRandomPairs(RecordTable table, int samples, long seed) {
    return new FellegiSunterModel(
        m, uFromRandomPairs(table, samples, seed), lambda, iterations, converged);
  }

  /**
   * The u probabilities ({@code [field][level]}) of {@code samples} seeded random pairs of distinct
   * records.
   */
  public static double[][] uFromRandomPairs(RecordTable table, int samples, long seed) {
    if (table.size() < 2) {
      throw new IllegalArgumentException(
          "table must hold at least 2 records to sample pairs but held " + table.size());
    }
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be positive but was: " + samples);
    }
    PairComparer comparer = new PairComparer(table);
    SplittableRandom random = new SplittableRandom(seed);
    Field[] fields = Field.all();
    double[][] counts = new double[fields.length][];
    for (Field f : fields) {
      counts[f.ordinal()] = new double[f.levels()];
      Arrays.fill(
          counts[f.ordinal()],
          1,
          f.levels(),
          0.5); // Jeffreys-style smoothing: no level has probability 0
    }
    int n = table.size();
    // sample positions in id order, so that the estimate does not depend on the order of the
    // records
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> table.id(a).compareTo(table.id(b)));
    for (int s = 0; s < samples; s++) {
      int i = random.nextInt(n);
      int j = random.nextInt(n - 1);
      if (j >= i) {
        j++;
      }
      int p = comparer.compare(boxed[i], boxed[j]);
      for (Field f : fields) {
        int l = f.levelIn(p);
        if (l > 0) {
          counts[f.ordinal()][l]++;
        }
      }
    }
    for (double[] row : counts) {
      double sum = 0;
      for (int l = 1; l < row.length; l++) {
        sum += row[l];
      }
      for (int l = 1; l < row.length; l++) {
        row[l] /= sum;
      }
    }
    return floor(counts);
  }

  /**
   * Fits m, lambda and (unless {@code fixU}) u by EM to the comparison patterns {@code patterns}
   * seen {@code counts} times, starting from this model; stops when no parameter moves by more than
   * {@code tolerance} or after {@code maxIterations}.
   */
  public FellegiSunterModel fitByEm(
      int[] patterns, long[] counts, boolean fixU, int maxIterations, double tolerance) {
    return fitByEm(patterns, counts, fixU, false, maxIterations, tolerance);
  }

  /**
   * As {@link #fitByEm(int[], long[], boolean, int, double)}, also holding lambda at this model's
   * value when {@code fixLambda} (the Splink way: lambda from deterministic rules, u from random
   * pairs, m by EM).
   */
  public FellegiSunterModel fitByEm(
      int[] patterns,
      long[] counts,
      boolean fixU,
      boolean fixLambda,
      int maxIterations,
      double tolerance) {
    Objects.requireNonNull(patterns, "patterns must not be null");
    Objects.requireNonNull(counts, "counts must not be null");
    if (patterns.length != counts.length) {
      throw new IllegalArgumentException(
          "patterns and counts must have the same length but had "
              + patterns.length
              + " and "
              + counts.length);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException(
          "maxIterations must be positive but was: " + maxIterations);
    }
    Field[] fields = Field.all();
    double[][] mm = copy(m);
    double[][] uu = copy(u);
    double lam = lambda;
    double total = 0;
    for (long c : counts) {
      total += c;
    }
    if (total == 0) {
      return this;
    }
    int it = 0;
    boolean done = false;
    while (it < maxIterations && !done) {
      it++;
      double[][] mNum = zeros(fields);
      double[][] uNum = zeros(fields);
      double matches = 0;
      for (int k = 0; k < patterns.length; k++) {
        int p = patterns[k];
        double logM = Math.log(lam);
        double logU = Math.log1p(-lam);
        for (Field f : fields) {
          int l = f.levelIn(p);
          if (l > 0) {
            logM += Math.log(mm[f.ordinal()][l]);
            logU += Math.log(uu[f.ordinal()][l]);
          }
        }
        double g = 1.0 / (1.0 + Math.exp(logU - logM));
        double wm = counts[k] * g;
        double wu = counts[k] * (1 - g);
        matches += wm;
        for (Field f : fields) {
          int l = f.levelIn(p);
          if (l > 0) {
            mNum[f.ordinal()][l] += wm;
            uNum[f.ordinal()][l] += wu;
          }
        }
      }
      double newLam = fixLambda ? lam : Math.min(Math.max(matches / total, FLOOR), 1 - FLOOR);
      double[][] newM = normalise(mNum, mm);
      double[][] newU = fixU ? uu : normalise(uNum, uu);
      double change =
          Math.max(Math.abs(newLam - lam), Math.max(maxDiff(newM, mm), maxDiff(newU, uu)));
      mm = newM;
      uu = newU;
      lam = newLam;
      done = change < tolerance;
    }
    return new FellegiSunterModel(mm, uu, lam, it, done);
  }

  private static double[][] zeros(Field[] fields) {
    double[][] z = new double[fields.length][];
    for (Field f : fields) {
      z[f.ordinal()] = new double[f.levels()];
    }
    return z;
  }

  private static double[][] normalise(double[][] num, double[][] previous) {
    double[][] out = new double[num.length][];
    for (int f = 0; f < num.length; f++) {
      double sum = 0;
      for (int l = 1; l < num[f].length; l++) {
        sum += num[f][l];
      }
      out[f] = new double[num[f].length];
      for (int l = 1; l < num[f].length; l++) {
        out[f][l] = sum > 0 ? Math.max(num[f][l] / sum, FLOOR) : previous[f][l];
      }
    }
    return out;
  }

  private static double maxDiff(double[][] a, double[][] b) {
    double d = 0;
    for (int f = 0; f < a.length; f++) {
      for (int l = 1; l < a[f].length; l++) {
        d = Math.max(d, Math.abs(a[f][l] - b[f][l]));
      }
    }
    return d;
  }

  private static double[][] copy(double[][] p) {
    double[][] out = new double[p.length][];
    for (int f = 0; f < p.length; f++) {
      out[f] = p[f].clone();
    }
    return out;
  }

  /** P(level | match) of {@code field}. */
  public double m(Field field, int level) {
    checkLevel(field, level);
    return m[field.ordinal()][level];
  }

  /** P(level | non-match) of {@code field}. */
  public double u(Field field, int level) {
    checkLevel(field, level);
    return u[field.ordinal()][level];
  }

  private static void checkLevel(Field field, int level) {
    if (level < 1 || level >= field.levels()) {
      throw new IllegalArgumentException(
          "level of " + field + " must be in [1, " + (field.levels() - 1) + "] but was: " + level);
    }
  }

  /** This model with lambda set to {@code value} (in (0, 1)). */
  public FellegiSunterModel withLambda(double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException("lambda must be in (0, 1) but was: " + value);
    }
    return new FellegiSunterModel(m, u, value, iterations, converged);
  }

  /** The fraction of candidate pairs that are matches. */
  public double lambda() {
    return lambda;
  }

  /** The EM iterations run (0 for a model given directly). */
  public int iterations() {
    return iterations;
  }

  /** Whether EM stopped because the parameters settled (true for a model given directly). */
  public boolean converged() {
    return converged;
  }

  /** The match weight {@code log2(m/u)} of a level in bits; 0 for level 0 (missing). */
  public double weight(Field field, int level) {
    if (level == 0) {
      return 0;
    }
    checkLevel(field, level);
    return log2(m[field.ordinal()][level] / u[field.ordinal()][level]);
  }

  /** The prior weight {@code log2(lambda / (1 - lambda))} in bits. */
  public double priorWeight() {
    return log2(lambda / (1 - lambda));
  }

  /** The total match weight of a packed pattern in bits (prior included). */
  public double totalWeight(int pattern) {
    double w = priorWeight();
    for (Field f : Field.all()) {
      w += weight(f, f.levelIn(pattern));
    }
    return w;
  }

  /**
   * The total weight of every pattern, indexed by packed pattern: a lookup table for the hot loop.
   */
  double[] weightTable() {
    double[] table = new double[Field.patternSpace()];
    Field[] fields = Field.all();
    double[][] w = new double[fields.length][];
    for (Field f : fields) {
      w[f.ordinal()] = new double[8];
      for (int l = 1; l < f.levels(); l++) {
        w[f.ordinal()][l] = weight(f, l);
      }
    }
    double prior = priorWeight();
    for (int p = 0; p < table.length; p++) {
      double s = prior;
      for (Field f : fields) {
        s += w[f.ordinal()][f.levelIn(p)];
      }
      table[p] = s;
    }
    return table;
  }

  /** The match probability {@code 2^w / (1 + 2^w)} of a total weight {@code w} in bits. */
  public static double probability(double weight) {
    return 1.0 / (1.0 + Math.pow(2, -weight));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** A table of m, u and weight per field and level, one line per level. */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "FellegiSunterModel[lambda=%.4f (prior %+.2f bits), %d EM iterations%s",
                lambda,
                priorWeight(),
                iterations,
                converged ? "" : ", NOT converged"));
    for (Field f : Field.all()) {
      for (int l = 1; l < f.levels(); l++) {
        b.append(
            String.format(
                Locale.ROOT,
                "%n  %-11s %-36s m=%.4f u=%.6f weight=%+.2f bits",
                f,
                f.levelName(l),
                m[f.ordinal()][l],
                u[f.ordinal()][l],
                weight(f, l)));
      }
    }
    return b.append(']').toString();
  }
}
