package io.crmkit.spark;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.CustomerSummary;
import io.crmkit.core.summary.PurchasePeriod;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionAccounting;
import io.crmkit.core.summary.TransactionColumns;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Per-customer summaries of a transactions {@code Dataset<Row>} with crm-core's definitions,
 * computed by crm-core itself: the transactions are hash-partitioned by customer (one shuffle of
 * id, epoch second, amount and kind: about 25 bytes a transaction), and each partition is
 * summarised by {@link CustomerSummaries#of(TransactionColumns, SummaryOptions)}. So purchases in
 * one purchase period are merged, periods are counted in the options' zone and unit, and the
 * calibration/holdout split is crm-core's, to the bit; every customer's rows are in one partition,
 * so nothing depends on the partitioning. Within a customer the rows are summed in the order the
 * shuffle delivers them, so money columns can differ from a one-JVM run in the last bits (the
 * summation order); the other columns are identical.
 *
 * <p>The result has the columns of {@link SummaryColumns}; the id keeps its type (string, or long
 * for integral ids). A row with a null field, a negative or non-finite amount or an unknown kind
 * fails the job with a message naming the column, the customer and the value: no row is dropped
 * silently ({@link #accounting} says where every row went).
 *
 * @since 0.1
 */
public final class SparkSummaries {

  private SparkSummaries() {}

  /** Summaries over {@code spark.sql.shuffle.partitions} partitions. */
  public static Dataset<Row> of(
      Dataset<Row> transactions, TransactionSchema schema, SummaryOptions options) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    int partitions =
        Integer.parseInt(transactions.sparkSession().conf().get("spark.sql.shuffle.partitions"));
    return of(transactions, schema, options, partitions);
  }

  /**
   * Summaries over {@code partitions} customer partitions (each must fit crm-core's arrays in
   * memory).
   */
  public static Dataset<Row> of(
      Dataset<Row> transactions, TransactionSchema schema, SummaryOptions options, int partitions) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    Objects.requireNonNull(schema, "schema must not be null");
    Objects.requireNonNull(options, "options must not be null");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1 but was: " + partitions);
    }
    Input input = Input.of(transactions, schema);
    boolean java8Dates =
        Boolean.parseBoolean(
            transactions.sparkSession().conf().get("spark.sql.datetime.java8API.enabled", "false"));
    Summarize f = new Summarize(input.kind, Spec.of(options), schema, false, java8Dates);
    return input
        .projected
        .repartition(partitions, functions.col("id"))
        .mapPartitions(
            f, Encoders.row(outputSchema(input.kind.numericIds, options.holdoutEnd().isPresent())));
  }

  /**
   * Where every transaction went (calibration, holdout, refunds, after the end, holdout purchases
   * of customers without a calibration purchase), counted by the same code as the summaries: one
   * job.
   */
  public static TransactionAccounting accounting(
      Dataset<Row> transactions, TransactionSchema schema, SummaryOptions options) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    Objects.requireNonNull(schema, "schema must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Input input = Input.of(transactions, schema);
    int partitions =
        Integer.parseInt(transactions.sparkSession().conf().get("spark.sql.shuffle.partitions"));
    Summarize f = new Summarize(input.kind, Spec.of(options), schema, true, false);
    StructType counts =
        new StructType()
            .add("calibration", DataTypes.LongType)
            .add("holdout", DataTypes.LongType)
            .add("refunds", DataTypes.LongType)
            .add("after_end", DataTypes.LongType)
            .add("late", DataTypes.LongType);
    List<Row> rows =
        input
            .projected
            .repartition(partitions, functions.col("id"))
            .mapPartitions(f, Encoders.row(counts))
            .collectAsList();
    long[] sum = new long[5];
    for (Row r : rows) {
      for (int k = 0; k < 5; k++) {
        sum[k] += r.getLong(k);
      }
    }
    return new TransactionAccounting(sum[0], sum[1], sum[2], sum[3], sum[4]);
  }

  /** The schema of the summaries: {@link SummaryColumns}, the id a long or a string. */
  public static StructType outputSchema(boolean numericIds, boolean holdout) {
    StructType s =
        new StructType()
            .add(SummaryColumns.ID, numericIds ? DataTypes.LongType : DataTypes.StringType, false)
            .add(SummaryColumns.FREQUENCY, DataTypes.IntegerType, false)
            .add(SummaryColumns.RECENCY, DataTypes.DoubleType, false)
            .add(SummaryColumns.T, DataTypes.DoubleType, false)
            .add(SummaryColumns.MONETARY_VALUE, DataTypes.DoubleType, false)
            .add(SummaryColumns.TOTAL_SPEND, DataTypes.DoubleType, false)
            .add(SummaryColumns.TRANSACTION_COUNT, DataTypes.IntegerType, false)
            .add(SummaryColumns.FIRST_PURCHASE, DataTypes.DateType, false)
            .add(SummaryColumns.LAST_PURCHASE, DataTypes.DateType, false);
    if (holdout) {
      s =
          s.add(SummaryColumns.FREQUENCY_HOLDOUT, DataTypes.IntegerType, false)
              .add(SummaryColumns.DURATION_HOLDOUT, DataTypes.DoubleType, false);
    }
    return s;
  }

  /**
   * Collects summaries (of {@link #of} or read back from Parquet) into crm-core's {@link
   * CustomerSummaries} on the driver: for populations that fit one JVM (tests, samples).
   */
  public static CustomerSummaries collect(Dataset<Row> summaries, TimeScale unit) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    StructType s = summaries.schema();
    boolean holdout = List.of(s.fieldNames()).contains(SummaryColumns.FREQUENCY_HOLDOUT);
    CustomerSummaries.Builder b = CustomerSummaries.builder(unit);
    List<Row> rows = summaries.select(columns(summaries, holdout)).collectAsList();
    double duration = 0;
    for (Row r : rows) {
      OptionalInt hold = holdout ? OptionalInt.of(r.getInt(9)) : OptionalInt.empty();
      if (holdout) {
        duration = r.getDouble(10);
      }
      b.add(
          withHoldout(
              CustomerSummary.of(
                      CustomerId.of(String.valueOf(r.get(0))),
                      r.getInt(1),
                      r.getDouble(2),
                      r.getDouble(3),
                      r.getDouble(4),
                      r.getDouble(5),
                      r.getInt(6))
                  .withFirstPurchase(localDate(r.get(7)))
                  .withLastPurchase(localDate(r.get(8))),
              hold));
    }
    if (holdout && !rows.isEmpty()) {
      b.holdoutDuration(duration);
    }
    return b.build();
  }

  private static Column[] columns(Dataset<Row> d, boolean holdout) {
    List<Column> c = new ArrayList<>();
    for (String name :
        List.of(
            SummaryColumns.ID,
            SummaryColumns.FREQUENCY,
            SummaryColumns.RECENCY,
            SummaryColumns.T,
            SummaryColumns.MONETARY_VALUE,
            SummaryColumns.TOTAL_SPEND,
            SummaryColumns.TRANSACTION_COUNT,
            SummaryColumns.FIRST_PURCHASE,
            SummaryColumns.LAST_PURCHASE)) {
      c.add(d.col(name));
    }
    if (holdout) {
      c.add(d.col(SummaryColumns.FREQUENCY_HOLDOUT));
      c.add(d.col(SummaryColumns.DURATION_HOLDOUT));
    }
    return c.toArray(new Column[0]);
  }

  private static CustomerSummary withHoldout(CustomerSummary s, OptionalInt holdoutFrequency) {
    return holdoutFrequency.isPresent() ? s.withHoldoutFrequency(holdoutFrequency.getAsInt()) : s;
  }

  private static LocalDate localDate(Object o) {
    if (o instanceof LocalDate d) {
      return d;
    }
    return ((java.sql.Date) o).toLocalDate();
  }

  /** How the input's columns are read. */
  record Kind(boolean numericIds, TimeKind time, int refundMode) implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int NO_KIND = 0;
    static final int BOOLEAN_KIND = 1;
    static final int TEXT_KIND = 2;
  }

  enum TimeKind {
    EPOCH_SECONDS,
    EPOCH_DAY
  }

  /** The input projected to id, t, amount, kind. */
  private record Input(Dataset<Row> projected, Kind kind) {
    static Input of(Dataset<Row> tx, TransactionSchema schema) {
      StructType st = tx.schema();
      DataType idType = fieldType(st, schema.customerId(), "customer id");
      DataType timeType = fieldType(st, schema.timestamp(), "timestamp");
      DataType amountType = fieldType(st, schema.amount(), "amount");
      boolean numericIds;
      Column id;
      if (idType.equals(DataTypes.StringType)) {
        numericIds = false;
        id = tx.col(schema.customerId());
      } else if (integral(idType)) {
        numericIds = true;
        id = tx.col(schema.customerId()).cast(DataTypes.LongType);
      } else {
        throw new IllegalArgumentException(
            "customer id column '"
                + schema.customerId()
                + "' must be a string or an integral type but was: "
                + idType.simpleString());
      }
      TimeKind timeKind;
      Column time;
      if (timeType.equals(DataTypes.TimestampType)) {
        timeKind = TimeKind.EPOCH_SECONDS;
        time =
            functions
                .floor(functions.unix_micros(tx.col(schema.timestamp())).divide(1_000_000.0))
                .cast(DataTypes.LongType);
      } else if (timeType.equals(DataTypes.DateType)) {
        timeKind = TimeKind.EPOCH_DAY;
        time = functions.unix_date(tx.col(schema.timestamp())).cast(DataTypes.LongType);
      } else if (integral(timeType)) {
        timeKind = TimeKind.EPOCH_SECONDS;
        time = tx.col(schema.timestamp()).cast(DataTypes.LongType);
      } else {
        throw new IllegalArgumentException(
            "timestamp column '"
                + schema.timestamp()
                + "' must be a timestamp, a date or a long of epoch seconds but was: "
                + timeType.simpleString());
      }
      if (!(amountType instanceof org.apache.spark.sql.types.NumericType)) {
        throw new IllegalArgumentException(
            "amount column '"
                + schema.amount()
                + "' must be numeric but was: "
                + amountType.simpleString());
      }
      Column amount = tx.col(schema.amount()).cast(DataTypes.DoubleType);
      int refundMode = Kind.NO_KIND;
      Column kind = functions.lit(false);
      if (schema.kind().isPresent()) {
        DataType kindType = fieldType(st, schema.kind().get(), "kind");
        if (kindType.equals(DataTypes.BooleanType)) {
          refundMode = Kind.BOOLEAN_KIND;
          kind = tx.col(schema.kind().get());
        } else if (kindType.equals(DataTypes.StringType)) {
          refundMode = Kind.TEXT_KIND;
          kind = tx.col(schema.kind().get());
        } else {
          throw new IllegalArgumentException(
              "kind column '"
                  + schema.kind().get()
                  + "' must be a boolean (refund) or a string (purchase/refund) but was: "
                  + kindType.simpleString());
        }
      }
      Dataset<Row> p = tx.select(id.as("id"), time.as("t"), amount.as("amount"), kind.as("kind"));
      return new Input(p, new Kind(numericIds, timeKind, refundMode));
    }

    private static boolean integral(DataType t) {
      return t.equals(DataTypes.LongType)
          || t.equals(DataTypes.IntegerType)
          || t.equals(DataTypes.ShortType)
          || t.equals(DataTypes.ByteType);
    }

    private static DataType fieldType(StructType st, String name, String what) {
      for (StructField f : st.fields()) {
        if (f.name().equals(name)) {
          return f.dataType();
        }
      }
      throw new IllegalArgumentException(
          what
              + " column '"
              + name
              + "' is not in the transactions; columns are: "
              + List.of(st.fieldNames()));
    }
  }

  /** The summary options in serializable form. */
  record Spec(
      String zone,
      String unitName,
      Duration unitLength,
      long periodSeconds,
      LocalDate calibrationEnd,
      LocalDate holdoutEnd)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static Spec of(SummaryOptions o) {
      return new Spec(
          o.zone().getId(),
          o.unit().name(),
          o.unit().length(),
          o.purchasePeriod().seconds(),
          o.calibrationEnd(),
          o.holdoutEnd().orElse(null));
    }

    SummaryOptions options() {
      SummaryOptions o =
          SummaryOptions.of(ZoneId.of(zone), new TimeScale(unitName, unitLength), calibrationEnd)
              .withPurchasePeriod(PurchasePeriod.of(Duration.ofSeconds(periodSeconds)));
      return holdoutEnd == null ? o : o.withHoldoutUntil(holdoutEnd);
    }
  }

  /** The column names, for messages. */
  record Names(String customerId, String timestamp, String amount, String kind)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Summarises one partition of (id, t, amount, kind) rows with crm-core. */
  private static final class Summarize implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Kind kind;
    private final Spec spec;
    private final Names names;
    private final boolean accountingOnly;
    private final boolean java8Dates;

    Summarize(
        Kind kind,
        Spec spec,
        TransactionSchema schema,
        boolean accountingOnly,
        boolean java8Dates) {
      this.kind = kind;
      this.spec = spec;
      this.names =
          new Names(
              schema.customerId(), schema.timestamp(), schema.amount(), schema.kind().orElse(""));
      this.accountingOnly = accountingOnly;
      this.java8Dates = java8Dates;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      SummaryOptions options = spec.options();
      ZoneId zone = options.zone();
      TransactionColumns.Builder b = TransactionColumns.builder(1 << 12);
      long cachedDay = Long.MIN_VALUE;
      long cachedStart = 0;
      while (rows.hasNext()) {
        Row r = rows.next();
        if (r.isNullAt(0)) {
          throw new IllegalArgumentException(
              "customer id column '" + names.customerId() + "' is null in a transaction");
        }
        Object id = kind.numericIds() ? null : r.getString(0);
        long numericId = kind.numericIds() ? r.getLong(0) : 0;
        String who = kind.numericIds() ? Long.toString(numericId) : (String) id;
        if (r.isNullAt(1)) {
          throw new IllegalArgumentException(
              "timestamp column '"
                  + names.timestamp()
                  + "' is null in a transaction of customer '"
                  + who
                  + "'");
        }
        if (r.isNullAt(2)) {
          throw new IllegalArgumentException(
              "amount column '"
                  + names.amount()
                  + "' is null in a transaction of customer '"
                  + who
                  + "'");
        }
        long t = r.getLong(1);
        long epochSecond;
        if (kind.time() == TimeKind.EPOCH_DAY) {
          if (t != cachedDay) {
            cachedDay = t;
            cachedStart = LocalDate.ofEpochDay(t).atStartOfDay(zone).toEpochSecond();
          }
          epochSecond = cachedStart;
        } else {
          epochSecond = t;
        }
        double amount = r.getDouble(2);
        if (!(amount >= 0) || Double.isInfinite(amount)) {
          throw new IllegalArgumentException(
              "amount column '"
                  + names.amount()
                  + "' must be a finite number not below zero but customer '"
                  + who
                  + "' has: "
                  + amount);
        }
        boolean refund = refund(r, who);
        if (kind.numericIds()) {
          if (numericId < 0) {
            throw new IllegalArgumentException(
                "customer id column '"
                    + names.customerId()
                    + "' must not be negative but was: "
                    + numericId);
          }
          b.add(numericId, epochSecond, amount, refund);
        } else {
          if (((String) id).isBlank()) {
            throw new IllegalArgumentException(
                "customer id column '" + names.customerId() + "' is blank in a transaction");
          }
          b.add((String) id, epochSecond, amount, refund);
        }
      }
      CustomerSummaries s = CustomerSummaries.of(b.build(), options);
      if (accountingOnly) {
        TransactionAccounting a = s.accounting().orElseThrow();
        return List.of(
                RowFactory.create(
                    a.calibrationPurchases(),
                    a.holdoutPurchases(),
                    a.refunds(),
                    a.afterObservationEnd(),
                    a.ofCustomersWithoutCalibrationPurchase()))
            .iterator();
      }
      return new Iterator<>() {
        private int i;
        private final boolean holdout = s.hasHoldout();
        private final double duration = holdout ? s.holdoutDuration() : 0;

        @Override
        public boolean hasNext() {
          return i < s.size();
        }

        @Override
        public Row next() {
          int k = i++;
          Object id = kind.numericIds() ? (Object) Long.parseLong(s.id(k)) : s.id(k);
          Object first = date(s.firstPurchase(k).orElseThrow());
          Object last = date(s.lastPurchase(k).orElseThrow());
          if (holdout) {
            return RowFactory.create(
                id,
                s.frequency(k),
                s.recency(k),
                s.age(k),
                s.monetaryValue(k),
                s.totalSpend(k),
                s.transactionCount(k),
                first,
                last,
                s.holdoutFrequency(k),
                duration);
          }
          return RowFactory.create(
              id,
              s.frequency(k),
              s.recency(k),
              s.age(k),
              s.monetaryValue(k),
              s.totalSpend(k),
              s.transactionCount(k),
              first,
              last);
        }
      };
    }

    private Object date(LocalDate d) {
      return java8Dates ? d : java.sql.Date.valueOf(d);
    }

    private boolean refund(Row r, String who) {
      switch (kind.refundMode()) {
        case Kind.BOOLEAN_KIND -> {
          if (r.isNullAt(3)) {
            throw new IllegalArgumentException(
                "kind column '"
                    + names.kind()
                    + "' is null in a transaction of customer '"
                    + who
                    + "'");
          }
          return r.getBoolean(3);
        }
        case Kind.TEXT_KIND -> {
          String k = r.isNullAt(3) ? "null" : r.getString(3).trim().toLowerCase(Locale.ROOT);
          return switch (k) {
            case "purchase" -> false;
            case "refund" -> true;
            default ->
                throw new IllegalArgumentException(
                    "kind column '"
                        + names.kind()
                        + "' must be purchase or refund but customer '"
                        + who
                        + "' has: '"
                        + k
                        + "'");
          };
        }
        default -> {
          return false;
        }
      }
    }
  }
}
