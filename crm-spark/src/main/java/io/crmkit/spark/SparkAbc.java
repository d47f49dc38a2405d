package io.crmkit.spark;

import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcMode;
import io.crmkit.segmentation.abc.SummaryMeasure;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * ABC (Pareto) classes of Spark summaries with crm-segmentation's definition ({@link
 * AbcClassifier}): customers ranked by value, highest first, tie groups kept together, A while the
 * customers ranked strictly above hold less than the A share (of value or of customers), B while
 * they hold less than A + B. The distinct values are counted and sorted on the cluster ({@link
 * ValueHistogram}) and the boundary groups found partition by partition with their global prefix
 * sums. Negative values count as 0. Value sums are added in another order than in one JVM, so a
 * customer whose prefix share equals a boundary to about 1e-15 could fall on the other side.
 *
 * @since 0.1
 */
public final class SparkAbc {

  /** The class column: {@code A}, {@code B} or {@code C}. */
  public static final String CLASS = "abc_class";

  private SparkAbc() {}

  /**
   * The two cuts: values at or above {@code a} are A, at or above {@code b} B, the rest C.
   *
   * @since 0.1
   */
  public record Cuts(double a, double b) {}

  /** The cuts of {@code classifier} over the {@code measure} column of the summaries. */
  public static Cuts cuts(
      Dataset<Row> summaries, AbcClassifier classifier, SummaryMeasure measure) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    Objects.requireNonNull(classifier, "classifier must not be null");
    Column v = value(summaries, measure);
    List<Row> bad =
        summaries
            .filter(
                functions
                    .isnan(v)
                    .or(v.isNull())
                    .or(functions.abs(v).equalTo(Double.POSITIVE_INFINITY)))
            .limit(1)
            .collectAsList();
    if (!bad.isEmpty()) {
      throw new IllegalArgumentException(
          column(measure)
              + " must be finite but customer "
              + bad.get(0).getAs(SummaryColumns.ID)
              + " has: "
              + bad.get(0).getAs(column(measure)));
    }
    Column clipped = functions.when(v.gt(0), v).otherwise(0.0);
    boolean byValue = classifier.mode() == AbcMode.VALUE_SHARE;
    try (ValueHistogram h = ValueHistogram.of(summaries, clipped, true)) {
      double aLimit = byValue ? classifier.aShare() * h.totalValue : classifier.aShare() * h.total;
      double bLimit =
          byValue
              ? (classifier.aShare() + classifier.bShare()) * h.totalValue
              : (classifier.aShare() + classifier.bShare()) * h.total;
      long[] countBefore = h.countBefore;
      double[] valueBefore = h.valueBefore;
      List<double[]> parts =
          h.sorted
              .mapPartitionsWithIndex(
                  (Integer p, Iterator<Row> it) -> {
                    double cutA = Double.POSITIVE_INFINITY;
                    double cutB = Double.POSITIVE_INFINITY;
                    double above = byValue ? valueBefore[p] : countBefore[p];
                    while (it.hasNext()) {
                      Row r = it.next();
                      double x = r.getDouble(0);
                      long c = r.getLong(1);
                      if (above < aLimit) {
                        cutA = x;
                        cutB = x;
                      } else if (above < bLimit) {
                        cutB = x;
                      } else {
                        break;
                      }
                      if (byValue) {
                        for (long k = 0; k < c; k++) {
                          above += x;
                        }
                      } else {
                        above += c;
                      }
                    }
                    List<double[]> one = new ArrayList<>(1);
                    one.add(new double[] {cutA, cutB});
                    return one.iterator();
                  },
                  true)
              .collect();
      double a = Double.POSITIVE_INFINITY;
      double b = Double.POSITIVE_INFINITY;
      for (double[] c : parts) {
        a = Math.min(a, c[0]);
        b = Math.min(b, c[1]);
      }
      return new Cuts(a, b);
    }
  }

  /** The summaries with {@value #CLASS} by {@code classifier} over {@code measure}. */
  public static Dataset<Row> classify(
      Dataset<Row> summaries, AbcClassifier classifier, SummaryMeasure measure) {
    Cuts cuts = cuts(summaries, classifier, measure);
    Column v = value(summaries, measure);
    Column clipped = functions.when(v.gt(0), v).otherwise(0.0);
    return summaries.withColumn(
        CLASS,
        functions.when(clipped.geq(cuts.a()), "A").when(clipped.geq(cuts.b()), "B").otherwise("C"));
  }

  private static Column value(Dataset<Row> summaries, SummaryMeasure measure) {
    Objects.requireNonNull(measure, "measure must not be null");
    return summaries.col(column(measure)).cast(DataTypes.DoubleType);
  }

  private static String column(SummaryMeasure measure) {
    return switch (measure) {
      case TOTAL_SPEND -> SummaryColumns.TOTAL_SPEND;
      case MONETARY_VALUE -> SummaryColumns.MONETARY_VALUE;
      case TRANSACTION_COUNT -> SummaryColumns.TRANSACTION_COUNT;
      case FREQUENCY -> SummaryColumns.FREQUENCY;
    };
  }
}
