package io.crmkit.spark;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.churn.RiskBand;
import io.crmkit.lifecycle.churn.RiskBands;
import io.crmkit.lifecycle.model.BgBbModel;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.MbgNbdModel;
import io.crmkit.lifecycle.model.ModelFitException;
import io.crmkit.lifecycle.model.ModelJson;
import io.crmkit.lifecycle.model.ParetoNbdModel;
import io.crmkit.lifecycle.model.SpendData;
import io.crmkit.lifecycle.model.TransactionModel;
import io.crmkit.lifecycle.model.WeightedData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Buy-till-you-die models on Spark. {@link #fit} groups the summaries into distinct weighted (x,
 * t_x, T) rows on the cluster, collects only those (a population measured in whole days has at most
 * a few hundred thousand of them, whatever its size; see benchmarks/README.md for their growth with
 * N) and fits them with crm-lifecycle on the driver. The rows are put in the order crm-lifecycle's
 * {@link WeightedData#compressed} gives them (by x, then T, then t_x), so the fit is the one-JVM
 * fit, to the bit; the spend rows in the order of {@link SpendData#of(CustomerSummaries)} (by first
 * customer, in crm-core's id order), so the spend fit is the one-JVM fit on those rows. {@link
 * #score} adds P(alive), expected purchases and CLV columns with the crm-lifecycle models,
 * partition by partition.
 *
 * @since 0.1
 */
public final class SparkBtyd {

  /** P(alive) at the end of calibration, in [0, 1]. */
  public static final String P_ALIVE = "p_alive";

  /** Expected purchases in the horizon, in purchase periods. */
  public static final String EXPECTED_PURCHASES = "expected_purchases";

  /** Discounted customer lifetime value over the horizon, in the summaries' currency. */
  public static final String CLV = "clv";

  /** 1 − P(alive), in [0, 1]. */
  public static final String CHURN_PROBABILITY = "churn_probability";

  /** The name of the risk band of the churn probability. */
  public static final String CHURN_BAND = "churn_band";

  /**
   * Rows a scoring task hands to crm-lifecycle at once (its vectorised paths share work per (x,
   * T)).
   */
  private static final int CHUNK = 1 << 14;

  private SparkBtyd() {}

  /** The transaction models {@link #fit} knows, by their command-line names. */
  public static final List<String> MODELS = List.of("bgnbd", "mbgnbd", "paretonbd", "bgbb");

  /**
   * The distinct (x, t_x, T) rows of the summaries with their counts as weights, in the order of
   * {@link WeightedData#compressed} on the same customers: one aggregation, then a collect of the
   * distinct rows only.
   */
  public static WeightedData distinctRows(Dataset<Row> summaries) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    List<Row> rows =
        grouped(
            summaries,
            summaries.col(SummaryColumns.FREQUENCY).cast(DataTypes.DoubleType),
            summaries.col(SummaryColumns.RECENCY),
            summaries.col(SummaryColumns.T));
    int n = rows.size();
    if (n == 0) {
      throw new ModelFitException("no customers: the summaries are empty");
    }
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] w = new double[n];
    // crm-lifecycle's order: by x, then T, then t_x (each row is distinct, so the order is total)
    rows = new ArrayList<>(rows);
    rows.sort(
        Comparator.<Row>comparingDouble(r -> r.getDouble(0))
            .thenComparingDouble(r -> r.getDouble(2))
            .thenComparingDouble(r -> r.getDouble(1)));
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      x[i] = r.getDouble(0);
      tx[i] = r.getDouble(1);
      age[i] = r.getDouble(2);
      w[i] = r.getLong(3);
    }
    return WeightedData.of(x, tx, age, w);
  }

  /** {@link #fit(Dataset, String, double)} without a penaliser. */
  public static FitResult<? extends TransactionModel> fit(Dataset<Row> summaries, String model) {
    return fit(summaries, model, 0.0);
  }

  /**
   * Fits {@code model} ({@code bgnbd}, {@code mbgnbd}, {@code paretonbd} or {@code bgbb}) to the
   * summaries' distinct rows with an L2 penaliser (0 for plain maximum likelihood), as
   * crm-lifecycle's {@code fit(WeightedData, penalizer)}.
   */
  public static FitResult<? extends TransactionModel> fit(
      Dataset<Row> summaries, String model, double penalizer) {
    Objects.requireNonNull(model, "model must not be null");
    String name = model.trim().toLowerCase(Locale.ROOT);
    if (!MODELS.contains(name)) {
      throw new IllegalArgumentException(
          "model must be one of " + MODELS + " but was: '" + model + "'");
    }
    WeightedData data = distinctRows(summaries);
    return switch (name) {
      case "bgnbd" -> BgNbdModel.fit(data, penalizer);
      case "mbgnbd" -> MbgNbdModel.fit(data, penalizer);
      case "paretonbd" -> ParetoNbdModel.fit(data, penalizer);
      default -> BgBbModel.fit(data, penalizer);
    };
  }

  /**
   * Fits the Gamma-Gamma spend model to the distinct (x, z̄) rows of the returning customers (x
   * &gt; 0), in the order of {@link SpendData#of(CustomerSummaries)}.
   *
   * @throws ModelFitException when no customer returned, or a returning customer's mean spend is
   *     not positive
   */
  public static FitResult<GammaGammaModel> fitSpend(Dataset<Row> summaries, double penalizer) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    Dataset<Row> returning = summaries.filter(summaries.col(SummaryColumns.FREQUENCY).gt(0));
    List<Row> bad =
        returning
            .filter(returning.col(SummaryColumns.MONETARY_VALUE).leq(0))
            .select(SummaryColumns.ID, SummaryColumns.FREQUENCY, SummaryColumns.MONETARY_VALUE)
            .limit(1)
            .collectAsList();
    if (!bad.isEmpty()) {
      Row r = bad.get(0);
      throw new ModelFitException(
          "customer "
              + r.get(0)
              + " has "
              + r.get(1)
              + " repeat purchases but mean spend "
              + r.get(2)
              + "; expected a positive amount");
    }
    List<Row> rows =
        grouped(
            returning,
            returning.col(SummaryColumns.FREQUENCY).cast(DataTypes.DoubleType),
            returning.col(SummaryColumns.MONETARY_VALUE));
    int n = rows.size();
    double[] x = new double[n];
    double[] z = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rows.get(i).getDouble(0);
      z[i] = rows.get(i).getDouble(1);
      w[i] = rows.get(i).getLong(2);
    }
    return GammaGammaModel.fit(SpendData.of(x, z, w), penalizer);
  }

  /**
   * Groups by the given value columns on the cluster and collects (values…, count, first id) rows
   * ordered by their first customer in crm-core's id order: numeric for long ids or for string ids
   * that are all canonical decimal numbers (which sort numerically as (length, text)), by text
   * otherwise.
   */
  private static List<Row> grouped(Dataset<Row> summaries, Column... values) {
    Column id = summaries.col(SummaryColumns.ID);
    boolean numericType =
        !summaries.schema().apply(SummaryColumns.ID).dataType().equals(DataTypes.StringType);
    Column[] keys = new Column[values.length];
    for (int k = 0; k < values.length; k++) {
      keys[k] = values[k].as("v" + k);
    }
    Dataset<Row> g;
    if (numericType) {
      g =
          summaries
              .groupBy(keys)
              .agg(
                  functions.count(functions.lit(1)).as("w"),
                  functions.min(id.cast(DataTypes.LongType)).as("first"),
                  functions.lit(0).as("text"));
    } else {
      Column canonical = id.rlike("^(0|[1-9][0-9]{0,17})$");
      g =
          summaries
              .groupBy(keys)
              .agg(
                  functions.count(functions.lit(1)).as("w"),
                  functions
                      .min(functions.struct(functions.length(id).as("len"), id.as("id")))
                      .as("first"),
                  functions.min(id).as("firstText"),
                  functions.max(functions.when(canonical, 0).otherwise(1)).as("text"));
    }
    List<Row> rows = new ArrayList<>(g.collectAsList());
    int w = values.length;
    boolean anyText = false;
    for (Row r : rows) {
      anyText |= r.getInt(numericType ? w + 2 : w + 3) == 1;
    }
    Comparator<Row> order;
    if (numericType) {
      order = Comparator.comparingLong(r -> r.getLong(w + 1));
    } else if (anyText) {
      order = Comparator.comparing(r -> r.getString(w + 2));
    } else {
      order =
          Comparator.<Row>comparingInt(r -> r.getStruct(w + 1).getInt(0))
              .thenComparing(r -> r.getStruct(w + 1).getString(1));
    }
    rows.sort(order);
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      Object[] v = new Object[w + 1];
      for (int k = 0; k < w; k++) {
        v[k] = r.get(k);
      }
      v[w] = r.getLong(w);
      out.add(RowFactory.create(v));
    }
    return out;
  }

  /**
   * The summaries with {@value #P_ALIVE} and {@value #EXPECTED_PURCHASES} in the next {@code
   * horizon} units of the model's time unit.
   */
  public static Dataset<Row> score(Dataset<Row> summaries, TransactionModel model, double horizon) {
    Objects.requireNonNull(model, "model must not be null");
    return score(summaries, new Scorer(ModelJson.toJson(model), null, 0, 0, 0, horizon));
  }

  /**
   * The summaries with {@value #P_ALIVE}, {@value #EXPECTED_PURCHASES} in the next {@code horizon}
   * units and {@value #CLV} by {@code clv} ({@link CustomerLifetimeValue#values}).
   */
  public static Dataset<Row> score(
      Dataset<Row> summaries, CustomerLifetimeValue clv, double horizon) {
    Objects.requireNonNull(clv, "clv must not be null");
    return score(
        summaries,
        new Scorer(
            ModelJson.toJson(clv.transactions()),
            ModelJson.toJson(clv.spend()),
            clv.periods(),
            clv.periodLength(),
            clv.discountRate(),
            horizon));
  }

  private static Dataset<Row> score(Dataset<Row> summaries, Scorer scorer) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    if (!(scorer.horizon >= 0) || Double.isInfinite(scorer.horizon)) {
      throw new IllegalArgumentException(
          "horizon must be finite and not negative but was: " + scorer.horizon);
    }
    StructType in = summaries.schema();
    StructType out =
        in.add(P_ALIVE, DataTypes.DoubleType, false)
            .add(EXPECTED_PURCHASES, DataTypes.DoubleType, false);
    if (scorer.spendJson != null) {
      out = out.add(CLV, DataTypes.DoubleType, false);
    }
    Scorer s =
        scorer.at(
            in.fieldIndex(SummaryColumns.ID),
            in.fieldIndex(SummaryColumns.FREQUENCY),
            in.fieldIndex(SummaryColumns.RECENCY),
            in.fieldIndex(SummaryColumns.T),
            in.fieldIndex(SummaryColumns.MONETARY_VALUE));
    return summaries.mapPartitions(s, Encoders.row(out));
  }

  /**
   * The scored summaries with {@value #CHURN_PROBABILITY} (1 − P(alive)) and {@value #CHURN_BAND},
   * the name of its band in {@code bands} (as {@link RiskBands#bandOf}): a SQL expression, no
   * per-row code.
   */
  public static Dataset<Row> churnBands(Dataset<Row> scored, RiskBands bands) {
    Objects.requireNonNull(scored, "scored must not be null");
    Objects.requireNonNull(bands, "bands must not be null");
    Column churn = functions.lit(1.0).minus(scored.col(P_ALIVE));
    List<RiskBand> list = bands.bands();
    Column band = functions.lit(list.get(0).name());
    for (int i = 1; i < list.size(); i++) {
      band = functions.when(churn.geq(list.get(i).lower()), list.get(i).name()).otherwise(band);
    }
    return scored.withColumn(CHURN_PROBABILITY, churn).withColumn(CHURN_BAND, band);
  }

  /**
   * How customers moved between the segments of two snapshots: one row per (from, to) cell with its
   * count, customers matched by {@value SummaryColumns#ID}; a customer only in {@code after} comes
   * from {@code "(new)"}, one only in {@code before} goes to {@code "(gone)"}, as
   * crm-segmentation's {@code SegmentMigration}. Columns {@code from, to, customers}, ordered by
   * from and to.
   */
  public static Dataset<Row> migration(
      Dataset<Row> before, Dataset<Row> after, String segmentColumn) {
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    Objects.requireNonNull(segmentColumn, "segmentColumn must not be null");
    Dataset<Row> b =
        before.select(before.col(SummaryColumns.ID).as("id"), before.col(segmentColumn).as("from"));
    Dataset<Row> a =
        after.select(after.col(SummaryColumns.ID).as("id"), after.col(segmentColumn).as("to"));
    Dataset<Row> j = b.join(a, b.col("id").equalTo(a.col("id")), "full_outer");
    return j.select(
            functions.coalesce(j.col("from"), functions.lit("(new)")).as("from"),
            functions.coalesce(j.col("to"), functions.lit("(gone)")).as("to"))
        .groupBy("from", "to")
        .agg(functions.count(functions.lit(1)).as("customers"))
        .orderBy("from", "to");
  }

  /**
   * Scores a partition in chunks: each chunk becomes crm-core summaries (x, t_x, T, z̄), scored by
   * crm-lifecycle's vectorised methods (which share the (x, T) part between customers); values stay
   * in primitive arrays between the two.
   */
  private static final class Scorer implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    final String modelJson;
    final String spendJson;
    final int periods;
    final double periodLength;
    final double discountRate;
    final double horizon;
    int id;
    int x;
    int tx;
    int age;
    int zbar;

    Scorer(
        String modelJson,
        String spendJson,
        int periods,
        double periodLength,
        double discountRate,
        double horizon) {
      this.modelJson = modelJson;
      this.spendJson = spendJson;
      this.periods = periods;
      this.periodLength = periodLength;
      this.discountRate = discountRate;
      this.horizon = horizon;
    }

    Scorer at(int id, int x, int tx, int age, int zbar) {
      Scorer s = new Scorer(modelJson, spendJson, periods, periodLength, discountRate, horizon);
      s.id = id;
      s.x = x;
      s.tx = tx;
      s.age = age;
      s.zbar = zbar;
      return s;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      TransactionModel model = ModelJson.read(modelJson, TransactionModel.class);
      Optional<CustomerLifetimeValue> clv =
          spendJson == null
              ? Optional.empty()
              : Optional.of(
                  new CustomerLifetimeValue(
                      model,
                      ModelJson.read(spendJson, GammaGammaModel.class),
                      periods,
                      periodLength,
                      discountRate));
      return new Iterator<>() {
        private final Row[] chunk = new Row[CHUNK];
        private int size;
        private int next;
        private double[] pAlive;
        private double[] expected;
        private double[] value;
        private int[] rowOf;

        @Override
        public boolean hasNext() {
          if (next < size) {
            return true;
          }
          fill();
          return next < size;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          int k = next++;
          Row r = chunk[k];
          int i = rowOf[k];
          int n = r.length();
          Object[] v = new Object[n + (value == null ? 2 : 3)];
          for (int c = 0; c < n; c++) {
            v[c] = r.get(c);
          }
          v[n] = pAlive[i];
          v[n + 1] = expected[i];
          if (value != null) {
            v[n + 2] = value[i];
          }
          chunk[k] = null;
          return RowFactory.create(v);
        }

        private void fill() {
          size = 0;
          next = 0;
          CustomerSummaries.Builder b =
              CustomerSummaries.builder(
                  TimeScale.WEEKS); // the unit is the model's; only values are used
          while (size < CHUNK && rows.hasNext()) {
            Row r = rows.next();
            chunk[size++] = r;
            b.add(
                String.valueOf(r.get(id)),
                r.getInt(x),
                r.getDouble(tx),
                r.getDouble(age),
                r.getDouble(zbar));
          }
          if (size == 0) {
            return;
          }
          CustomerSummaries s = b.build();
          pAlive = model.probabilityAlive(s);
          expected = model.expectedPurchases(horizon, s);
          value = clv.map(c -> c.values(s)).orElse(null);
          rowOf = new int[size];
          for (int k = 0; k < size; k++) {
            rowOf[k] = s.indexOf(String.valueOf(chunk[k].get(id))).orElseThrow();
          }
        }
      };
    }
  }
}
