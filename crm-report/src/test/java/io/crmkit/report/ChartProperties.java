package io.crmkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Any data set gives well-formed SVG with one {@code <title>} per mark (and one for the chart). */
class ChartProperties {

  @Provide
  Arbitrary<Double> values() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e9, 1e9),
        Arbitraries.doubles().between(-1, 1),
        Arbitraries.just(Double.NaN),
        Arbitraries.just(0.0));
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.strings().all().ofMaxLength(12);
  }

  @Property
  void bar_and_line_charts_are_well_formed_with_a_title_per_mark(
      @ForAll @IntRange(min = 0, max = 30) int categories,
      @ForAll @IntRange(min = 1, max = 4) int seriesCount,
      @ForAll("labels") String label,
      @ForAll("values") double a,
      @ForAll("values") double b,
      @ForAll boolean line)
      throws Exception {
    List<String> cats = new ArrayList<>();
    for (int i = 0; i < categories; i++) {
      cats.add(label + i);
    }
    List<Series> series = new ArrayList<>();
    for (int s = 0; s < seriesCount; s++) {
      double[] v = new double[categories];
      for (int i = 0; i < categories; i++) {
        v[i] = (i + s) % 3 == 0 ? a : (i % 2 == 0 ? b : a * i - b);
      }
      series.add(Series.of(label + "s" + s, v));
    }
    Chart c =
        line
            ? new LineChart("t" + label, "d", label, label, cats, series)
            : new BarChart("t" + label, "d", label, label, cats, series, categories % 2 == 0);
    String svg = SvgWriter.svg(c);
    TestData.parse(svg);
    assertThat(TestData.count(svg, "<title>")).isEqualTo(c.marks() + 1);
    assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
  }

  @Property
  void heat_maps_are_well_formed_with_a_title_per_cell(
      @ForAll @IntRange(min = 1, max = 25) int rows,
      @ForAll @IntRange(min = 1, max = 25) int cols,
      @ForAll("values") double a,
      @ForAll("values") double b,
      @ForAll("labels") String label,
      @ForAll boolean counts)
      throws Exception {
    double[][] v = new double[rows][cols];
    long[][] n = new long[rows][cols];
    List<String> xs = new ArrayList<>();
    List<String> ys = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      xs.add(label + c);
    }
    for (int r = 0; r < rows; r++) {
      ys.add(label + r);
      for (int c = 0; c < cols; c++) {
        v[r][c] = (r * cols + c) % 4 == 0 ? a : b + r - c;
        n[r][c] = (r + c) % 3L;
      }
    }
    HeatMap h =
        HeatMap.scaled(
            "t",
            "d",
            label,
            label,
            xs,
            ys,
            v,
            counts ? Optional.of(n) : Optional.empty(),
            label,
            true);
    String svg = SvgWriter.svg(h);
    TestData.parse(svg);
    assertThat(TestData.count(svg, "<title>")).isEqualTo(h.marks() + 1);
    assertThat(svg).doesNotContain("NaN");
  }
}
