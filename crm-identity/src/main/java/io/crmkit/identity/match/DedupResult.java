package io.crmkit.identity.match;

import io.crmkit.identity.cluster.Clustering;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a {@link Deduplicator} run: the blocking report, every candidate pair compared
 * with its weight (bits) and decision, the fitted model, and the clusters. Pairs are addressed by
 * their index {@code k} in {@code [0, pairsCompared())}; {@link #explain} tells why any pair was
 * decided as it was.
 *
 * @since 0.1
 */
public final class DedupResult {

  private final RecordTable table;
  private final BlockingReport blocking;
  private final long[] pairs;
  private final int[] patterns;
  private final double[] weights;
  private final byte[] decisions;
  private final boolean[] byRule;
  private final boolean[] vetoed;
  private final FellegiSunterModel model;
  private final Thresholds thresholds;
  private final Clustering clustering;
  private final PairComparer comparer;
  private final TermFrequencies tf; // null: no term-frequency adjustment
  private Map<String, Integer> positions;

  DedupResult(
      RecordTable table,
      BlockingReport blocking,
      long[] pairs,
      int[] patterns,
      double[] weights,
      byte[] decisions,
      boolean[] byRule,
      boolean[] vetoed,
      FellegiSunterModel model,
      Thresholds thresholds,
      Clustering clustering,
      PairComparer comparer,
      TermFrequencies tf) {
    this.tf = tf;
    this.table = table;
    this.blocking = blocking;
    this.pairs = pairs;
    this.patterns = patterns;
    this.weights = weights;
    this.decisions = decisions;
    this.byRule = byRule;
    this.vetoed = vetoed;
    this.model = model;
    this.thresholds = thresholds;
    this.clustering = clustering;
    this.comparer = comparer;
  }

  /** The records of the run. */
  public RecordTable table() {
    return table;
  }

  /** What blocking did. */
  public BlockingReport blocking() {
    return blocking;
  }

  /** The number of record pairs compared field by field (the candidate pairs). */
  public int pairsCompared() {
    return pairs.length;
  }

  /** The table position of the first record of pair {@code k}. */
  public int left(int k) {
    return (int) (pairs[k] >>> 32);
  }

  /** The table position of the second record of pair {@code k}. */
  public int right(int k) {
    return (int) pairs[k];
  }

  /** The total match weight of pair {@code k} in bits. */
  public double weight(int k) {
    return weights[k];
  }

  /** The match probability of pair {@code k} (1 or 0 when a rule decided). */
  public double probability(int k) {
    return byRule[k] ? 1.0 : vetoed[k] ? 0.0 : FellegiSunterModel.probability(weights[k]);
  }

  /** The decision on pair {@code k}. */
  public MatchDecision decision(int k) {
    return MatchDecision.values()[decisions[k]];
  }

  /** The fitted model. */
  public FellegiSunterModel model() {
    return model;
  }

  /** The thresholds used. */
  public Thresholds thresholds() {
    return thresholds;
  }

  /** The entities. */
  public Clustering clustering() {
    return clustering;
  }

  /** How many pairs got each decision. */
  public Map<MatchDecision, Integer> decisionCounts() {
    EnumMap<MatchDecision, Integer> out = new EnumMap<>(MatchDecision.class);
    for (MatchDecision d : MatchDecision.values()) {
      out.put(d, 0);
    }
    for (byte d : decisions) {
      out.merge(MatchDecision.values()[d], 1, Integer::sum);
    }
    return out;
  }

  /** The explanations of every pair with decision {@code decision}, in pair order. */
  public List<PairExplanation> explanations(MatchDecision decision) {
    List<PairExplanation> out = new ArrayList<>();
    for (int k = 0; k < pairs.length; k++) {
      if (decisions[k] == decision.ordinal()) {
        out.add(explain(k));
      }
    }
    return out;
  }

  /** Why pair {@code k} was decided as it was. */
  public PairExplanation explain(int k) {
    int i = left(k);
    int j = right(k);
    List<FieldEvidence> evidence = new ArrayList<>();
    for (Field f : Field.all()) {
      int level = f.levelIn(patterns[k]);
      double adjust =
          tf != null && (f == Field.GIVEN_NAME || f == Field.FAMILY_NAME)
              ? tf.adjustment(f, patterns[k], i, j, model)
              : 0;
      evidence.add(
          new FieldEvidence(
              f,
              level,
              f.levelName(level)
                  + (adjust == 0
                      ? ""
                      : String.format(java.util.Locale.ROOT, " (term frequency %+.2f)", adjust)),
              model.weight(f, level) + adjust));
    }
    return new PairExplanation(
        table.ids[i],
        table.ids[j],
        evidence,
        comparer.swapped(i, j),
        model.priorWeight(),
        weights[k],
        probability(k),
        byRule[k]
            ? Optional.of(Deduplicator.VERIFIED_EMAIL_RULE)
            : vetoed[k] ? Optional.of(Deduplicator.HOUSEHOLD_RULE) : Optional.empty(),
        decision(k));
  }

  /**
   * Why the records with these ids were decided as they were; empty when they were not a candidate
   * pair (blocking never put them together, so they were never compared).
   */
  public Optional<PairExplanation> explain(String leftId, String rightId) {
    if (positions == null) {
      Map<String, Integer> p = new HashMap<>(table.size() * 2);
      for (int i = 0; i < table.size(); i++) {
        p.put(table.ids[i], i);
      }
      positions = p;
    }
    Integer a = positions.get(leftId);
    Integer b = positions.get(rightId);
    if (a == null || b == null) {
      throw new IllegalArgumentException(
          "ids must be records of this run but were: '" + leftId + "', '" + rightId + "'");
    }
    long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    int k = java.util.Arrays.binarySearch(pairs, key);
    return k < 0 ? Optional.empty() : Optional.of(explain(k));
  }

  @Override
  public String toString() {
    return "DedupResult["
        + table.size()
        + " records, "
        + pairs.length
        + " pairs compared, "
        + decisionCounts()
        + ", "
        + clustering
        + "]";
  }
}
