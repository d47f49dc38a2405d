package io.crmkit.segmentation.cluster;

import io.crmkit.core.stat.Median;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * k-means++ clustering (Arthur &amp; Vassilvitskii 2007; Apache Commons Math {@link
 * KMeansPlusPlusClusterer}, Lloyd iterations until no row changes cluster or the iteration limit)
 * over standardised features: each feature is transformed ({@link Transform}) and turned into
 * z-scores (a constant feature becomes 0). The random generator is seeded, so the same data in the
 * same row order gives the same clusters. With {@link Builder#kBetween(int, int)} every k in the
 * range is clustered and the one with the highest mean silhouette (computed on a seeded sample of
 * at most {@link Builder#silhouetteSample(int)} rows) wins; ties go to the smaller k. Clusters are
 * numbered by descending size. With fewer distinct rows than k some clusters stay empty (size 0,
 * means NaN).
 *
 * <pre>{@code
 * ClusterResult r = KMeansSegmenter.builder().kBetween(2, 8).seed(42).build().cluster(FeatureMatrix.rfm(summaries));
 * }</pre>
 *
 * <p>Memory: one small object per row while clustering (Commons Math works on {@link
 * Clusterable}s); the result is an int per row.
 *
 * @since 0.1
 */
public final class KMeansSegmenter {

  private final int minK;
  private final int maxK;
  private final long seed;
  private final int maxIterations;
  private final int sample;

  private KMeansSegmenter(Builder b) {
    this.minK = b.minK;
    this.maxK = b.maxK;
    this.seed = b.seed;
    this.maxIterations = b.maxIterations;
    this.sample = b.sample;
  }

  /** A builder: k = 4, seed 1, at most 300 iterations, silhouette on at most 2,000 rows. */
  public static Builder builder() {
    return new Builder();
  }

  /** A row for Commons Math: its index and standardised point. */
  private static final class Row implements Clusterable {
    final int index;
    final double[] point;

    Row(int index, double[] point) {
      this.index = index;
      this.point = point;
    }

    @Override
    public double[] getPoint() {
      return point;
    }
  }

  /** Clusters the rows of {@code features}. */
  public ClusterResult cluster(FeatureMatrix features) {
    java.util.Objects.requireNonNull(features, "features must not be null");
    int n = features.rows();
    if (n < maxK) {
      throw new IllegalArgumentException("rows must be at least k " + maxK + " but were: " + n);
    }
    double[][] z = standardise(features);
    List<Row> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(new Row(i, z[i]));
    }
    int[] sampleRows = sampleRows(n);
    int[] best = null;
    int bestK = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    List<KScore> scores = new ArrayList<>();
    for (int k = minK; k <= maxK; k++) {
      int[] labels = run(rows, k);
      if (minK == maxK) {
        best = labels;
        bestK = k;
        break;
      }
      double s = Silhouette.mean(z, labels, k, sampleRows);
      scores.add(new KScore(k, s));
      if (s > bestScore) {
        bestScore = s;
        best = labels;
        bestK = k;
      }
    }
    return describe(features, z, relabelBySize(best, bestK), bestK, scores);
  }

  private int[] run(List<Row> rows, int k) {
    JDKRandomGenerator random = new JDKRandomGenerator();
    random.setSeed(seed);
    KMeansPlusPlusClusterer<Row> clusterer =
        new KMeansPlusPlusClusterer<>(
            k,
            maxIterations,
            new EuclideanDistance(),
            random,
            KMeansPlusPlusClusterer.EmptyClusterStrategy.LARGEST_VARIANCE);
    List<CentroidCluster<Row>> clusters = clusterer.cluster(rows);
    int[] labels = new int[rows.size()];
    for (int c = 0; c < clusters.size(); c++) {
      for (Row r : clusters.get(c).getPoints()) {
        labels[r.index] = c;
      }
    }
    return labels;
  }

  static double[][] standardise(FeatureMatrix fm) {
    int n = fm.rows();
    int d = fm.features();
    double[][] z = new double[n][d];
    for (int f = 0; f < d; f++) {
      double[] col = fm.column(f);
      Transform t = fm.transforms().get(f);
      double mean = 0;
      for (int i = 0; i < n; i++) {
        double v = t.apply(col[i]);
        z[i][f] = v;
        mean += v;
      }
      mean /= n;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double dv = z[i][f] - mean;
        ss += dv * dv;
      }
      double sd = Math.sqrt(ss / n);
      for (int i = 0; i < n; i++) {
        z[i][f] = sd == 0 ? 0 : (z[i][f] - mean) / sd;
      }
    }
    return z;
  }

  private int[] sampleRows(int n) {
    int m = Math.min(n, sample);
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < m; i++) {
      int j = i + r.nextInt(n - i);
      int tmp = idx[i];
      idx[i] = idx[j];
      idx[j] = tmp;
    }
    return Arrays.copyOf(idx, m);
  }

  private static int[] relabelBySize(int[] labels, int k) {
    int[] size = new int[k];
    for (int l : labels) {
      size[l]++;
    }
    Integer[] order = new Integer[k];
    for (int c = 0; c < k; c++) {
      order[c] = c;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(c -> -size[c]).thenComparingInt(c -> c));
    int[] newLabel = new int[k];
    for (int rank = 0; rank < k; rank++) {
      newLabel[order[rank]] = rank;
    }
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = newLabel[labels[i]];
    }
    return out;
  }

  private static ClusterResult describe(
      FeatureMatrix fm, double[][] z, int[] labels, int k, List<KScore> scores) {
    int n = fm.rows();
    int d = fm.features();
    int[] size = new int[k];
    for (int l : labels) {
      size[l]++;
    }
    List<ClusterProfile> profiles = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      List<Double> means = new ArrayList<>(d);
      List<Double> medians = new ArrayList<>(d);
      List<Double> centroid = new ArrayList<>(d);
      for (int f = 0; f < d; f++) {
        double[] vals = new double[size[c]];
        double sum = 0;
        double zsum = 0;
        int j = 0;
        for (int i = 0; i < n; i++) {
          if (labels[i] == c) {
            vals[j++] = fm.value(f, i);
            sum += fm.value(f, i);
            zsum += z[i][f];
          }
        }
        Arrays.sort(vals);
        int m = vals.length;
        means.add(m == 0 ? Double.NaN : sum / m);
        medians.add(Median.ofSorted(vals, 0, m).orElse(Double.NaN));
        centroid.add(m == 0 ? Double.NaN : zsum / m);
      }
      profiles.add(new ClusterProfile(c, size[c], (double) size[c] / n, means, medians, centroid));
    }
    return new ClusterResult(labels, profiles, fm.names(), scores);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "KMeansSegmenter[k %s, seed %d, max %d iterations, silhouette sample %d]",
        minK == maxK ? Integer.toString(minK) : minK + ".." + maxK,
        seed,
        maxIterations,
        sample);
  }

  /**
   * Configures a segmenter. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private int minK = 4;
    private int maxK = 4;
    private long seed = 1;
    private int maxIterations = 300;
    private int sample = 2000;

    private Builder() {}

    /** A fixed number of clusters. */
    public Builder k(int k) {
      if (k < 1) {
        throw new IllegalArgumentException("k must be positive but was: " + k);
      }
      minK = k;
      maxK = k;
      return this;
    }

    /** Try every k from {@code min} to {@code max} and keep the best by mean silhouette. */
    public Builder kBetween(int min, int max) {
      if (min < 2) {
        throw new IllegalArgumentException(
            "min k must be at least 2 for a silhouette but was: " + min);
      }
      if (max < min) {
        throw new IllegalArgumentException(
            "max k must be at least min " + min + " but was: " + max);
      }
      minK = min;
      maxK = max;
      return this;
    }

    /** Sets the seed of the random initial centres (the same seed gives the same clusters). */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /** Sets the largest number of Lloyd iterations per run (at least 1). */
    public Builder maxIterations(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxIterations must be positive but was: " + value);
      }
      maxIterations = value;
      return this;
    }

    /**
     * The most rows the silhouette is computed on (a seeded random sample); cost grows with its
     * square.
     */
    public Builder silhouetteSample(int value) {
      if (value < 2) {
        throw new IllegalArgumentException("silhouetteSample must be at least 2 but was: " + value);
      }
      sample = value;
      return this;
    }

    /** The segmenter with the settings made so far. */
    public KMeansSegmenter build() {
      return new KMeansSegmenter(this);
    }
  }
}
