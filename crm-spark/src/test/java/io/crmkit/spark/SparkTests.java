package io.crmkit.spark;

import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.TransactionColumns;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one local[2] Spark session of the test JVM (shared by every test class: starting Spark costs
 * seconds), bound to the loopback interface, without UI, with few shuffle partitions; and the test
 * data sets.
 */
final class SparkTests {

  private SparkTests() {}

  private static SparkSession session;
  private static TransactionColumns cdnow;

  static synchronized SparkSession spark() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("crm-spark-tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.default.parallelism", "2")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.sql.adaptive.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }

  /** CDNOW master (23,570 customers, 69,659 transactions), read by crm-core. */
  static synchronized TransactionColumns cdnowMaster() {
    if (cdnow == null) {
      try (InputStream in = SparkTests.class.getResourceAsStream("data/CDNOW_master.txt");
          Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        cdnow =
            TransactionCsvReader.of(TransactionCsvFormat.cdnowMaster())
                .readColumns(r, "CDNOW_master.txt")
                .value();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cdnow;
  }

  static final StructType NUMERIC_TX =
      new StructType()
          .add("customer_id", DataTypes.LongType, false)
          .add("timestamp", DataTypes.LongType, false)
          .add("amount", DataTypes.DoubleType, false);

  /**
   * The columns as a Dataset of (customer_id long, timestamp epoch seconds, amount), numeric ids.
   */
  static Dataset<Row> numericDataset(TransactionColumns cols) {
    List<Row> rows = new ArrayList<>(cols.size());
    for (int i = 0; i < cols.size(); i++) {
      rows.add(
          RowFactory.create(
              Long.parseLong(cols.customerId(i)), cols.epochSecond(i), cols.amount(i)));
    }
    return spark().createDataFrame(rows, NUMERIC_TX);
  }

  /** A seeded synthetic transaction set: text ids, purchases and refunds, several years. */
  static Synthetic synthetic(int customers, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TransactionColumns.Builder b = TransactionColumns.builder();
    List<Row> rows = new ArrayList<>();
    long start = 1_420_070_400L; // 2015-01-01T00:00Z
    for (int c = 0; c < customers; c++) {
      String id = c % 7 == 0 ? "c-" + c : Integer.toString(c); // some text ids: dictionary mode
      long first = start + random.nextLong(3L * 365 * 86_400);
      int n = 1 + random.nextInt(random.nextInt(10) + 1);
      long t = first;
      for (int k = 0; k < n; k++) {
        double amount = Math.round(random.nextDouble(1, 300) * 100) / 100.0;
        boolean refund = k > 0 && random.nextInt(20) == 0;
        b.add(id, t, amount, refund);
        rows.add(RowFactory.create(id, t, amount, refund ? "refund" : "purchase"));
        t += random.nextInt(4) == 0 ? random.nextInt(3_600) : random.nextLong(200L * 86_400);
      }
    }
    StructType schema =
        new StructType()
            .add("cust", DataTypes.StringType)
            .add("epoch", DataTypes.LongType)
            .add("value", DataTypes.DoubleType)
            .add("kind", DataTypes.StringType);
    return new Synthetic(b.build(), spark().createDataFrame(rows, schema));
  }

  record Synthetic(TransactionColumns columns, Dataset<Row> dataset) {}
}
