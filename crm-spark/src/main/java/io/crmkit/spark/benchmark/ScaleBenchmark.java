package io.crmkit.spark.benchmark;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.TransactionModel;
import io.crmkit.lifecycle.model.WeightedData;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.SegmentTable;
import io.crmkit.spark.SparkBtyd;
import io.crmkit.spark.SparkRfm;
import io.crmkit.spark.SparkSummaries;
import io.crmkit.spark.TransactionSchema;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The scale benchmark of crm-spark (a main, not JMH: Spark does not sit well inside JMH). It makes
 * {@code --customers} N customers with {@code --transactions-per-customer} k transactions each on
 * average (deterministic arithmetic, the same rows on Spark and in one JVM), then times summaries +
 * exact RFM + BG/NBD fit + scoring in Spark ({@code --master}, default local[2}) and the same four
 * steps with crm-core/crm-segmentation/crm-lifecycle in this JVM, {@code --runs} times each, and
 * prints medians, customers per second per core, the ratio, the shuffle bytes per customer and the
 * distinct (x, t_x, T) rows. Usage: {@code ScaleBenchmark --customers 1000000 --runs 3}.
 *
 * @since 0.1
 */
public final class ScaleBenchmark {

  private static final long BASE = LocalDate.of(2020, 1, 1).toEpochDay() * 86_400L;
  private static final long SPAN = 730L * 86_400L;
  private static final SummaryOptions OPTIONS =
      SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(2021, 6, 30));

  private ScaleBenchmark() {}

  /**
   * The fitted model for the scoring step. The synthetic rows are regular, not drawn from BG/NBD,
   * and at some sizes the fit runs to a boundary (a to 0): the benchmark then says so and times
   * scoring with the estimates as they are (a library user gets the refusal of {@link
   * FitResult#model()}).
   */
  private static <M> M timedModel(FitResult<M> fit) {
    if (fit.usable()) {
      return fit.model();
    }
    System.out.println(
        "note: the fit is not usable on this synthetic data ("
            + fit.problem().orElse("?")
            + "); scoring is timed with its estimates");
    return fit.modelEvenIfUnconverged();
  }

  /** Row i of the synthetic transactions: customer, epoch second, amount. */
  static long customer(long i, long n) {
    return Math.floorMod(i * 2_654_435_761L, n);
  }

  static long second(long i) {
    return BASE + Math.floorMod(i * 40_503L + (i >>> 3) * 7_919L, SPAN);
  }

  static double amount(long i) {
    return Math.floorMod(i * 7_919L, 30_000L) / 100.0 + 1;
  }

  /**
   * Runs the benchmark; options {@code --customers N}, {@code --transactions-per-customer N},
   * {@code --runs N}, {@code --master URL} and {@code --skip-jvm}; prints the wall-clock timings.
   */
  public static void main(String[] args) {
    long customers = 1_000_000;
    int perCustomer = 5;
    int runs = 3;
    String master = "local[2]";
    boolean skipJvm = false;
    for (int a = 0; a < args.length; a++) {
      switch (args[a]) {
        case "--customers" -> customers = Long.parseLong(args[++a]);
        case "--transactions-per-customer" -> perCustomer = Integer.parseInt(args[++a]);
        case "--runs" -> runs = Integer.parseInt(args[++a]);
        case "--master" -> master = args[++a];
        case "--skip-jvm" -> skipJvm = true;
        default ->
            throw new IllegalArgumentException(
                "unknown option: "
                    + args[a]
                    + " (known: --customers N, --transactions-per-customer K, --runs R, --master M, --skip-jvm)");
      }
    }
    long rows = customers * perCustomer;
    SparkSession spark =
        SparkSession.builder()
            .appName("crm-spark-benchmark")
            .master(master)
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, rows / 1_000_000)))
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    AtomicLong shuffleBytes = new AtomicLong();
    spark
        .sparkContext()
        .addSparkListener(
            new SparkListener() {
              @Override
              public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) {
                  shuffleBytes.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
                }
              }
            });
    int cores = spark.sparkContext().defaultParallelism();
    final long n = customers;
    Dataset<Row> tx =
        spark
            .range(rows)
            .select(
                functions
                    .pmod(functions.col("id").multiply(2_654_435_761L), functions.lit(n))
                    .as("customer_id"),
                functions
                    .lit(BASE)
                    .plus(
                        functions.pmod(
                            functions
                                .col("id")
                                .multiply(40_503L)
                                .plus(
                                    functions
                                        .shiftrightunsigned(functions.col("id"), 3)
                                        .multiply(7_919L)),
                            functions.lit(SPAN)))
                    .as("timestamp"),
                functions
                    .pmod(functions.col("id").multiply(7_919L), functions.lit(30_000L))
                    .divide(100.0)
                    .plus(1)
                    .as("amount"));

    System.out.printf(
        Locale.ROOT,
        "customers %,d, transactions %,d, master %s (%d cores), runs %d%n",
        customers,
        rows,
        master,
        cores,
        runs);
    List<double[]> sparkRuns = new ArrayList<>();
    long shuffleSummaries = 0;
    int distinct = 0;
    long sparkCustomers = 0;
    for (int r = 0; r < runs; r++) {
      shuffleBytes.set(0);
      long t0 = System.nanoTime();
      Dataset<Row> s = SparkSummaries.of(tx, TransactionSchema.standard(), OPTIONS).cache();
      sparkCustomers = s.count();
      long t1 = System.nanoTime();
      shuffleSummaries = shuffleBytes.get();
      SparkRfm.exact(s, TimeScale.WEEKS, RfmScorer.quintiles(), SegmentTable.standard())
          .write()
          .format("noop")
          .mode("overwrite")
          .save();
      long t2 = System.nanoTime();
      WeightedData d = SparkBtyd.distinctRows(s);
      distinct = d.rows();
      FitResult<BgNbdModel> fit = BgNbdModel.fit(d, 0.0);
      long t3 = System.nanoTime();
      TransactionModel model = timedModel(fit);
      SparkBtyd.score(s, model, 52.0).write().format("noop").mode("overwrite").save();
      long t4 = System.nanoTime();
      s.unpersist(true);
      sparkRuns.add(
          new double[] {
            (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t4 - t0) / 1e9
          });
      System.out.printf(
          Locale.ROOT,
          "spark run %d: summaries %.1f s, rfm %.1f s, fit %.1f s, score %.1f s, total %.1f s%n",
          r + 1,
          (t1 - t0) / 1e9,
          (t2 - t1) / 1e9,
          (t3 - t2) / 1e9,
          (t4 - t3) / 1e9,
          (t4 - t0) / 1e9);
    }
    double[] sparkMedian = medians(sparkRuns);
    System.out.printf(
        Locale.ROOT,
        "spark median: summaries %.1f s, rfm %.1f s, fit %.1f s, score %.1f s, total %.1f s;"
            + " %,.0f customers/s/core%n",
        sparkMedian[0],
        sparkMedian[1],
        sparkMedian[2],
        sparkMedian[3],
        sparkMedian[4],
        sparkCustomers / sparkMedian[4] / cores);
    System.out.printf(
        Locale.ROOT,
        "summaries shuffle: %,d bytes = %.1f bytes/customer, %.1f bytes/transaction%n",
        shuffleSummaries,
        (double) shuffleSummaries / sparkCustomers,
        (double) shuffleSummaries / rows);
    System.out.printf(
        Locale.ROOT,
        "distinct (x, t_x, T) rows: %,d for %,d customers (%.4f per customer);"
            + " fit data on the driver about %,d bytes%n",
        distinct,
        sparkCustomers,
        (double) distinct / sparkCustomers,
        distinct * 56L);
    if (skipJvm) {
      return;
    }
    if (rows > Integer.MAX_VALUE - 8) {
      System.out.println("one JVM: skipped (more rows than an array holds)");
      return;
    }
    TransactionColumns.Builder b = TransactionColumns.builder((int) rows);
    for (long i = 0; i < rows; i++) {
      b.add(customer(i, n), second(i), amount(i));
    }
    TransactionColumns cols = b.build();
    List<double[]> jvmRuns = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      CustomerSummaries s = CustomerSummaries.of(cols, OPTIONS);
      long t1 = System.nanoTime();
      SegmentTable.standard().assign(RfmScorer.quintiles().score(s));
      long t2 = System.nanoTime();
      BgNbdModel model = timedModel(BgNbdModel.fit(s));
      long t3 = System.nanoTime();
      double[] p = model.probabilityAlive(s);
      double[] e = model.expectedPurchases(52.0, s);
      long t4 = System.nanoTime();
      if (p.length != e.length) {
        throw new IllegalStateException("scores of unequal length");
      }
      jvmRuns.add(
          new double[] {
            (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t4 - t0) / 1e9
          });
      System.out.printf(
          Locale.ROOT,
          "one JVM run %d: summaries %.1f s, rfm %.1f s, fit %.1f s, score %.1f s, total %.1f s"
              + " (%,d customers)%n",
          r + 1,
          (t1 - t0) / 1e9,
          (t2 - t1) / 1e9,
          (t3 - t2) / 1e9,
          (t4 - t3) / 1e9,
          (t4 - t0) / 1e9,
          s.size());
    }
    double[] jvm = medians(jvmRuns);
    System.out.printf(
        Locale.ROOT,
        "one JVM median total %.1f s; %,.0f customers/s/core (1 thread)%n",
        jvm[4],
        sparkCustomers / jvm[4]);
    System.out.printf(
        Locale.ROOT,
        "per core, spark / one JVM = %.3f%n",
        (sparkCustomers / sparkMedian[4] / cores) / (sparkCustomers / jvm[4]));
  }

  private static double[] medians(List<double[]> runs) {
    int k = runs.get(0).length;
    double[] m = new double[k];
    for (int j = 0; j < k; j++) {
      double[] v = new double[runs.size()];
      for (int r = 0; r < v.length; r++) {
        v[r] = runs.get(r)[j];
      }
      Arrays.sort(v);
      m[j] = v[v.length / 2];
    }
    return m;
  }
}
