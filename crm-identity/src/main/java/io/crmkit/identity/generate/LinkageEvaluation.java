package io.crmkit.identity.generate;

import io.crmkit.identity.cluster.Clustering;
import io.crmkit.identity.match.DedupResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Linkage quality against ground truth, counted over record pairs: blocking recall (the share of
 * true pairs that blocking made candidates), precision, recall and F1 of the pairs with match
 * probability at or above each threshold, and the same of the pairs that end in one cluster.
 *
 * @since 0.1
 */
public record LinkageEvaluation(
    long truePairs,
    long trueCandidatePairs,
    long candidatePairs,
    List<ThresholdQuality> perThreshold,
    Quality clusters) {

  /**
   * Precision, recall and F1 of a set of predicted pairs.
   *
   * @since 0.1
   */
  public record Quality(long predicted, long truePositives, long truePairs) {
    /** Share of predicted pairs that are true (1 when nothing is predicted). */
    public double precision() {
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    /** Share of true pairs predicted (1 when there is none). */
    public double recall() {
      return truePairs == 0 ? 1.0 : (double) truePositives / truePairs;
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "precision %.4f, recall %.4f, F1 %.4f (%d predicted, %d true of %d)",
          precision(),
          recall(),
          f1(),
          predicted,
          truePositives,
          truePairs);
    }
  }

  /**
   * The quality of the pairs with probability at or above {@code threshold}.
   *
   * @since 0.1
   */
  public record ThresholdQuality(double threshold, Quality quality) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "p >= %.3f: %s", threshold, quality);
    }
  }

  /** Checks the clusters are not null; the list is copied. */
  public LinkageEvaluation {
    perThreshold = List.copyOf(perThreshold);
    Objects.requireNonNull(clusters, "clusters must not be null");
  }

  /** The evaluation of {@code result} against {@code truth} at each of {@code thresholds}. */
  public static LinkageEvaluation of(
      DedupResult result, LabelledRecords truth, double... thresholds) {
    Objects.requireNonNull(result, "result must not be null");
    Objects.requireNonNull(truth, "truth must not be null");
    int n = result.table().size();
    String[] entity = new String[n];
    for (int i = 0; i < n; i++) {
      String id = result.table().id(i);
      entity[i] = truth.entityOf().get(id);
      if (entity[i] == null) {
        throw new IllegalArgumentException(
            "truth must name the entity of every record but has none for '" + id + "'");
      }
    }
    long truePairs = truth.truePairs();
    long trueCandidates = 0;
    long[] predicted = new long[thresholds.length];
    long[] tp = new long[thresholds.length];
    for (int k = 0; k < result.pairsCompared(); k++) {
      boolean same = entity[result.left(k)].equals(entity[result.right(k)]);
      if (same) {
        trueCandidates++;
      }
      double p = result.probability(k);
      for (int t = 0; t < thresholds.length; t++) {
        if (p >= thresholds[t]) {
          predicted[t]++;
          if (same) {
            tp[t]++;
          }
        }
      }
    }
    List<ThresholdQuality> per = new ArrayList<>();
    for (int t = 0; t < thresholds.length; t++) {
      per.add(new ThresholdQuality(thresholds[t], new Quality(predicted[t], tp[t], truePairs)));
    }
    return new LinkageEvaluation(
        truePairs,
        trueCandidates,
        result.pairsCompared(),
        per,
        clusterQuality(result.clustering(), truth, truePairs));
  }

  private static Quality clusterQuality(
      Clustering clustering, LabelledRecords truth, long truePairs) {
    long predicted = 0;
    long tp = 0;
    for (List<String> cluster : clustering.clusters()) {
      long s = cluster.size();
      predicted += s * (s - 1) / 2;
      Map<String, Long> byEntity = new HashMap<>();
      for (String id : cluster) {
        byEntity.merge(truth.entityOf().get(id), 1L, Long::sum);
      }
      for (long c : byEntity.values()) {
        tp += c * (c - 1) / 2;
      }
    }
    return new Quality(predicted, tp, truePairs);
  }

  /** The share of true pairs that blocking made candidates. */
  public double blockingRecall() {
    return truePairs == 0 ? 1.0 : (double) trueCandidatePairs / truePairs;
  }

  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "LinkageEvaluation[%d true pairs, %d candidate pairs, blocking recall %.4f",
                truePairs,
                candidatePairs,
                blockingRecall()));
    for (ThresholdQuality q : perThreshold) {
      b.append("\n  ").append(q);
    }
    return b.append("\n  clusters: ").append(clusters).append(']').toString();
  }
}
