package io.crmkit.report;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.lifecycle.churn.RiskBand;
import io.crmkit.lifecycle.churn.RiskBands;
import io.crmkit.lifecycle.cohort.CohortTable;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.HoldoutEvaluation;
import io.crmkit.lifecycle.model.TrackingCurve;
import io.crmkit.lifecycle.model.TransactionModel;
import io.crmkit.lifecycle.stage.Stage;
import io.crmkit.loyalty.simulation.MonthStats;
import io.crmkit.loyalty.simulation.SimulationReport;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.CurvePoint;
import io.crmkit.segmentation.rfm.RfmScores;
import io.crmkit.segmentation.rfm.RfmSegments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * One factory per chart of the crmkit report, and {@link #write(Chart, Path)} to save any chart as
 * SVG or PNG. In JShell: {@code Charts.write(Charts.probabilityAliveMatrix(bgnbd, summaries),
 * Path.of("palive.svg"))}. Times are in the summaries' unit; money in the data's currency units.
 *
 * @since 0.1
 */
public final class Charts {

  /** The largest frequency row of the model matrices; higher frequencies join it as "20+". */
  public static final int MATRIX_MAX_FREQUENCY = 20;

  /** Recency columns of the model matrices. */
  public static final int MATRIX_RECENCY_COLUMNS = 10;

  private Charts() {}

  /**
   * Writes {@code chart} to {@code file}: SVG for a name ending in {@code .svg}, PNG for {@code
   * .png} (case-insensitive). Returns the file.
   *
   * @throws IllegalArgumentException for any other extension
   */
  public static Path write(Chart chart, Path file) {
    Objects.requireNonNull(chart, "chart must not be null");
    Objects.requireNonNull(file, "file must not be null");
    String name =
        file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".svg")) {
        Files.writeString(
            file,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SvgWriter.svg(chart),
            StandardCharsets.UTF_8);
      } else if (name.endsWith(".png")) {
        Files.write(file, PngWriter.png(chart));
      } else {
        throw new IllegalArgumentException(
            "file must end in .svg or .png but was " + file.getFileName());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /** The crmkit version of this jar ("0.1.0-SNAPSHOT"), or "unknown". */
  public static String version() {
    try (InputStream in = Charts.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static double largest(double[][] v) {
    double m = 0;
    for (double[] row : v) {
      for (double x : row) {
        if (Double.isFinite(x)) {
          m = Math.max(m, x);
        }
      }
    }
    return m;
  }

  /** A model's name for people: "bgnbd" is "BG/NBD". */
  public static String modelName(TransactionModel model) {
    return switch (model.name().toLowerCase(Locale.ROOT)) {
      case "bgnbd", "bg/nbd" -> "BG/NBD";
      case "mbgnbd", "mbg/nbd" -> "MBG/NBD";
      case "paretonbd", "pareto/nbd" -> "Pareto/NBD";
      case "bgbb", "bg/bb" -> "BG/BB";
      default -> model.name();
    };
  }

  /** A stage name for people: "AT_RISK" is "At risk". */
  public static String humanName(String constant) {
    String s = constant.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
    return s.isEmpty() ? constant : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ---------------------------------------------------------------- model matrices

  private static final class Grid {
    final int maxF;
    final double age;
    final double width;
    final long[][] customers;

    Grid(CustomerSummaries s) {
      int f = 1;
      double a = 0;
      for (int i = 0; i < s.size(); i++) {
        f = Math.max(f, s.frequency(i));
        a = Math.max(a, s.age(i));
      }
      maxF = Math.min(f, MATRIX_MAX_FREQUENCY);
      age = a > 0 ? a : 1;
      width = age / MATRIX_RECENCY_COLUMNS;
      customers = new long[maxF + 1][MATRIX_RECENCY_COLUMNS];
      for (int i = 0; i < s.size(); i++) {
        customers[maxF - Math.min(s.frequency(i), maxF)][column(s.recency(i))]++;
      }
    }

    int column(double recency) {
      return Math.max(0, Math.min(MATRIX_RECENCY_COLUMNS - 1, (int) Math.floor(recency / width)));
    }

    double centre(int col) {
      return (col + 0.5) * width;
    }

    List<String> xLabels() {
      List<String> l = new ArrayList<>();
      for (int c = 0; c < MATRIX_RECENCY_COLUMNS; c++) {
        l.add(Numbers.format(c * width) + "–" + Numbers.format((c + 1) * width));
      }
      return l;
    }

    /** Rows from the highest frequency (top) to 0 (bottom). */
    List<String> yLabels(boolean capped) {
      List<String> l = new ArrayList<>();
      for (int x = maxF; x >= 0; x--) {
        l.add(x == maxF && capped ? x + "+" : Integer.toString(x));
      }
      return l;
    }

    int frequencyOfRow(int row) {
      return maxF - row;
    }
  }

  private static final String IMPOSSIBLE =
      "impossible history: without a repeat purchase the recency is 0";

  private static HeatMap matrix(
      String title,
      String definition,
      TransactionModel model,
      CustomerSummaries s,
      boolean probability,
      double horizon) {
    Grid g = new Grid(s);
    boolean capped = false;
    for (int i = 0; i < s.size() && !capped; i++) {
      capped = s.frequency(i) > g.maxF;
    }
    double[][] v = new double[g.maxF + 1][MATRIX_RECENCY_COLUMNS];
    for (int row = 0; row <= g.maxF; row++) {
      int x = g.frequencyOfRow(row);
      for (int c = 0; c < MATRIX_RECENCY_COLUMNS; c++) {
        if (x == 0 && c > 0) {
          v[row][c] = Double.NaN;
          continue;
        }
        double tx = x == 0 ? 0 : g.centre(c);
        v[row][c] =
            probability
                ? model.probabilityAlive(x, tx, g.age)
                : model.expectedPurchases(horizon, x, tx, g.age);
      }
    }
    String unit = s.unit().name();
    String xTitle = "recency t_x (" + unit + ")";
    String yTitle = "frequency x (repeat purchases)";
    return probability
        ? new HeatMap(
            title,
            definition,
            xTitle,
            yTitle,
            g.xLabels(),
            g.yLabels(capped),
            v,
            Optional.of(g.customers),
            0,
            1,
            IMPOSSIBLE,
            true)
        : new HeatMap(
            title,
            definition,
            xTitle,
            yTitle,
            g.xLabels(),
            g.yLabels(capped),
            v,
            Optional.of(g.customers),
            0,
            Math.max(largest(v), 1e-9),
            IMPOSSIBLE,
            true);
  }

  /**
   * P(alive) of {@code model} over frequency (rows) × recency (10 equal columns, at their centres)
   * for a customer observed for T = the longest age among {@code summaries}: the lifetimes
   * "probability alive matrix". Frequency 0 with recency &gt; 0 is blank (impossible); a cell where
   * no customer sits is hatched; each cell's tooltip gives its customers.
   */
  public static HeatMap probabilityAliveMatrix(
      TransactionModel model, CustomerSummaries summaries) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(summaries, "summaries must not be null");
    Grid g = new Grid(summaries);
    return matrix(
        "P(alive) by frequency and recency (T = "
            + Numbers.format(g.age)
            + " "
            + summaries.unit().name()
            + ")",
        "Probability that a customer with this history is still active, by "
            + modelName(model)
            + "; hatched cells hold no customer.",
        model,
        summaries,
        true,
        0);
  }

  /**
   * Expected purchases in the next {@code horizon} units over the same grid as {@link
   * #probabilityAliveMatrix} (lifetimes' "frequency recency matrix").
   */
  public static HeatMap expectedPurchasesMatrix(
      TransactionModel model, CustomerSummaries summaries, double horizon) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(summaries, "summaries must not be null");
    if (!(horizon > 0) || Double.isInfinite(horizon)) {
      throw new IllegalArgumentException("horizon must be positive and finite but was " + horizon);
    }
    return matrix(
        "Expected purchases in the next " + Numbers.format(horizon) + " " + summaries.unit().name(),
        "Purchases a customer with this history is expected to make in the next "
            + Numbers.format(horizon)
            + " "
            + summaries.unit().name()
            + ", by "
            + modelName(model)
            + "; hatched cells hold no customer.",
        model,
        summaries,
        false,
        horizon);
  }

  /**
   * Customers by number of repeat purchases in the calibration period, actual against the BG/NBD
   * expectation Σ P(X(T_i) = x) over the customers' own ages (0 … maxFrequency−1, then
   * "maxFrequency+"): lifetimes' {@code plot_period_transactions} without simulation noise.
   */
  public static BarChart periodTransactions(
      BgNbdModel model, CustomerSummaries summaries, int maxFrequency) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(summaries, "summaries must not be null");
    if (maxFrequency < 1) {
      throw new IllegalArgumentException("maxFrequency must be at least 1 but was " + maxFrequency);
    }
    double[] actual = new double[maxFrequency + 1];
    double[] expected = new double[maxFrequency + 1];
    Map<Double, double[]> cache = new HashMap<>();
    for (int i = 0; i < summaries.size(); i++) {
      actual[Math.min(summaries.frequency(i), maxFrequency)]++;
      double[] p =
          cache.computeIfAbsent(
              summaries.age(i),
              t -> {
                double[] q = new double[maxFrequency + 1];
                double below = 0;
                for (int n = 0; n < maxFrequency; n++) {
                  q[n] = model.probabilityOfPurchases(n, t);
                  below += q[n];
                }
                q[maxFrequency] = Math.max(0, 1 - below);
                return q;
              });
      for (int n = 0; n <= maxFrequency; n++) {
        expected[n] += p[n];
      }
    }
    List<String> labels = new ArrayList<>();
    for (int n = 0; n <= maxFrequency; n++) {
      labels.add(n == maxFrequency ? n + "+" : Integer.toString(n));
    }
    return new BarChart(
        "Customers by repeat purchases: actual vs model",
        "Customers with each number of repeat purchases in the calibration period, and the number "
            + modelName(model)
            + " expects given each customer's age.",
        "repeat purchases in the calibration period",
        "customers",
        labels,
        List.of(Series.of("actual", actual), Series.of("model", round1(expected))),
        true);
  }

  private static double[] round1(double[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = Math.round(v[i] * 10) / 10.0;
    }
    return r;
  }

  /**
   * Mean holdout purchases per customer by calibration frequency, actual against predicted, with
   * each bar's customers in its label.
   */
  public static BarChart calibrationVsHoldout(HoldoutEvaluation evaluation, TimeScale unit) {
    Objects.requireNonNull(evaluation, "evaluation must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    List<String> labels = new ArrayList<>();
    List<Double> a = new ArrayList<>();
    List<Double> p = new ArrayList<>();
    for (HoldoutEvaluation.Row r : evaluation.rows()) {
      if (r.customers() > 0) {
        labels.add(r.label() + " (n = " + Numbers.count(r.customers()) + ")");
        a.add(r.meanActual());
        p.add(r.meanPredicted());
      }
    }
    return new BarChart(
        "Holdout purchases per customer: actual vs predicted",
        "Mean purchases in the holdout period of the customers with each calibration frequency, and the model's prediction for them ("
            + Numbers.format(evaluation.actualTotal())
            + " made, "
            + Numbers.format(evaluation.predictedTotal())
            + " predicted).",
        "calibration frequency (customers)",
        "mean holdout purchases",
        labels,
        List.of(
            Series.of("actual", a.stream().mapToDouble(Double::doubleValue).toArray()),
            Series.of("predicted", p.stream().mapToDouble(Double::doubleValue).toArray())),
        true);
  }

  /** Cumulative repeat transactions over calendar time, actual against the model's expectation. */
  public static LineChart trackingCumulative(TrackingCurve curve) {
    Objects.requireNonNull(curve, "curve must not be null");
    return new LineChart(
        "Cumulative repeat transactions: actual vs expected",
        "Repeat transactions of the whole customer base up to each period end, and the number the model expects from each customer's first purchase on.",
        "period end",
        "cumulative repeat transactions",
        periodLabels(curve),
        List.of(
            Series.of("actual", curve.actualCumulative()),
            Series.of("expected", curve.expectedCumulative())));
  }

  /** Repeat transactions per period (e.g. weekly), actual against expected. */
  public static LineChart trackingIncremental(TrackingCurve curve) {
    Objects.requireNonNull(curve, "curve must not be null");
    double[] a = new double[curve.periods()];
    double[] e = new double[curve.periods()];
    for (int k = 0; k < a.length; k++) {
      a[k] = curve.actualIncremental(k);
      e[k] = curve.expectedIncremental(k);
    }
    return new LineChart(
        "Repeat transactions per period: actual vs expected",
        "Repeat transactions in each period of the whole customer base, and the number the model expects.",
        "period end",
        "repeat transactions in the period",
        periodLabels(curve),
        List.of(Series.of("actual", a), Series.of("expected", e)));
  }

  private static List<String> periodLabels(TrackingCurve curve) {
    List<String> l = new ArrayList<>();
    for (int k = 0; k < curve.periods(); k++) {
      l.add(curve.periodEnd(k).toString());
    }
    return l;
  }

  /**
   * One customer's P(alive) over time: at each of {@code steps} evenly spaced times τ from the
   * first purchase (τ = 0) to {@code end}, P(alive | x(τ), t_x(τ), T = τ) of {@code model}, where
   * x(τ) counts the purchases in (0, τ]. {@code purchaseTimes} are in the model's unit from the
   * first purchase, which is at 0 (lifetimes' {@code plot_history_alive}).
   */
  public static LineChart customerAliveHistory(
      TransactionModel model, String customer, double[] purchaseTimes, double end, int steps) {
    Objects.requireNonNull(model, "model must not be null");
    Checks.text("customer", customer);
    if (steps < 2) {
      throw new IllegalArgumentException("steps must be at least 2 but was " + steps);
    }
    double[] t = purchaseTimes.clone();
    Arrays.sort(t);
    if (t.length == 0 || t[0] != 0) {
      throw new IllegalArgumentException(
          "purchaseTimes must start with the first purchase at 0 but were " + Arrays.toString(t));
    }
    if (!(end > 0) || Double.isInfinite(end) || end < t[t.length - 1]) {
      throw new IllegalArgumentException(
          "end must be finite, positive and not before the last purchase "
              + t[t.length - 1]
              + " but was "
              + end);
    }
    double[] p = new double[steps];
    double[] purchases = new double[steps];
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < steps; k++) {
      double tau = k == steps - 1 ? end : end * k / (steps - 1);
      int x = 0;
      double tx = 0;
      for (int j = 1; j < t.length; j++) {
        if (t[j] <= tau) {
          x++;
          tx = t[j];
        }
      }
      p[k] = tau == 0 ? 1 : model.probabilityAlive(x, tx, tau);
      purchases[k] = x;
      labels.add(Numbers.format(tau));
    }
    return new LineChart(
        "P(alive) history of customer " + customer,
        "Probability that customer "
            + customer
            + " is still active at each time since the first purchase, by "
            + modelName(model)
            + " given the purchases up to then ("
            + (t.length - 1)
            + " repeat purchases in all).",
        "time since the first purchase",
        "P(alive)",
        labels,
        List.of(Series.of("P(alive)", p)));
  }

  /**
   * {@link #customerAliveHistory(TransactionModel, String, double[], double, int)} of customer
   * {@code customerId} in {@code transactions}: purchase days (in {@code zone}, repeats on one day
   * counted once, refunds ignored) up to {@code lastDay}, in {@code unit}.
   *
   * @throws IllegalArgumentException when the customer has no purchase on or before {@code lastDay}
   */
  public static LineChart customerAliveHistory(
      TransactionModel model,
      TransactionColumns transactions,
      String customerId,
      ZoneId zone,
      TimeScale unit,
      LocalDate lastDay) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    Objects.requireNonNull(lastDay, "lastDay must not be null");
    TreeSet<Long> days = new TreeSet<>();
    long endDay = lastDay.toEpochDay();
    for (int row = 0; row < transactions.size(); row++) {
      if (!transactions.isRefund(row) && transactions.customerId(row).equals(customerId)) {
        long d =
            Instant.ofEpochSecond(transactions.epochSecond(row))
                .atZone(zone)
                .toLocalDate()
                .toEpochDay();
        if (d <= endDay) {
          days.add(d);
        }
      }
    }
    if (days.isEmpty()) {
      throw new IllegalArgumentException(
          "customerId "
              + customerId
              + " must have a purchase on or before "
              + lastDay
              + " but has none");
    }
    double unitDays = unit.seconds() / 86_400.0;
    long first = days.first();
    double[] t = days.stream().mapToDouble(d -> (d - first) / unitDays).toArray();
    double end = Math.max((endDay + 1 - first) / unitDays, t[t.length - 1]);
    return customerAliveHistory(model, customerId, t, end, 60);
  }

  // ---------------------------------------------------------------- value

  /**
   * Per RFM segment, its share of customers, of total spend (revenue in the calibration period)
   * and, when given, of 12-month CLV, in % with numbers on the bars.
   */
  public static BarChart segmentValue(RfmSegments segments, CustomerSummaries summaries) {
    return segmentValue(segments, summaries, Optional.empty());
  }

  /**
   * The same with {@code clv}, each customer's 12-month CLV in the summaries' order.
   *
   * @throws IllegalArgumentException if {@code clv} does not have one value per customer
   */
  public static BarChart segmentValue(
      RfmSegments segments, CustomerSummaries summaries, double[] clv) {
    return segmentValue(
        segments, summaries, Optional.of(Objects.requireNonNull(clv, "clv must not be null")));
  }

  static BarChart segmentValue(
      RfmSegments segments, CustomerSummaries summaries, Optional<double[]> clv) {
    SegmentFigures f = new SegmentFigures(segments, summaries, clv);
    List<Series> series = new ArrayList<>();
    series.add(Series.of("customers (%)", f.percent(f.customers)));
    series.add(Series.of("revenue (%)", f.percent(f.revenue)));
    clv.ifPresent(c -> series.add(Series.of("12-month CLV (%)", f.percent(f.clv))));
    return new BarChart(
        "Value by RFM segment",
        "Each segment's share of the customers, of total spend in the calibration period"
            + (clv.isPresent() ? " and of the 12-month customer lifetime value" : "")
            + ".",
        "segment",
        "share (%)",
        f.names,
        series,
        true);
  }

  /**
   * Per RFM segment: customers, revenue share, average order value (spend per transaction) and mean
   * 12-month CLV per customer, as a table.
   */
  public static TableChart segmentTable(RfmSegments segments, CustomerSummaries summaries) {
    return segmentTable(segments, summaries, Optional.empty());
  }

  /**
   * The same with {@code clv}, each customer's 12-month CLV in the summaries' order.
   *
   * @throws IllegalArgumentException if {@code clv} does not have one value per customer
   */
  public static TableChart segmentTable(
      RfmSegments segments, CustomerSummaries summaries, double[] clv) {
    return segmentTable(
        segments, summaries, Optional.of(Objects.requireNonNull(clv, "clv must not be null")));
  }

  static TableChart segmentTable(
      RfmSegments segments, CustomerSummaries summaries, Optional<double[]> clv) {
    SegmentFigures f = new SegmentFigures(segments, summaries, clv);
    List<String> header =
        new ArrayList<>(
            List.of("segment", "customers", "revenue share (%)", "average order value"));
    clv.ifPresent(c -> header.add("mean 12-month CLV"));
    List<List<String>> rows = new ArrayList<>();
    double[] share = f.percent(f.revenue);
    for (int k = 0; k < f.names.size(); k++) {
      List<String> row = new ArrayList<>();
      row.add(f.names.get(k));
      row.add(Numbers.plain(f.customers[k]));
      row.add(Numbers.plain(Math.round(share[k] * 10) / 10.0));
      row.add(
          Numbers.plain(
              f.orders[k] == 0
                  ? Double.NaN
                  : Math.round(100 * f.revenue[k] / f.orders[k]) / 100.0));
      if (clv.isPresent()) {
        row.add(
            Numbers.plain(
                f.customers[k] == 0
                    ? Double.NaN
                    : Math.round(100 * f.clv[k] / f.customers[k]) / 100.0));
      }
      rows.add(row);
    }
    return new TableChart(
        "RFM segments: customers and value",
        "Customers, share of total spend, spend per transaction"
            + (clv.isPresent() ? " and mean 12-month customer lifetime value" : "")
            + " of each RFM segment.",
        new DataTable(header, rows));
  }

  private static final class SegmentFigures {
    final List<String> names = new ArrayList<>();
    final double[] customers;
    final double[] revenue;
    final double[] orders;
    final double[] clv;

    SegmentFigures(RfmSegments segments, CustomerSummaries s, Optional<double[]> clvValues) {
      Objects.requireNonNull(segments, "segments must not be null");
      Objects.requireNonNull(s, "summaries must not be null");
      Objects.requireNonNull(clvValues, "clv must not be null (Optional.empty() for none)");
      if (segments.size() != s.size()) {
        throw new IllegalArgumentException(
            "segments must have one entry per customer ("
                + s.size()
                + ") but had "
                + segments.size());
      }
      clvValues.ifPresent(
          c -> {
            if (c.length != s.size()) {
              throw new IllegalArgumentException(
                  "clv must have one value per customer (" + s.size() + ") but had " + c.length);
            }
          });
      int k = segments.table().segments().size();
      segments.table().segments().forEach(d -> names.add(d.name()));
      customers = new double[k];
      revenue = new double[k];
      orders = new double[k];
      clv = new double[k];
      for (int i = 0; i < s.size(); i++) {
        int g = segments.segmentIndex(i);
        customers[g]++;
        revenue[g] += s.totalSpend(i);
        orders[g] += s.transactionCount(i);
        if (clvValues.isPresent()) {
          clv[g] += clvValues.get()[i];
        }
      }
    }

    double[] percent(double[] v) {
      double sum = 0;
      for (double x : v) {
        sum += x;
      }
      double[] p = new double[v.length];
      for (int i = 0; i < v.length; i++) {
        p[i] = sum == 0 ? 0 : Math.round(1000 * v[i] / sum) / 10.0;
      }
      return p;
    }
  }

  /** The {@code n} customers with the highest 12-month CLV, highest first, values on the bars. */
  public static BarChart topCustomersByClv(CustomerSummaries summaries, double[] clv, int n) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    Objects.requireNonNull(clv, "clv must not be null");
    if (clv.length != summaries.size()) {
      throw new IllegalArgumentException(
          "clv must have one value per customer (" + summaries.size() + ") but had " + clv.length);
    }
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1 but was " + n);
    }
    Integer[] order = new Integer[clv.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Double.compare(clv[b], clv[a]);
          return c != 0 ? c : summaries.id(a).compareTo(summaries.id(b));
        });
    int m = Math.min(n, order.length);
    List<String> ids = new ArrayList<>();
    double[] v = new double[m];
    for (int k = 0; k < m; k++) {
      ids.add(summaries.id(order[k]));
      v[k] = Math.round(clv[order[k]] * 100) / 100.0;
    }
    return new BarChart(
        "Top " + m + " customers by 12-month CLV",
        "The customers with the highest expected value over the next 12 months (discounted), highest first.",
        "customer",
        "12-month CLV",
        ids,
        List.of(Series.of("12-month CLV", v)),
        true);
  }

  // ---------------------------------------------------------------- loyalty, cohorts, churn

  /** Loyalty points issued, redeemed and expired per month of a simulation, as grouped bars. */
  public static BarChart loyaltyMonthly(SimulationReport report) {
    Objects.requireNonNull(report, "report must not be null");
    List<MonthStats> months = report.months();
    List<String> labels = new ArrayList<>();
    double[] issued = new double[months.size()];
    double[] redeemed = new double[months.size()];
    double[] expired = new double[months.size()];
    for (int k = 0; k < months.size(); k++) {
      MonthStats m = months.get(k);
      labels.add(m.month().toString());
      issued[k] = m.issued();
      redeemed[k] = m.redeemed();
      expired[k] = m.expired();
    }
    return new BarChart(
        "Loyalty points per month: " + report.scenario(),
        "Points issued (earned), redeemed and expired in each month of the replayed programme.",
        "month",
        "points",
        labels,
        List.of(
            Series.of("issued", issued),
            Series.of("redeemed", redeemed),
            Series.of("expired", expired)),
        false);
  }

  /** The points liability (money value of outstanding points) at the end of each month. */
  public static LineChart loyaltyLiability(SimulationReport report) {
    Objects.requireNonNull(report, "report must not be null");
    List<String> labels = new ArrayList<>();
    double[] v = new double[report.months().size()];
    for (int k = 0; k < v.length; k++) {
      MonthStats m = report.months().get(k);
      labels.add(m.month().toString());
      v[k] = m.liability().amount().doubleValue();
    }
    String currency = report.finalLiability().currency().getCurrencyCode();
    return new LineChart(
        "Loyalty liability per month: " + report.scenario(),
        "The money value of the points outstanding at the end of each month (" + currency + ").",
        "month",
        "liability (" + currency + ")",
        labels,
        List.of(Series.of("liability", v)));
  }

  /**
   * The cohort retention grid: per first-purchase month (rows) the share of its customers who
   * bought in each month since (columns, 0 = the first month); months not observed yet are blank.
   */
  public static HeatMap cohortRetention(CohortTable cohorts) {
    Objects.requireNonNull(cohorts, "cohorts must not be null");
    List<YearMonth> months = cohorts.cohorts();
    int cols = 0;
    for (YearMonth m : months) {
      cols = Math.max(cols, cohorts.monthsObserved(m));
    }
    double[][] v = new double[months.size()][cols];
    List<String> y = new ArrayList<>();
    for (int r = 0; r < months.size(); r++) {
      YearMonth m = months.get(r);
      y.add(m + " (" + Numbers.count(cohorts.size(m)) + ")");
      for (int c = 0; c < cols; c++) {
        v[r][c] =
            c < cohorts.monthsObserved(m) && cohorts.size(m) > 0
                ? Math.round(1000 * cohorts.retention(m, c)) / 1000.0
                : Double.NaN;
      }
    }
    List<String> x = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      x.add(Integer.toString(c));
    }
    return new HeatMap(
        "Cohort retention by month since the first purchase",
        "Share of each monthly cohort (first purchase month, customers) who bought again in each later month.",
        "months since the first purchase",
        "cohort (customers)",
        x,
        y,
        v,
        Optional.empty(),
        0,
        1,
        "not observed yet",
        cols <= 14);
  }

  /** Customers per churn risk band of {@code scores}. */
  public static BarChart churnBands(RiskBands bands, double[] scores, String scoreDefinition) {
    Objects.requireNonNull(bands, "bands must not be null");
    Objects.requireNonNull(scores, "scores must not be null");
    long[] counts = bands.counts(scores);
    double[] v = new double[counts.length];
    List<String> names = new ArrayList<>();
    for (int b = 0; b < counts.length; b++) {
      v[b] = counts[b];
      names.add(bands.bands().get(b).name());
    }
    return new BarChart(
        "Customers by churn risk band",
        "Customers per risk band of " + scoreDefinition + ".",
        "risk band",
        "customers",
        names,
        List.of(Series.of("customers", v)),
        true);
  }

  /**
   * The proof that a churn score ranks: per risk band (lowest risk first), the share of its
   * customers who bought again in the holdout period. A score that ranks correctly gives shares
   * that fall from band to band ({@link #ranksCorrectly}).
   *
   * @throws IllegalArgumentException when the summaries have no holdout period
   */
  public static BarChart churnRanking(
      RiskBands bands, double[] scores, CustomerSummaries summaries, String scoreDefinition) {
    double[] rate = repurchaseRates(bands, scores, summaries);
    long[] counts = bands.counts(scores);
    List<String> names = new ArrayList<>();
    for (int b = 0; b < rate.length; b++) {
      RiskBand band = bands.bands().get(b);
      names.add(band.name() + " (n = " + Numbers.count(counts[b]) + ")");
      rate[b] = Double.isNaN(rate[b]) ? Double.NaN : Math.round(1000 * rate[b]) / 10.0;
    }
    return new BarChart(
        "Bought again in the holdout, by churn risk band",
        "Share of each band's customers (banded by "
            + scoreDefinition
            + ") who purchased in the holdout period: it must fall as the risk rises"
            + (ranksCorrectly(rate) ? ", and it does." : " — it does not: the score mis-ranks."),
        "risk band (customers)",
        "bought again (%)",
        names,
        List.of(Series.of("bought again (%)", rate)),
        true);
  }

  /** Per band, the share of its customers with a holdout purchase (NaN for an empty band). */
  public static double[] repurchaseRates(
      RiskBands bands, double[] scores, CustomerSummaries summaries) {
    Objects.requireNonNull(bands, "bands must not be null");
    Objects.requireNonNull(scores, "scores must not be null");
    Objects.requireNonNull(summaries, "summaries must not be null");
    if (!summaries.hasHoldout()) {
      throw new IllegalArgumentException("summaries must have a holdout period but have none");
    }
    if (scores.length != summaries.size()) {
      throw new IllegalArgumentException(
          "scores must have one value per customer ("
              + summaries.size()
              + ") but had "
              + scores.length);
    }
    int[] band = bands.indicesOf(scores);
    double[] buyers = new double[bands.bands().size()];
    double[] all = new double[buyers.length];
    for (int i = 0; i < band.length; i++) {
      all[band[i]]++;
      if (summaries.holdoutFrequency(i) > 0) {
        buyers[band[i]]++;
      }
    }
    double[] rate = new double[buyers.length];
    for (int b = 0; b < rate.length; b++) {
      rate[b] = all[b] == 0 ? Double.NaN : buyers[b] / all[b];
    }
    return rate;
  }

  /** Whether rates (lowest risk first; NaN bands skipped) never rise. */
  public static boolean ranksCorrectly(double[] rates) {
    double last = Double.POSITIVE_INFINITY;
    for (double r : rates) {
      if (Double.isNaN(r)) {
        continue;
      }
      if (r > last) {
        return false;
      }
      last = r;
    }
    return true;
  }

  // ---------------------------------------------------------------- segmentation, stages

  /**
   * The RFM heat map: the mean of {@code value} over the customers of each frequency score (rows, 5
   * at the top) × recency score (columns); empty cells are blank.
   */
  public static HeatMap rfmHeatMap(RfmScores scores, double[] value, String valueName) {
    Objects.requireNonNull(scores, "scores must not be null");
    Objects.requireNonNull(value, "value must not be null");
    Checks.text("valueName", valueName);
    if (value.length != scores.size()) {
      throw new IllegalArgumentException(
          "value must have one entry per customer (" + scores.size() + ") but had " + value.length);
    }
    int rb = scores.recencyBins();
    int fb = scores.frequencyBins();
    double[][] sum = new double[fb][rb];
    long[][] count = new long[fb][rb];
    for (int i = 0; i < scores.size(); i++) {
      int row = fb - scores.frequency(i);
      int col = scores.recency(i) - 1;
      sum[row][col] += value[i];
      count[row][col]++;
    }
    double[][] mean = new double[fb][rb];
    for (int r = 0; r < fb; r++) {
      for (int c = 0; c < rb; c++) {
        mean[r][c] =
            count[r][c] == 0 ? Double.NaN : Math.round(100 * sum[r][c] / count[r][c]) / 100.0;
      }
    }
    List<String> xs = new ArrayList<>();
    for (int r = 1; r <= rb; r++) {
      xs.add("R" + r);
    }
    List<String> ys = new ArrayList<>();
    for (int f = fb; f >= 1; f--) {
      ys.add("F" + f);
    }
    return HeatMap.scaled(
        "RFM: mean " + valueName + " by recency and frequency score",
        "Mean "
            + valueName
            + " of the customers with each recency × frequency score (quintiles; 5 is best).",
        "recency score (" + rb + " = most recent)",
        "frequency score (" + fb + " = most frequent)",
        xs,
        ys,
        mean,
        Optional.of(count),
        "no customer has this pair of scores",
        true);
  }

  /**
   * The ABC Pareto curve: the share of {@code measure} (y, %) held by the top x% of customers, at
   * each whole percent of customers.
   */
  public static LineChart paretoCurve(AbcResult abc, String measure) {
    Objects.requireNonNull(abc, "abc must not be null");
    Checks.text("measure", measure);
    List<CurvePoint> curve = abc.paretoCurve();
    double[] y = new double[101];
    List<String> x = new ArrayList<>();
    int j = 0;
    double last = 0;
    for (int p = 0; p <= 100; p++) {
      while (j < curve.size() && curve.get(j).customerShare() <= p / 100.0 + 1e-12) {
        last = curve.get(j).valueShare();
        j++;
      }
      y[p] = Math.round(1000 * last) / 10.0;
      x.add(Integer.toString(p));
    }
    return new LineChart(
        "ABC Pareto curve of " + measure,
        "Share of "
            + measure
            + " held by the best customers (Gini "
            + String.format(Locale.ROOT, "%.2f", abc.gini())
            + ").",
        "share of customers, highest value first (%)",
        "share of " + measure + " (%)",
        x,
        List.of(Series.of("cumulative " + measure + " (%)", y)));
  }

  /** Customers per lifecycle stage, with human stage names ("At risk"). */
  public static BarChart lifecycleStages(List<Stage> stages, long[] counts, LocalDate at) {
    Objects.requireNonNull(stages, "stages must not be null");
    Objects.requireNonNull(counts, "counts must not be null");
    Objects.requireNonNull(at, "at must not be null");
    if (stages.size() != counts.length) {
      throw new IllegalArgumentException(
          "counts must have one value per stage (" + stages.size() + ") but had " + counts.length);
    }
    List<String> names = new ArrayList<>();
    stages.forEach(s -> names.add(humanName(s.name())));
    return new BarChart(
        "Customers by lifecycle stage",
        "Customers in each stage of the lifecycle on " + at + ".",
        "stage",
        "customers",
        names,
        List.of(Series.of("customers", Arrays.stream(counts).asDoubleStream().toArray())),
        true);
  }

  /** A bar chart of the sizes of named groups. */
  public static BarChart counts(
      String title, String definition, String xTitle, List<String> labels, long[] counts) {
    Objects.requireNonNull(counts, "counts must not be null");
    return new BarChart(
        title,
        definition,
        xTitle,
        "customers",
        labels,
        List.of(Series.of("customers", Arrays.stream(counts).asDoubleStream().toArray())),
        true);
  }
}
