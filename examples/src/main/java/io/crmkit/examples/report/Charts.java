package io.crmkit.examples.report;

import io.crmkit.lifecycle.model.HoldoutEvaluation;
import io.crmkit.lifecycle.model.PredictionGrid;
import io.crmkit.segmentation.abc.AbcClass;
import io.crmkit.segmentation.abc.AbcClassReport;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.CurvePoint;
import io.crmkit.segmentation.rfm.RfmScores;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of the crmkit report, built with XChart: heat maps (P(alive) over frequency × recency,
 * RFM cells), bar charts of group sizes, the ABC Pareto curve of value, and predicted versus actual
 * holdout purchases. Each factory returns the chart; {@link Svg#of} renders it.
 *
 * @since 0.1
 */
public final class Charts {

  static final int WIDTH = 720;
  static final int HEIGHT = 420;
  private static final Color[] HEAT = {
    new Color(0xf7fbff), new Color(0x6baed6), new Color(0x08306b)
  };

  private Charts() {}

  /**
   * P(alive) over the grid of histories: frequency (rows, y) × recency (columns, x), for customers
   * observed for the grid's T; values in [0, 1].
   */
  public static HeatMapChart probabilityAlive(PredictionGrid grid, String unit) {
    Objects.requireNonNull(grid, "grid must not be null");
    List<String> x = new ArrayList<>();
    for (double r : grid.recencies()) {
      x.add(String.format(Locale.ROOT, "%.0f", r));
    }
    List<String> y = new ArrayList<>();
    for (int f : grid.frequencies()) {
      y.add(Integer.toString(f));
    }
    HeatMapChart c =
        heatMap(
            "P(alive) by frequency and recency (T = "
                + String.format(Locale.ROOT, "%.1f", grid.age())
                + " "
                + unit
                + ")",
            "recency (" + unit + ")",
            "frequency (repeat purchases)",
            x,
            y,
            grid.probabilityAlive());
    c.getStyler().setMin(0).setMax(1);
    return c;
  }

  /**
   * A heat map of {@code values[row][column]} (row = y label, column = x label); NaN cells are left
   * empty.
   */
  public static HeatMapChart heatMap(
      String title,
      String xTitle,
      String yTitle,
      List<String> xLabels,
      List<String> yLabels,
      double[][] values) {
    HeatMapChart c =
        new HeatMapChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    List<Number[]> cells = new ArrayList<>();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int row = 0; row < values.length; row++) {
      for (int col = 0; col < values[row].length; col++) {
        double v = values[row][col];
        if (Double.isFinite(v)) {
          cells.add(new Number[] {col, row, v});
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    c.addSeries(title, xLabels, yLabels, cells);
    c.getStyler()
        .setRangeColors(HEAT)
        .setShowValue(false)
        .setLegendPosition(Styler.LegendPosition.OutsideE);
    if (min <= max) {
      double scale =
          Math.max(Math.abs(min), Math.abs(max)) >= 10
              ? 1
              : 100; // whole numbers or hundredths in the legend
      double lo = Math.floor(min * scale) / scale;
      double hi = Math.ceil(max * scale) / scale;
      c.getStyler().setMin(lo).setMax(hi == lo ? lo + 1 : hi);
    }
    c.getStyler()
        .setHeatMapValueDecimalPattern(
            Math.max(Math.abs(min), Math.abs(max)) >= 10 ? "#,##0" : "0.00");
    style(c.getStyler());
    return c;
  }

  /** Mean holdout purchases per customer, predicted and actual, by calibration frequency. */
  public static CategoryChart holdout(HoldoutEvaluation e, String unit) {
    Objects.requireNonNull(e, "evaluation must not be null");
    List<String> labels = new ArrayList<>();
    List<Double> actual = new ArrayList<>();
    List<Double> predicted = new ArrayList<>();
    for (HoldoutEvaluation.Row r : e.rows()) {
      if (r.customers() > 0) {
        labels.add(r.label());
        actual.add(r.meanActual());
        predicted.add(r.meanPredicted());
      }
    }
    CategoryChart c =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title("Holdout purchases per customer: predicted vs actual")
            .xAxisTitle("calibration frequency (repeat purchases)")
            .yAxisTitle("mean purchases in the holdout")
            .build();
    c.addSeries("actual", labels, actual);
    c.addSeries("predicted", labels, predicted);
    style(c.getStyler());
    return c;
  }

  /** A bar chart of the sizes of named groups. */
  public static CategoryChart bars(
      String title, String xTitle, List<String> labels, long[] counts) {
    Objects.requireNonNull(labels, "labels must not be null");
    if (labels.size() != counts.length) {
      throw new IllegalArgumentException(
          "labels and counts must have one length but had "
              + labels.size()
              + " and "
              + counts.length);
    }
    List<Long> values = new ArrayList<>();
    for (long c : counts) {
      values.add(c);
    }
    CategoryChart c =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle("customers")
            .build();
    c.addSeries("customers", labels, values);
    c.getStyler().setLegendVisible(false);
    style(c.getStyler());
    if (labels.stream().mapToInt(String::length).sum() > 60) {
      c.getStyler().setXAxisLabelRotation(45); // long category names would overlap
    }
    return c;
  }

  /**
   * The Pareto curve of an ABC classification: the share of total value (y, %) held by the top
   * share of customers (x, %), with the ends of classes A and B marked.
   */
  public static XYChart paretoCurve(AbcResult abc, String measure) {
    Objects.requireNonNull(abc, "abc must not be null");
    List<CurvePoint> curve = abc.paretoCurve();
    double[] x = new double[curve.size()];
    double[] y = new double[curve.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = 100 * curve.get(i).customerShare();
      y[i] = 100 * curve.get(i).valueShare();
    }
    XYChart c =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title("ABC Pareto curve of " + measure)
            .xAxisTitle("share of customers, highest value first (%)")
            .yAxisTitle("share of " + measure + " (%)")
            .build();
    XYSeries s = c.addSeries("cumulative " + measure, x, y);
    s.setMarker(SeriesMarkers.NONE);
    double end = 0;
    for (AbcClassReport r : abc.report()) {
      if (r.abcClass() == AbcClass.C) {
        break;
      }
      end += 100 * r.customerShare();
      XYSeries line =
          c.addSeries(
              "end of " + r.abcClass() + String.format(Locale.ROOT, " (%.0f%% of customers)", end),
              new double[] {end, end},
              new double[] {0, 100});
      line.setMarker(SeriesMarkers.NONE);
    }
    style(c.getStyler());
    return c;
  }

  /**
   * The RFM heat map: the mean of {@code value} (e.g. total spend) over the customers of each
   * recency score (x) × frequency score (y); empty cells are left blank.
   */
  public static HeatMapChart rfmHeatMap(RfmScores scores, double[] value, String valueName) {
    Objects.requireNonNull(scores, "scores must not be null");
    int rb = scores.recencyBins();
    int fb = scores.frequencyBins();
    double[][] sum = new double[fb][rb];
    int[][] count = new int[fb][rb];
    for (int i = 0; i < scores.size(); i++) {
      int r = scores.recency(i) - 1;
      int f = scores.frequency(i) - 1;
      sum[f][r] += value[i];
      count[f][r]++;
    }
    double[][] mean = new double[fb][rb];
    for (int f = 0; f < fb; f++) {
      for (int r = 0; r < rb; r++) {
        mean[f][r] = count[f][r] == 0 ? Double.NaN : sum[f][r] / count[f][r];
      }
    }
    List<String> xs = new ArrayList<>();
    for (int r = 1; r <= rb; r++) {
      xs.add("R" + r);
    }
    List<String> ys = new ArrayList<>();
    for (int f = 1; f <= fb; f++) {
      ys.add("F" + f);
    }
    HeatMapChart c =
        heatMap(
            "RFM: mean " + valueName + " by recency and frequency score",
            "recency score (5 = most recent)",
            "frequency score (5 = most frequent)",
            xs,
            ys,
            mean);
    c.getStyler()
        .setShowValue(true)
        .setValueFontColor(Color.BLACK)
        .setValueFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
    return c;
  }

  private static void style(Styler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setChartTitleVisible(true);
  }
}
