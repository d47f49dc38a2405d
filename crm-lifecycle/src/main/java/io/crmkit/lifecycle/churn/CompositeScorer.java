package io.crmkit.lifecycle.churn;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Maximum or weighted mean of several scorers; both keep probabilities in [0, 1]. */
final class CompositeScorer implements ChurnScorer {

  private final List<ChurnScorer> scorers;
  private final double[] weights; // null for maximum
  private final String name;

  private CompositeScorer(List<ChurnScorer> scorers, double[] weights, String name) {
    this.scorers = scorers;
    this.weights = weights;
    this.name = name;
  }

  static CompositeScorer maximum(List<? extends ChurnScorer> scorers) {
    List<ChurnScorer> list = checked(scorers);
    StringBuilder n = new StringBuilder("max(");
    for (int i = 0; i < list.size(); i++) {
      n.append(i == 0 ? "" : ", ").append(list.get(i).name());
    }
    return new CompositeScorer(list, null, n.append(')').toString());
  }

  static CompositeScorer weighted(List<? extends ChurnScorer> scorers, double... weights) {
    List<ChurnScorer> list = checked(scorers);
    Objects.requireNonNull(weights, "weights must not be null");
    if (weights.length != list.size()) {
      throw new IllegalArgumentException(
          "weights must number as many as scorers ("
              + list.size()
              + ") but were "
              + weights.length
              + ": "
              + Arrays.toString(weights));
    }
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException(
            "weights[" + i + "] must be finite and not negative but was: " + weights[i]);
      }
      sum += weights[i];
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(
          "weights must not all be zero but were " + Arrays.toString(weights));
    }
    double[] w = new double[weights.length];
    StringBuilder n = new StringBuilder("blend(");
    for (int i = 0; i < w.length; i++) {
      w[i] = weights[i] / sum;
      n.append(i == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "%.2f×%s", w[i], list.get(i).name()));
    }
    return new CompositeScorer(list, w, n.append(')').toString());
  }

  private static List<ChurnScorer> checked(List<? extends ChurnScorer> scorers) {
    Objects.requireNonNull(scorers, "scorers must not be null");
    if (scorers.isEmpty()) {
      throw new IllegalArgumentException("scorers must not be empty");
    }
    List<ChurnScorer> list = new ArrayList<>(scorers.size());
    for (int i = 0; i < scorers.size(); i++) {
      list.add(Objects.requireNonNull(scorers.get(i), "scorers[" + i + "] must not be null"));
    }
    return List.copyOf(list);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public double probability(CustomerSummaries population, int row) {
    if (weights == null) {
      double max = 0;
      for (ChurnScorer s : scorers) {
        max = Math.max(max, s.probability(population, row));
      }
      return max;
    }
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * scorers.get(i).probability(population, row);
    }
    return clamp(sum);
  }

  /** Rounding of the weighted sum may step a hair outside [0, 1]. */
  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }

  @Override
  public double[] probabilities(CustomerSummaries population) {
    Objects.requireNonNull(population, "population must not be null");
    double[] out = new double[population.size()];
    for (int k = 0; k < scorers.size(); k++) {
      double[] p = scorers.get(k).probabilities(population);
      if (weights == null) {
        for (int i = 0; i < out.length; i++) {
          out[i] = Math.max(out[i], p[i]);
        }
      } else {
        double w = weights[k];
        for (int i = 0; i < out.length; i++) {
          out[i] += w * p[i];
        }
      }
    }
    if (weights != null) {
      for (int i = 0; i < out.length; i++) {
        out[i] = clamp(out[i]);
      }
    }
    return out;
  }

  @Override
  public List<Reason> reasons(CustomerSummaries population, int row) {
    if (weights == null) {
      ChurnScorer best = scorers.get(0);
      double max = -1;
      for (ChurnScorer s : scorers) {
        double p = s.probability(population, row);
        if (p > max) {
          max = p;
          best = s;
        }
      }
      return best.reasons(population, row);
    }
    List<Reason> all = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] == 0) {
        continue;
      }
      for (Reason r : scorers.get(i).reasons(population, row)) {
        all.add(
            Reason.of(
                r.feature(),
                scorers.get(i).name() + ": " + r.description(),
                weights[i] * r.contribution()));
      }
    }
    all.sort((a, b) -> Double.compare(Math.abs(b.contribution()), Math.abs(a.contribution())));
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return "ChurnScorer[" + name + "]";
  }
}
