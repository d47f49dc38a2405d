package io.crmkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the labels and values, no two texts of a chart overlap and none leaves the chart: the
 * layout measures every text with {@link TextMetrics} and thins, slants, shrinks or shortens it.
 */
class TextLayoutProperties {

  /** Records the box of every text drawn (empty texts draw nothing). */
  static final class Recorder implements Canvas {
    final List<TextBox> boxes = new ArrayList<>();

    @Override
    public void rect(
        double x,
        double y,
        double w,
        double h,
        Color fill,
        Optional<Color> stroke,
        Optional<String> tooltip) {}

    @Override
    public void line(
        double x1, double y1, double x2, double y2, Color color, double width, boolean dashed) {}

    @Override
    public void polyline(double[] xs, double[] ys, Color color, double width, boolean dashed) {}

    @Override
    public void circle(double cx, double cy, double r, Color fill, Optional<String> tooltip) {}

    @Override
    public void group(String key) {}

    @Override
    public void endGroup() {}

    @Override
    public void text(
        double x,
        double y,
        String text,
        double size,
        Color color,
        Anchor anchor,
        boolean bold,
        double rotateDegrees,
        Optional<String> tooltip) {
      if (!text.isEmpty()) {
        boxes.add(TextBox.of(x, y, text, size, anchor, bold, rotateDegrees));
      }
    }
  }

  /** The texts of {@code chart} that overlap another or leave the chart, as sentences. */
  static List<String> problems(Chart chart) {
    Recorder r = new Recorder();
    Layout.draw(chart, r);
    double[] size = Layout.size(chart);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.boxes.size(); i++) {
      TextBox a = r.boxes.get(i);
      if (a.minX() < 0 || a.maxX() > size[0] || a.minY() < 0 || a.maxY() > size[1]) {
        out.add(a + " leaves the chart of " + size[0] + " by " + size[1]);
      }
      for (int j = i + 1; j < r.boxes.size(); j++) {
        if (a.overlaps(r.boxes.get(j), 0)) {
          out.add(a + " overlaps " + r.boxes.get(j));
        }
      }
    }
    return out;
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'W', 'M').ofMaxLength(60),
        Arbitraries.strings().withCharRange('0', '9').withChars('-', '.').ofMaxLength(10));
  }

  @Provide
  Arbitrary<Double> values() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e9, 1e9),
        Arbitraries.doubles().between(-1, 1),
        Arbitraries.doubles().between(0, 100),
        Arbitraries.just(Double.NaN),
        Arbitraries.just(0.0));
  }

  @Property
  void no_two_texts_of_a_bar_or_line_chart_overlap(
      @ForAll @IntRange(min = 0, max = 60) int categories,
      @ForAll @IntRange(min = 1, max = 6) int seriesCount,
      @ForAll("labels") String label,
      @ForAll("labels") String title,
      @ForAll("values") double a,
      @ForAll("values") double b,
      @ForAll boolean line,
      @ForAll boolean numbered) {
    List<String> cats = new ArrayList<>();
    for (int i = 0; i < categories; i++) {
      cats.add(numbered ? label + i : i % 3 == 0 ? label : label.substring(0, label.length() / 2));
    }
    List<Series> series = new ArrayList<>();
    for (int s = 0; s < seriesCount; s++) {
      double[] v = new double[categories];
      for (int i = 0; i < categories; i++) {
        v[i] = (i + s) % 3 == 0 ? a : (i % 2 == 0 ? b : a * i - b);
      }
      series.add(Series.of(label + " series " + s, v));
    }
    Chart c =
        line
            ? new LineChart("t" + title, "d", label, title, cats, series)
            : new BarChart("t" + title, "d", label, title, cats, series, true);
    assertThat(problems(c)).isEmpty();
  }

  @Property
  void no_two_texts_of_a_heat_map_overlap(
      @ForAll @IntRange(min = 1, max = 40) int rows,
      @ForAll @IntRange(min = 1, max = 30) int cols,
      @ForAll("values") double a,
      @ForAll("values") double b,
      @ForAll("labels") String label,
      @ForAll("labels") String title) {
    double[][] v = new double[rows][cols];
    List<String> xs = new ArrayList<>();
    List<String> ys = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      xs.add(label + c);
    }
    for (int r = 0; r < rows; r++) {
      ys.add(title + r);
      for (int c = 0; c < cols; c++) {
        v[r][c] = (r * cols + c) % 4 == 0 ? a : b + r - c;
      }
    }
    HeatMap h =
        HeatMap.scaled("t" + title, "d", label, title, xs, ys, v, Optional.empty(), "x", true);
    assertThat(problems(h)).isEmpty();
  }

  @Property
  void no_two_texts_of_a_table_overlap(
      @ForAll @IntRange(min = 1, max = 8) int cols,
      @ForAll @IntRange(min = 0, max = 12) int rows,
      @ForAll("labels") String label,
      @ForAll("values") double a) {
    List<String> header = new ArrayList<>();
    for (int j = 0; j < cols; j++) {
      header.add(label + " column " + j);
    }
    List<List<String>> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<String> row = new ArrayList<>();
      for (int j = 0; j < cols; j++) {
        row.add(j % 2 == 0 ? label + r : Numbers.plain(a * r));
      }
      cells.add(row);
    }
    assertThat(problems(new TableChart("t", "d", new DataTable(header, cells)))).isEmpty();
  }
}
