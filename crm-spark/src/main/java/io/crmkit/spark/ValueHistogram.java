package io.crmkit.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * The distinct values of one double column with their counts, sorted (range-partitioned, so
 * partition order is value order) and cached, with the number of rows before each partition: what
 * an exact quantile or Pareto cut needs, without the whole column on one machine. The distinct
 * values of counts and days are few; a money column may have up to one per customer, still spread
 * over the partitions. Release with {@link #close()}.
 */
final class ValueHistogram implements AutoCloseable {

  /** Rows (value double, count long), sorted. */
  final JavaRDD<Row> sorted;

  /** Rows before partition p, and their value sum ({@code Σ value · count}, summed row by row). */
  final long[] countBefore;

  final double[] valueBefore;
  final long total;
  final double totalValue;

  private ValueHistogram(
      JavaRDD<Row> sorted,
      long[] countBefore,
      double[] valueBefore,
      long total,
      double totalValue) {
    this.sorted = sorted;
    this.countBefore = countBefore;
    this.valueBefore = valueBefore;
    this.total = total;
    this.totalValue = totalValue;
  }

  static ValueHistogram of(Dataset<Row> data, Column value, boolean descending) {
    Dataset<Row> hist =
        data.select(value.as("v")).groupBy("v").agg(functions.count(functions.lit(1)).as("n"));
    Column order = descending ? functions.col("v").desc() : functions.col("v").asc();
    JavaRDD<Row> sorted = hist.orderBy(order).javaRDD().persist(StorageLevel.MEMORY_AND_DISK());
    List<double[]> sums =
        sorted
            .mapPartitionsWithIndex(
                (Integer p, Iterator<Row> it) -> {
                  long n = 0;
                  double s = 0;
                  while (it.hasNext()) {
                    Row r = it.next();
                    double v = r.getDouble(0);
                    long c = r.getLong(1);
                    n += c;
                    for (long k = 0; k < c; k++) {
                      s += v;
                    }
                  }
                  List<double[]> one = new ArrayList<>(1);
                  one.add(new double[] {p, n, s});
                  return one.iterator();
                },
                true)
            .collect();
    int parts = sorted.getNumPartitions();
    long[] count = new long[parts];
    double[] sum = new double[parts];
    for (double[] s : sums) {
      count[(int) s[0]] = (long) s[1];
      sum[(int) s[0]] = s[2];
    }
    long[] before = new long[parts];
    double[] valueBefore = new double[parts];
    long n = 0;
    double v = 0;
    for (int p = 0; p < parts; p++) {
      before[p] = n;
      valueBefore[p] = v;
      n += count[p];
      v += sum[p];
    }
    return new ValueHistogram(sorted, before, valueBefore, n, v);
  }

  @Override
  public void close() {
    sorted.unpersist(false);
  }
}
