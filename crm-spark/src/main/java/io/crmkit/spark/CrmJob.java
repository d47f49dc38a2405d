package io.crmkit.spark;

import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.churn.RiskBands;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.ModelJson;
import io.crmkit.lifecycle.model.ParametricModel;
import io.crmkit.lifecycle.model.TransactionModel;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code spark-submit} entry point: {@code summary}, {@code rfm}, {@code abc}, {@code fit} and
 * {@code clv} with the options of the {@code crm} command of the same names, CSV or Parquet in,
 * Parquet out (model JSON for {@code fit}). It uses the session spark-submit configures (or the
 * active one) and does not stop it. A failure throws, so spark-submit exits non-zero.
 *
 * @since 0.1
 */
@Command(
    name = "crm-spark",
    mixinStandardHelpOptions = true,
    description = "crmkit jobs on Spark: summaries, RFM, ABC, BTYD fits and CLV.",
    subcommands = {
      CrmJob.Summary.class,
      CrmJob.Rfm.class,
      CrmJob.Abc.class,
      CrmJob.Fit.class,
      CrmJob.Clv.class
    })
public final class CrmJob implements Callable<Integer> {

  /**
   * Runs one subcommand; throws {@link IllegalStateException} when it fails or the options are
   * wrong.
   */
  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new CrmJob());
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          throw e;
        });
    int code = cl.execute(args);
    if (code != 0) {
      throw new IllegalStateException(
          "crm-spark " + String.join(" ", args) + " failed with exit code " + code);
    }
  }

  @Override
  public Integer call() {
    CommandLine.usage(this, System.out);
    return 2;
  }

  static SparkSession spark() {
    SparkSession s = SparkSession.builder().appName("crmkit").getOrCreate();
    // instants are converted in explicit zones; parsing date-times relies on a UTC session
    s.conf().set("spark.sql.session.timeZone", "UTC");
    return s;
  }

  /** The input options of {@code crm summary} (transactions) plus {@code --format}. */
  static final class Input {
    @Option(
        names = "--transactions",
        paramLabel = "PATH",
        required = true,
        description = "The transactions (file or directory).")
    String path;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "csv or parquet; default: parquet for *.parquet, else csv.")
    Optional<String> format = Optional.empty();

    @Option(
        names = "--layout",
        paramLabel = "LAYOUT",
        defaultValue = "csv",
        description = "csv (default), cdnow-sample or cdnow-master.")
    String layout;

    @Option(
        names = "--customer-column",
        paramLabel = "COLUMN",
        defaultValue = "customer_id",
        description = "Customer id column; default customer_id.")
    String customerColumn;

    @Option(
        names = {"--timestamp-column", "--date-column"},
        paramLabel = "COLUMN",
        defaultValue = "timestamp",
        description = "Timestamp column; default timestamp.")
    String timestampColumn;

    @Option(
        names = "--amount-column",
        paramLabel = "COLUMN",
        defaultValue = "amount",
        description = "Amount column; default amount.")
    String amountColumn;

    @Option(
        names = "--kind-column",
        paramLabel = "COLUMN",
        description = "Column with purchase or refund; default: none.")
    Optional<String> kindColumn = Optional.empty();

    @Option(
        names = "--timestamp-format",
        paramLabel = "FORMAT",
        defaultValue = "iso-instant",
        description =
            "iso-instant (default), epoch-seconds, epoch-millis, or a date pattern such as yyyy-MM-dd (with HH:mm for date-times); CSV only.")
    String timestampFormat;

    @Option(
        names = "--separator",
        paramLabel = "CHAR",
        defaultValue = ",",
        description = "Field separator; default comma.")
    char separator;

    @Option(names = "--no-header", description = "The file has no header line.")
    boolean noHeader;

    @Option(
        names = "--zone",
        paramLabel = "ZONE",
        defaultValue = "UTC",
        description = "Time zone of local dates; default UTC.")
    ZoneId zone;

    /** The transactions and the schema that reads them. */
    Dataset<Row> read(SparkSession spark) {
      String l = layout.toLowerCase(Locale.ROOT);
      if (l.equals("cdnow-master") || l.equals("cdnow-sample")) {
        boolean master = l.equals("cdnow-master");
        Column fields = functions.split(functions.trim(functions.col("value")), "\\s+");
        Dataset<Row> text = spark.read().text(path);
        if (master) {
          text =
              text.filter(
                  functions.not(functions.trim(functions.col("value")).startsWith("customer_id")));
        }
        return text.select(
            fields.getItem(master ? 0 : 1).cast(DataTypes.LongType).as("customer_id"),
            functions.to_date(fields.getItem(master ? 1 : 2), "yyyyMMdd").as("timestamp"),
            fields.getItem(master ? 3 : 4).cast(DataTypes.DoubleType).as("amount"));
      }
      if (!l.equals("csv")) {
        throw new CommandLine.ParameterException(
            new CommandLine(this),
            "--layout must be csv, cdnow-sample or cdnow-master but was: '" + layout + "'");
      }
      String f =
          format.orElse(path.endsWith(".parquet") ? "parquet" : "csv").toLowerCase(Locale.ROOT);
      if (f.equals("parquet")) {
        return spark.read().parquet(path);
      }
      if (!f.equals("csv")) {
        throw new IllegalArgumentException("--format must be csv or parquet but was: '" + f + "'");
      }
      Dataset<Row> csv =
          spark
              .read()
              .option("header", !noHeader)
              .option("sep", String.valueOf(separator))
              .csv(path);
      Column ts = csv.col(timestampColumn);
      Column parsed =
          switch (timestampFormat.toLowerCase(Locale.ROOT)) {
            case "iso-instant" -> functions.to_timestamp(ts);
            case "epoch-seconds" -> ts.cast(DataTypes.LongType);
            case "epoch-millis" ->
                functions
                    .floor(ts.cast(DataTypes.LongType).divide(1000.0))
                    .cast(DataTypes.LongType);
            default ->
                timestampFormat.contains("H") || timestampFormat.contains("h")
                    ? functions.to_utc_timestamp(
                        functions.to_timestamp(ts, timestampFormat), zone.getId())
                    : functions.to_date(ts, timestampFormat);
          };
      return csv.withColumn(timestampColumn, parsed)
          .withColumn(amountColumn, csv.col(amountColumn).cast(DataTypes.DoubleType));
    }

    TransactionSchema schema() {
      String l = layout.toLowerCase(Locale.ROOT);
      if (l.startsWith("cdnow")) {
        return TransactionSchema.standard();
      }
      TransactionSchema s = TransactionSchema.of(customerColumn, timestampColumn, amountColumn);
      return kindColumn.map(s::withKind).orElse(s);
    }
  }

  /**
   * {@code --unit}, {@code --calibration-end}, {@code --observation-end}, as {@code crm summary}.
   */
  static final class Period {
    @Option(
        names = "--unit",
        paramLabel = "UNIT",
        defaultValue = "weeks",
        description = "days or weeks (default).")
    String unit;

    @Option(
        names = "--calibration-end",
        paramLabel = "DATE",
        required = true,
        description = "Last day of the calibration period (yyyy-MM-dd).")
    LocalDate calibrationEnd;

    @Option(
        names = "--observation-end",
        paramLabel = "DATE",
        description = "Last day of a holdout period after the calibration end.")
    Optional<LocalDate> observationEnd = Optional.empty();
  }

  /** Reads summaries: Parquet from {@code summary}, or a CSV summary file with a header. */
  static Dataset<Row> readSummaries(SparkSession spark, String path) {
    if (!path.endsWith(".csv")) {
      return spark.read().parquet(path);
    }
    Dataset<Row> csv = spark.read().option("header", true).csv(path);
    Dataset<Row> s =
        csv.select(
            csv.col(csv.columns()[0]).as(SummaryColumns.ID),
            csv.col(SummaryColumns.FREQUENCY)
                .cast(DataTypes.DoubleType)
                .cast(DataTypes.IntegerType)
                .as(SummaryColumns.FREQUENCY),
            csv.col(SummaryColumns.RECENCY).cast(DataTypes.DoubleType).as(SummaryColumns.RECENCY),
            csv.col(SummaryColumns.T).cast(DataTypes.DoubleType).as(SummaryColumns.T),
            (Arrays.asList(csv.columns()).contains(SummaryColumns.MONETARY_VALUE)
                    ? csv.col(SummaryColumns.MONETARY_VALUE).cast(DataTypes.DoubleType)
                    : functions.lit(0.0))
                .as(SummaryColumns.MONETARY_VALUE));
    // as CustomerSummary.of: total spend x·z̄, transactions x + 1
    return s.withColumn(
            SummaryColumns.TOTAL_SPEND,
            s.col(SummaryColumns.FREQUENCY).multiply(s.col(SummaryColumns.MONETARY_VALUE)))
        .withColumn(SummaryColumns.TRANSACTION_COUNT, s.col(SummaryColumns.FREQUENCY).plus(1));
  }

  static void write(Dataset<Row> d, String out) {
    d.write().mode(SaveMode.ErrorIfExists).parquet(out);
  }

  @Command(
      name = "summary",
      mixinStandardHelpOptions = true,
      description = "Per-customer summaries of transactions (Parquet).")
  static final class Summary implements Callable<Integer> {
    @Mixin Input input = new Input();

    @Mixin Period period = new Period();

    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        description = "The Parquet directory to write.")
    String out;

    @Override
    public Integer call() {
      SparkSession spark = spark();
      SummaryOptions options =
          SummaryOptions.of(input.zone, TimeScale.parse(period.unit), period.calibrationEnd);
      if (period.observationEnd.isPresent()) {
        options = options.withHoldoutUntil(period.observationEnd.get());
      }
      write(SparkSummaries.of(input.read(spark), input.schema(), options), out);
      return 0;
    }
  }

  @Command(
      name = "rfm",
      mixinStandardHelpOptions = true,
      description = "RFM scores and segments (Parquet).")
  static final class Rfm implements Callable<Integer> {
    @Option(
        names = "--summary",
        paramLabel = "PATH",
        required = true,
        description = "Summaries (Parquet, or a CSV file).")
    String summary;

    @Option(
        names = "--unit",
        paramLabel = "UNIT",
        defaultValue = "weeks",
        description = "Time unit of the summary: days or weeks (default).")
    String unit;

    @Option(
        names = "--approximate",
        paramLabel = "EPSILON",
        description =
            "Approximate quantile cuts with this relative rank error (e.g. 0.001); default exact.")
    Optional<Double> approximate = Optional.empty();

    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        description = "The Parquet directory to write.")
    String out;

    @Override
    public Integer call() {
      Dataset<Row> s = readSummaries(spark(), summary);
      TimeScale u = TimeScale.parse(unit);
      RfmScorer scorer = RfmScorer.quintiles();
      SparkRfm.Cuts cuts =
          approximate.isPresent()
              ? SparkRfm.approximateCuts(s, u, scorer, approximate.get())
              : SparkRfm.exactCuts(s, u, scorer);
      write(SparkRfm.score(s, u, scorer, SegmentTable.standard(), cuts), out);
      return 0;
    }
  }

  @Command(
      name = "abc",
      mixinStandardHelpOptions = true,
      description = "ABC classes by value (Parquet).")
  static final class Abc implements Callable<Integer> {
    @Option(
        names = "--summary",
        paramLabel = "PATH",
        required = true,
        description = "Summaries (Parquet, or a CSV file).")
    String summary;

    @Option(
        names = "--by",
        paramLabel = "MEASURE",
        defaultValue = "total",
        description = "total (default) or monetary.")
    String by;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        description = "The Parquet directory to write.")
    String out;

    @Override
    public Integer call() {
      SummaryMeasure m =
          switch (by.toLowerCase(Locale.ROOT)) {
            case "total" -> SummaryMeasure.TOTAL_SPEND;
            case "monetary" -> SummaryMeasure.MONETARY_VALUE;
            default ->
                throw new IllegalArgumentException(
                    "--by must be total or monetary but was: '" + by + "'");
          };
      write(SparkAbc.classify(readSummaries(spark(), summary), AbcClassifier.byValue(), m), out);
      return 0;
    }
  }

  @Command(
      name = "fit",
      mixinStandardHelpOptions = true,
      description = "Fits a model on the distinct rows; writes its JSON.")
  static final class Fit implements Callable<Integer> {
    @Option(
        names = "--model",
        paramLabel = "MODEL",
        required = true,
        description = "bgnbd, paretonbd, mbgnbd, bgbb or gammagamma.")
    String model;

    @Option(
        names = "--summary",
        paramLabel = "PATH",
        required = true,
        description = "Summaries (Parquet, or a CSV file).")
    String summary;

    @Option(
        names = "--penalizer",
        paramLabel = "L",
        defaultValue = "0",
        description = "L2 penaliser (default 0).")
    double penalizer;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Write the model JSON to FILE (on the driver) instead of stdout.")
    Optional<Path> out = Optional.empty();

    @Option(
        names = "--json",
        description = "Print JSON (the only output format of fit; accepted for symmetry).")
    boolean json;

    @Override
    public Integer call() {
      Dataset<Row> s = readSummaries(spark(), summary);
      FitResult<? extends ParametricModel> fit =
          model.trim().equalsIgnoreCase("gammagamma")
              ? SparkBtyd.fitSpend(s, penalizer)
              : SparkBtyd.fit(s, model, penalizer);
      if (out.isPresent()) {
        ModelJson.write(fit, out.get());
      } else {
        System.out.println(ModelJson.toJson(fit));
      }
      return 0;
    }
  }

  @Command(
      name = "clv",
      mixinStandardHelpOptions = true,
      description = "P(alive), expected purchases, CLV and churn band per customer (Parquet).")
  static final class Clv implements Callable<Integer> {
    @Option(
        names = "--model",
        paramLabel = "FILE",
        required = true,
        description = "A transaction model file (fit).")
    Path model;

    @Option(
        names = "--spend-model",
        paramLabel = "FILE",
        required = true,
        description = "A gammagamma model file.")
    Path spendModel;

    @Option(
        names = "--summary",
        paramLabel = "PATH",
        required = true,
        description = "Summaries (Parquet, or a CSV file).")
    String summary;

    @Option(
        names = "--horizon-months",
        paramLabel = "N",
        required = true,
        description = "Months of the horizon.")
    int months;

    @Option(
        names = "--discount-rate",
        paramLabel = "R",
        defaultValue = "0.01",
        description = "Discount rate per month (default 0.01).")
    double discountRate;

    @Option(
        names = "--unit",
        paramLabel = "UNIT",
        defaultValue = "weeks",
        description = "Time unit the model was fitted in: days or weeks (default).")
    String unit;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        description = "The Parquet directory to write.")
    String out;

    @Override
    public Integer call() {
      TransactionModel tm = (TransactionModel) read(model, TransactionModel.class);
      GammaGammaModel gg = (GammaGammaModel) read(spendModel, GammaGammaModel.class);
      TimeScale u = TimeScale.parse(unit);
      CustomerLifetimeValue clv;
      double monthInUnits;
      if (u.equals(TimeScale.WEEKS)) {
        clv = CustomerLifetimeValue.monthsOfWeeklyModel(tm, gg, months, discountRate);
        monthInUnits = 365.25 / 12 / 7;
      } else if (u.equals(TimeScale.DAYS)) {
        clv = CustomerLifetimeValue.monthsOfDailyModel(tm, gg, months, discountRate);
        monthInUnits = 365.25 / 12;
      } else {
        throw new IllegalArgumentException("--unit must be days or weeks but was: '" + unit + "'");
      }
      Dataset<Row> scored =
          SparkBtyd.score(readSummaries(spark(), summary), clv, months * monthInUnits);
      write(SparkBtyd.churnBands(scored, RiskBands.standard()), out);
      return 0;
    }

    private static ParametricModel read(Path file, Class<? extends ParametricModel> type) {
      ParametricModel m = ModelJson.read(file);
      if (!type.isInstance(m)) {
        throw new IllegalArgumentException(
            file
                + " holds a "
                + m.name()
                + " model but a "
                + (type == GammaGammaModel.class
                    ? "gammagamma"
                    : "transaction (bgnbd, mbgnbd, paretonbd, bgbb)")
                + " model was expected");
      }
      return m;
    }
  }
}
