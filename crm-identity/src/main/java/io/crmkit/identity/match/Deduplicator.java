package io.crmkit.identity.match;

import io.crmkit.identity.cluster.Clusterer;
import io.crmkit.identity.cluster.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One deduplication run over a list of {@link IdentityRecord}s: blocking ({@link Blocking}), field
 * comparison of every candidate pair once ({@link PairComparer}), u probabilities from seeded
 * random pairs and EM for the rest ({@link FellegiSunterModel}), the deterministic rule "same
 * verified e-mail is the same person", thresholds, and clustering of the {@link MatchDecision#SAME}
 * pairs. Build it with {@link #builder()}; immutable and reusable.
 *
 * @since 0.1
 */
public final class Deduplicator {

  /** The name of the deterministic rule that keeps household members apart. */
  public static final String HOUSEHOLD_RULE =
      "a different name and no matching birth date: another person";

  /**
   * Whether the household rule applies: the given names or the family names known and different
   * (below Jaro-Winkler 0.80, after the swap check), and the birth dates not both known and equal
   * or nearly equal. Such a pair shares at most family name, address and phone: members of one
   * household.
   */
  static boolean isHouseholdVeto(int pattern) {
    return (Field.GIVEN_NAME.levelIn(pattern) == 1 || Field.FAMILY_NAME.levelIn(pattern) == 1)
        && Field.BIRTH_DATE.levelIn(pattern) <= 1;
  }

  /** The name of the deterministic rule on verified e-mail addresses. */
  public static final String VERIFIED_EMAIL_RULE = "same verified e-mail";

  private final Blocking blocking;
  private final Thresholds thresholds;
  private final Clusterer clusterer;
  private final int randomPairs;
  private final long seed;
  private final boolean fixU;
  private final int maxIterations;
  private final boolean termFrequencies;
  private final boolean priorOverAllPairs;

  private Deduplicator(Builder b) {
    this.priorOverAllPairs = b.priorOverAllPairs;
    this.termFrequencies = b.termFrequencies;
    this.blocking = Blocking.on(b.keys, b.maxBlockSize);
    this.thresholds = b.thresholds;
    this.clusterer = b.clusterer;
    this.randomPairs = b.randomPairs;
    this.seed = b.seed;
    this.fixU = b.fixU;
    this.maxIterations = b.maxIterations;
  }

  /** A builder with the standard settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** A deduplicator with the standard settings. */
  public static Deduplicator standard() {
    return builder().build();
  }

  /** Runs on {@code records}. */
  public DedupResult run(List<IdentityRecord> records) {
    return run(RecordTable.of(records));
  }

  /** Runs on the records of {@code table}. */
  public DedupResult run(RecordTable table) {
    Objects.requireNonNull(table, "table must not be null");
    Blocking.Candidates candidates = blocking.candidates(table);
    long[] pairs = candidates.pairs();
    PairComparer comparer = new PairComparer(table);
    int[] patterns = new int[pairs.length];
    long[] patternCounts = new long[Field.patternSpace()];
    for (int k = 0; k < pairs.length; k++) {
      int p = comparer.compare((int) (pairs[k] >>> 32), (int) pairs[k]);
      patterns[k] = p;
      patternCounts[p]++;
    }
    FellegiSunterModel start = FellegiSunterModel.start(0.1);
    if (table.size() >= 2) {
      start = start.withUFromRandomPairs(table, randomPairs, seed);
    }
    int distinct = 0;
    for (long c : patternCounts) {
      if (c > 0) {
        distinct++;
      }
    }
    int[] seen = new int[distinct];
    long[] counts = new long[distinct];
    for (int p = 0, d = 0; p < patternCounts.length; p++) {
      if (patternCounts[p] > 0) {
        seen[d] = p;
        counts[d++] = patternCounts[p];
      }
    }
    FellegiSunterModel model;
    if (fixU) {
      // lambda from a strict rule and an assumed recall of it (Splink's estimate of the prior from
      // deterministic rules); m by EM with u and lambda held
      long hits = 0;
      for (int p : patterns) {
        if (strictRule(p)) {
          hits++;
        }
      }
      double lambda =
          pairs.length == 0
              ? 0.5
              : Math.min(Math.max(hits / RULE_RECALL / pairs.length, 1e-4), 0.99);
      model = start.withLambda(lambda).fitByEm(seen, counts, true, true, maxIterations, 1e-7);
    } else {
      model = start.fitByEm(seen, counts, false, false, maxIterations, 1e-7);
    }
    if (priorOverAllPairs && table.size() >= 2) {
      // EM needs lambda among the candidates; a pair's probability needs the prior of any two
      // records
      // being a match (Splink's probability_two_random_records_match): the estimated matching pairs
      // over
      // all n(n-1)/2 pairs. Its weight falls by log2(n) as the records grow, so chance agreements
      // (same
      // birth date, a common name), which grow with n, do not grow the false links.
      double all = (double) table.size() * (table.size() - 1) / 2;
      double matches = model.lambda() * pairs.length;
      model = model.withLambda(Math.min(Math.max(matches / all, 1e-12), 0.5));
    }
    double[] weightOf = model.weightTable();
    TermFrequencies tf = termFrequencies ? TermFrequencies.of(table) : null;
    double[] weights = new double[pairs.length];
    byte[] decisions = new byte[pairs.length];
    boolean[] byRule = new boolean[pairs.length];
    boolean[] vetoed = new boolean[pairs.length];
    List<Link> links = new ArrayList<>();
    for (int k = 0; k < pairs.length; k++) {
      int i = (int) (pairs[k] >>> 32);
      int j = (int) pairs[k];
      double w = weightOf[patterns[k]] + (tf == null ? 0 : tf.adjustment(patterns[k], i, j, model));
      weights[k] = w;
      MatchDecision d = thresholds.decide(FellegiSunterModel.probability(w));
      if (d != MatchDecision.DIFFERENT && isHouseholdVeto(patterns[k])) {
        vetoed[k] = true;
        d = MatchDecision.DIFFERENT;
      }
      if (table.verified[i] && table.verified[j] && table.email[i].equals(table.email[j])) {
        byRule[k] = true;
        vetoed[k] = false;
        d = MatchDecision.SAME;
      }
      decisions[k] = (byte) d.ordinal();
      if (d == MatchDecision.SAME) {
        links.add(new Link(table.ids[i], table.ids[j], byRule[k] ? Double.POSITIVE_INFINITY : w));
      }
    }
    List<String> ids = List.of(table.ids);
    return new DedupResult(
        table,
        candidates.report(),
        pairs,
        patterns,
        weights,
        decisions,
        byRule,
        vetoed,
        model,
        thresholds,
        clusterer.cluster(ids, links),
        comparer,
        tf);
  }

  /**
   * The strict rule that estimates lambda (as Splink estimates the match prior from deterministic
   * rules and their recall): the same e-mail address, or the same birth date and the same or close
   * names.
   */
  static boolean strictRule(int p) {
    return Field.EMAIL.levelIn(p) == 3
        || (Field.BIRTH_DATE.levelIn(p) == 3
            && Field.GIVEN_NAME.levelIn(p) >= 3
            && Field.FAMILY_NAME.levelIn(p) >= 3);
  }

  /**
   * The assumed recall of {@link #strictRule} among true matches. An assumption, as in Splink,
   * where the user states the recall of the deterministic rules: too high a value under-states
   * lambda (fewer links), too low over-states it. Estimating it from the fitted model instead
   * drives lambda to 1 on blocked candidates (the non-matches a blocking key groups agree on that
   * key far more often than the random-pair u says), which is why it is held.
   */
  static final double RULE_RECALL = 0.6;

  @Override
  public String toString() {
    return "Deduplicator["
        + blocking
        + ", "
        + thresholds
        + ", "
        + clusterer
        + ", u from "
        + randomPairs
        + " random pairs (seed "
        + seed
        + ")"
        + (fixU ? " held fixed" : " refined by EM")
        + (termFrequencies ? ", name weights adjusted by term frequency" : "")
        + (priorOverAllPairs ? ", prior over all pairs" : ", prior among candidates")
        + "]";
  }

  /**
   * Settings of a {@link Deduplicator}; not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private List<BlockingKey> keys = BlockingKey.standard();
    private int maxBlockSize = 500;
    private Thresholds thresholds = Thresholds.standard();
    private Clusterer clusterer = Clusterer.guarded(50, 10.0);
    private int randomPairs = 200_000;
    private long seed = 16L;
    private boolean fixU = true;
    private int maxIterations = 500;
    private boolean termFrequencies = true;
    private boolean priorOverAllPairs = true;

    private Builder() {}

    /**
     * Whether a pair's match probability takes the prior over all record pairs (the estimated
     * number of matching pairs over n(n-1)/2, Splink's way; the default) or the share of matches
     * among the candidate pairs (which over-states the prior more and more as the records grow).
     */
    public Builder priorOverAllPairs(boolean value) {
      this.priorOverAllPairs = value;
      return this;
    }

    /**
     * Whether exact name agreements are weighted by how common the name is (Splink's term-frequency
     * adjustment: {@code log2(u / tf(name))} bits added to the exact level's weight); on by
     * default.
     */
    public Builder termFrequencies(boolean value) {
      this.termFrequencies = value;
      return this;
    }

    /** The blocking keys (their union); {@link BlockingKey#standard()} by default. */
    public Builder blockingKeys(List<BlockingKey> value) {
      this.keys = List.copyOf(Objects.requireNonNull(value, "blocking keys must not be null"));
      return this;
    }

    /** The largest block compared (records); 500 by default. */
    public Builder maxBlockSize(int value) {
      this.maxBlockSize = value;
      return this;
    }

    /** The decision thresholds; {@link Thresholds#standard()} by default. */
    public Builder thresholds(Thresholds value) {
      this.thresholds = Objects.requireNonNull(value, "thresholds must not be null");
      return this;
    }

    /** The clustering; guarded at 50 records and 10 bits by default. */
    public Builder clusterer(Clusterer value) {
      this.clusterer = Objects.requireNonNull(value, "clusterer must not be null");
      return this;
    }

    /** How many random pairs estimate the u probabilities (200,000 by default) and their seed. */
    public Builder randomPairs(int count, long randomSeed) {
      if (count < 1) {
        throw new IllegalArgumentException("random pair count must be positive but was: " + count);
      }
      this.randomPairs = count;
      this.seed = randomSeed;
      return this;
    }

    /**
     * Whether EM holds the random-pair u probabilities and the rule-based lambda fixed and
     * estimates m only (Splink's way, the default), instead of estimating all three.
     */
    public Builder fixU(boolean value) {
      this.fixU = value;
      return this;
    }

    /** The most EM iterations; 500 by default. */
    public Builder maxIterations(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxIterations must be positive but was: " + value);
      }
      this.maxIterations = value;
      return this;
    }

    /** The deduplicator. */
    public Deduplicator build() {
      return new Deduplicator(this);
    }
  }
}
