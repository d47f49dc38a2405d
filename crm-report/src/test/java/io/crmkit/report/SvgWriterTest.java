package io.crmkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SvgWriterTest {

  static BarChart grouped() {
    return new BarChart(
        "Sales <by> region & \"kind\"",
        "Units sold per region.",
        "region",
        "units",
        List.of("North", "South", "East"),
        List.of(Series.of("2025", 10, 20.5, Double.NaN), Series.of("2026", 12, 1234.5, 7)),
        true);
  }

  @Test
  void svg_is_well_formed_xml_with_text_as_text() throws Exception {
    String svg = SvgWriter.svg(grouped());
    Document d = TestData.parse(svg);
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    NodeList texts = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < texts.getLength(); i++) {
      all.append(texts.item(i).getTextContent()).append('|');
    }
    assertThat(all.toString())
        .contains("Sales <by> region & \"kind\"")
        .contains("North|")
        .contains("units|")
        .contains("1,235")
        .contains("2026");
    assertThat(svg).doesNotContain("<path").doesNotContain(" id=\"");
  }

  @Test
  void every_mark_has_one_title_and_the_chart_one_more() throws Exception {
    BarChart c = grouped();
    assertThat(c.marks()).isEqualTo(5);
    String svg = SvgWriter.svg(c);
    assertThat(TestData.count(svg, "<title>")).isEqualTo(c.marks() + 1);
    assertThat(svg).contains("<title>South · 2026: 1,235</title>");
  }

  @Test
  void heat_map_marks_impossible_and_empty_cells() throws Exception {
    HeatMap h =
        new HeatMap(
            "m",
            "d",
            "x",
            "y",
            List.of("a", "b"),
            List.of("1", "0"),
            new double[][] {{0.2, 0.9}, {0.5, Double.NaN}},
            Optional.of(new long[][] {{3, 0}, {4, 0}}),
            0,
            1,
            "impossible",
            true);
    String svg = SvgWriter.svg(h);
    TestData.parse(svg);
    assertThat(TestData.count(svg, "<title>")).isEqualTo(4 + 1);
    assertThat(svg).contains("y 0, x b: impossible").contains("no customer here");
    assertThat(h.isEmptyOfCustomers(0, 1)).isTrue();
    assertThat(h.isEmptyOfCustomers(1, 1)).isFalse();
  }

  @Test
  void escape_makes_any_text_xml_safe() throws Exception {
    String nasty = "a\u0001b <&> \"' \uD800 z";
    String svg =
        SvgWriter.svg(
            new LineChart(
                nasty, nasty, nasty, nasty, List.of(nasty), List.of(Series.of(nasty, 1))));
    TestData.parse(svg);
    assertThat(svg).contains("&lt;&amp;&gt;");
  }

  @Test
  void table_chart_draws_every_cell_as_text() throws Exception {
    TableChart t =
        new TableChart(
            "Top",
            "Best.",
            new DataTable(
                List.of("id", "value"), List.of(List.of("a", "1234.5"), List.of("b", "2"))));
    String svg = SvgWriter.svg(t);
    TestData.parse(svg);
    assertThat(svg).contains(">1,235</text>").contains(">id</text>");
    assertThat(TestData.count(svg, "<title>")).isEqualTo(t.marks() + 1);
  }
}
