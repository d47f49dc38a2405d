package io.crmkit.spark;

import io.crmkit.core.summary.TimeScale;
import io.crmkit.segmentation.rfm.Binning;
import io.crmkit.segmentation.rfm.FrequencyMeasure;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.SegmentTable;
import io.crmkit.segmentation.rfm.TiePolicy;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * RFM scores and named segments of Spark summaries, with crm-segmentation's definitions ({@link
 * RfmScorer}: recency in days since the last purchase rounded to a millionth of a day, frequency
 * and monetary measures, quantile or threshold binning, tie policies; {@link SegmentTable}).
 *
 * <p>{@link #exactCuts} finds the quantile cuts exactly: each dimension's distinct values are
 * counted and sorted on the cluster ({@link ValueHistogram}), and the tie groups are walked
 * partition by partition with their global ranks, as crm-segmentation walks them in one JVM; the
 * scores are crm-segmentation's for every customer. {@link #approximateCuts} uses Spark's {@code
 * approxQuantile} (one pass, no shuffle): with relative error ε, each cut is a value whose rank is
 * within ε·n of the exact cut's rank (Spark's Greenwald–Khanna guarantee), so per dimension at most
 * (bins − 1)·⌈ε·n⌉ customers, plus those tied with a cut value, get a score one off the exact one.
 * It supports the lowest- and highest-rank tie policies.
 *
 * @since 0.1
 */
public final class SparkRfm {

  public static final String RECENCY_DAYS = "recency_days";
  public static final String FREQUENCY_VALUE = "frequency_value";
  public static final String MONETARY_VALUE = "monetary_measure";
  public static final String R = "r";
  public static final String F = "f";
  public static final String M = "m";
  public static final String CELL = "rfm_cell";
  public static final String SEGMENT = "segment";

  private static final double MICRO = 1e6;

  private SparkRfm() {}

  /**
   * The cuts of the three dimensions: a value scores 1 + the number of cuts it reaches ({@code
   * value >= cut}); recency cuts apply to the negated days (fewer days score higher); {@code +∞}
   * marks a score no customer reaches.
   *
   * @since 0.1
   */
  public record Cuts(double[] recency, double[] frequency, double[] monetary)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the cut arrays, so that the cuts are immutable. */
    public Cuts {
      recency = recency.clone();
      frequency = frequency.clone();
      monetary = monetary.clone();
    }

    @Override
    public double[] recency() {
      return recency.clone();
    }

    @Override
    public double[] frequency() {
      return frequency.clone();
    }

    @Override
    public double[] monetary() {
      return monetary.clone();
    }

    @Override
    public String toString() {
      return "Cuts[recency (−days) "
          + Arrays.toString(recency)
          + ", frequency "
          + Arrays.toString(frequency)
          + ", monetary "
          + Arrays.toString(monetary)
          + "]";
    }
  }

  /**
   * The summaries with the three measures ({@value #RECENCY_DAYS}, {@value #FREQUENCY_VALUE},
   * {@value #MONETARY_VALUE}) as crm-segmentation computes them; {@code unit} is the summaries'
   * time unit.
   */
  public static Dataset<Row> measures(Dataset<Row> summaries, TimeScale unit, RfmScorer scorer) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    Objects.requireNonNull(scorer, "scorer must not be null");
    StructType in = summaries.schema();
    StructType out =
        in.add(RECENCY_DAYS, DataTypes.DoubleType, false)
            .add(FREQUENCY_VALUE, DataTypes.DoubleType, false)
            .add(MONETARY_VALUE, DataTypes.DoubleType, false);
    Measure f =
        new Measure(
            unit.seconds() / 86_400.0,
            scorer.frequencyMeasure() == FrequencyMeasure.TRANSACTIONS,
            scorer.monetaryMeasure().name(),
            in.fieldIndex(SummaryColumns.FREQUENCY),
            in.fieldIndex(SummaryColumns.RECENCY),
            in.fieldIndex(SummaryColumns.T),
            in.fieldIndex(SummaryColumns.MONETARY_VALUE),
            in.fieldIndex(SummaryColumns.TOTAL_SPEND),
            in.fieldIndex(SummaryColumns.TRANSACTION_COUNT),
            null,
            null);
    return summaries.mapPartitions(f, Encoders.row(out));
  }

  /** Exact cuts (see the class comment): three aggregations and sorts of the distinct values. */
  public static Cuts exactCuts(Dataset<Row> summaries, TimeScale unit, RfmScorer scorer) {
    Dataset<Row> m = measures(summaries, unit, scorer).cache();
    try {
      return new Cuts(
          cuts(
              scorer.recencyBinning(),
              scorer.ties(),
              m,
              functions.col(RECENCY_DAYS).multiply(-1.0),
              true),
          cuts(scorer.frequencyBinning(), scorer.ties(), m, functions.col(FREQUENCY_VALUE), false),
          cuts(scorer.monetaryBinning(), scorer.ties(), m, functions.col(MONETARY_VALUE), false));
    } finally {
      m.unpersist();
    }
  }

  /**
   * Cuts from Spark's {@code approxQuantile} with relative error {@code relativeError} in (0, 1):
   * one pass over the summaries (see the class comment for the bound).
   */
  public static Cuts approximateCuts(
      Dataset<Row> summaries, TimeScale unit, RfmScorer scorer, double relativeError) {
    if (!(relativeError > 0 && relativeError < 1)) {
      throw new IllegalArgumentException(
          "relativeError must be in (0, 1) but was: " + relativeError);
    }
    if (scorer.ties() == TiePolicy.MIDDLE_RANK) {
      throw new IllegalArgumentException(
          "approximate cuts support ties LOWEST_RANK and HIGHEST_RANK but the scorer has: "
              + scorer.ties());
    }
    Dataset<Row> m =
        measures(summaries, unit, scorer)
            .withColumn("neg_days", functions.col(RECENCY_DAYS).multiply(-1.0));
    long n = m.count();
    Binning[] binnings = {
      scorer.recencyBinning(), scorer.frequencyBinning(), scorer.monetaryBinning()
    };
    String[] cols = {"neg_days", FREQUENCY_VALUE, MONETARY_VALUE};
    double[][] result = new double[3][];
    List<String> quantileCols = new ArrayList<>();
    List<double[]> probs = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      if (binnings[d] instanceof Binning.Thresholds t) {
        result[d] = thresholdCuts(t, d == 0);
      } else {
        quantileCols.add(cols[d]);
        probs.add(probabilities(n, binnings[d].bins(), scorer.ties()));
      }
    }
    if (!quantileCols.isEmpty() && n > 0) {
      // one pass: every dimension's probabilities at once
      double[] all = probs.stream().flatMapToDouble(Arrays::stream).distinct().sorted().toArray();
      double[][] q =
          m.stat().approxQuantile(quantileCols.toArray(new String[0]), all, relativeError);
      int k = 0;
      for (int d = 0; d < 3; d++) {
        if (result[d] != null) {
          continue;
        }
        double[] p = probs.get(k);
        double[] cuts = new double[binnings[d].bins() - 1];
        Arrays.fill(cuts, Double.POSITIVE_INFINITY);
        for (int s = 0; s < p.length; s++) {
          if (Double.isNaN(p[s])) {
            continue;
          }
          double v = q[k][Arrays.binarySearch(all, p[s])];
          cuts[s] = scorer.ties() == TiePolicy.LOWEST_RANK ? Math.nextUp(v) : v;
        }
        result[d] = cuts;
        k++;
      }
    } else {
      for (int d = 0; d < 3; d++) {
        if (result[d] == null) {
          result[d] = infinite(binnings[d].bins());
        }
      }
    }
    return new Cuts(result[0], result[1], result[2]);
  }

  /**
   * Probability of the rank that stands for score s (NaN when no customer has it): rank m − 1
   * (lowest-rank ties) or m (highest), m = ⌈(s − 1)·n / k⌉, aimed at the middle of the rank.
   */
  private static double[] probabilities(long n, int bins, TiePolicy ties) {
    double[] p = new double[bins - 1];
    for (int s = 2; s <= bins; s++) {
      long m = ((s - 1) * n + bins - 1) / bins;
      long rank = ties == TiePolicy.LOWEST_RANK ? m - 1 : m;
      p[s - 2] = rank < n && rank >= 0 ? (rank + 0.5) / n : Double.NaN;
    }
    return p;
  }

  /** Scores, cell and segment name per customer under {@code cuts}. */
  public static Dataset<Row> score(
      Dataset<Row> summaries, TimeScale unit, RfmScorer scorer, SegmentTable table, Cuts cuts) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(cuts, "cuts must not be null");
    if (table.recencyBins() != scorer.recencyBinning().bins()
        || table.frequencyBins() != scorer.frequencyBinning().bins()
        || table.monetaryBins() != scorer.monetaryBinning().bins()) {
      throw new IllegalArgumentException(
          "segment table bins R"
              + table.recencyBins()
              + " F"
              + table.frequencyBins()
              + " M"
              + table.monetaryBins()
              + " must match the scorer's: "
              + scorer);
    }
    int rb = table.recencyBins();
    int fb = table.frequencyBins();
    int mb = table.monetaryBins();
    String[] names = new String[rb * fb * mb];
    for (int r = 1; r <= rb; r++) {
      for (int f = 1; f <= fb; f++) {
        for (int m = 1; m <= mb; m++) {
          names[((r - 1) * fb + (f - 1)) * mb + (m - 1)] = table.segmentOf(r, f, m).name();
        }
      }
    }
    Dataset<Row> measured = measures(summaries, unit, scorer);
    StructType in = measured.schema();
    StructType out =
        in.add(R, DataTypes.IntegerType, false)
            .add(F, DataTypes.IntegerType, false)
            .add(M, DataTypes.IntegerType, false)
            .add(CELL, DataTypes.StringType, false)
            .add(SEGMENT, DataTypes.StringType, false);
    Measure f =
        new Measure(
            0,
            false,
            "",
            in.fieldIndex(RECENCY_DAYS),
            0,
            0,
            0,
            0,
            0,
            cuts,
            new Segments(names, fb, mb));
    return measured.mapPartitions(f, Encoders.row(out));
  }

  /** Exact scores and segments: {@link #score} with {@link #exactCuts}. */
  public static Dataset<Row> exact(
      Dataset<Row> summaries, TimeScale unit, RfmScorer scorer, SegmentTable table) {
    return score(summaries, unit, scorer, table, exactCuts(summaries, unit, scorer));
  }

  private static double[] cuts(
      Binning binning,
      TiePolicy ties,
      Dataset<Row> measures,
      org.apache.spark.sql.Column value,
      boolean recency) {
    if (binning instanceof Binning.Thresholds t) {
      return thresholdCuts(t, recency);
    }
    int bins = binning.bins();
    try (ValueHistogram h = ValueHistogram.of(measures, value, false)) {
      long n = h.total;
      long[] before = h.countBefore;
      List<double[]> parts =
          h.sorted
              .mapPartitionsWithIndex(
                  (Integer p, Iterator<Row> it) -> {
                    double[] cut = infinite(bins);
                    long first = before[p];
                    while (it.hasNext()) {
                      Row r = it.next();
                      double v = r.getDouble(0);
                      long c = r.getLong(1);
                      int score = score(first, first + c - 1, n, bins, ties);
                      for (int s = 2; s <= score; s++) {
                        if (cut[s - 2] == Double.POSITIVE_INFINITY) {
                          cut[s - 2] = v;
                        }
                      }
                      first += c;
                    }
                    List<double[]> one = new ArrayList<>(1);
                    one.add(cut);
                    return one.iterator();
                  },
                  true)
              .collect();
      double[] cuts = infinite(bins);
      for (double[] c : parts) {
        for (int s = 0; s < cuts.length; s++) {
          cuts[s] = Math.min(cuts[s], c[s]);
        }
      }
      return cuts;
    }
  }

  /**
   * The score of a tie group at 0-based ranks first..last of n, as crm-segmentation's {@code
   * TiePolicy} says.
   */
  static int score(long first, long last, long n, int bins, TiePolicy ties) {
    long twiceRank =
        switch (ties) {
          case LOWEST_RANK -> 2L * first;
          case MIDDLE_RANK -> first + last;
          case HIGHEST_RANK -> 2L * last;
        };
    return (int) (twiceRank * bins / (2L * n)) + 1;
  }

  private static double[] thresholdCuts(Binning.Thresholds t, boolean recency) {
    List<Double> th = t.thresholds();
    double[] cuts = new double[th.size()];
    for (int j = 0; j < cuts.length; j++) {
      cuts[j] = recency ? -th.get(cuts.length - 1 - j) : th.get(j);
    }
    return cuts;
  }

  private static double[] infinite(int bins) {
    double[] c = new double[bins - 1];
    Arrays.fill(c, Double.POSITIVE_INFINITY);
    return c;
  }

  /** Segment names by cell. */
  record Segments(String[] names, int frequencyBins, int monetaryBins) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Adds the measures (cuts == null) or the scores, cell and segment (cuts given) to each row. */
  private static final class Measure implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final double daysPerUnit;
    private final boolean transactions;
    private final String monetary;
    private final int x;
    private final int tx;
    private final int age;
    private final int zbar;
    private final int total;
    private final int count;
    private final Cuts cuts;
    private final Segments segments;

    Measure(
        double daysPerUnit,
        boolean transactions,
        String monetary,
        int x,
        int tx,
        int age,
        int zbar,
        int total,
        int count,
        Cuts cuts,
        Segments segments) {
      this.daysPerUnit = daysPerUnit;
      this.transactions = transactions;
      this.monetary = monetary;
      this.x = x;
      this.tx = tx;
      this.age = age;
      this.zbar = zbar;
      this.total = total;
      this.count = count;
      this.cuts = cuts;
      this.segments = segments;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      double[] rc = cuts == null ? null : cuts.recency;
      double[] fc = cuts == null ? null : cuts.frequency;
      double[] mc = cuts == null ? null : cuts.monetary;
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          int n = r.length();
          if (cuts == null) {
            Object[] v = new Object[n + 3];
            for (int c = 0; c < n; c++) {
              v[c] = r.get(c);
            }
            double t = r.getDouble(age);
            double rec = r.getDouble(tx);
            v[n] = Math.max(0, Math.round((t - rec) * daysPerUnit * MICRO) / MICRO);
            int tc = r.getInt(count);
            v[n + 1] = transactions ? (double) tc : (double) (r.getInt(x) + 1);
            double tot = r.getDouble(total);
            v[n + 2] =
                switch (monetary) {
                  case "TOTAL_SPEND" -> tot;
                  case "MEAN_REPEAT_VALUE" -> r.getDouble(zbar);
                  case "MEAN_TRANSACTION_VALUE" -> tc == 0 ? 0.0 : tot / tc;
                  default ->
                      throw new IllegalStateException(
                          "unknown monetary measure: " + monetary.toLowerCase(Locale.ROOT));
                };
            return RowFactory.create(v);
          }
          int d = x; // the index of RECENCY_DAYS; frequency and monetary follow it
          int rs = scoreOf(-r.getDouble(d), rc);
          int fs = scoreOf(r.getDouble(d + 1), fc);
          int ms = scoreOf(r.getDouble(d + 2), mc);
          Object[] v = new Object[n + 5];
          for (int c = 0; c < n; c++) {
            v[c] = r.get(c);
          }
          v[n] = rs;
          v[n + 1] = fs;
          v[n + 2] = ms;
          v[n + 3] =
              new String(new char[] {(char) ('0' + rs), (char) ('0' + fs), (char) ('0' + ms)});
          v[n + 4] =
              segments
                  .names()[
                  ((rs - 1) * segments.frequencyBins() + (fs - 1)) * segments.monetaryBins()
                      + (ms - 1)];
          return RowFactory.create(v);
        }
      };
    }

    private static int scoreOf(double v, double[] cuts) {
      int s = 1;
      for (double c : cuts) {
        s += v >= c ? 1 : 0;
      }
      return s;
    }
  }
}
