package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The label check of the report's tests finds overlapping and escaping texts. */
class SvgLabelsTest {

  private static String svg(String texts) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\""
        + " aria-label=\"c\"><title>c</title>"
        + texts
        + "</svg>";
  }

  @Test
  void texts_apart_are_fine() throws Exception {
    SvgLabels.Chart c =
        SvgLabels.chart(
            svg(
                "<text x=\"10\" y=\"20\" font-size=\"12\">Champions</text>"
                    + "<text x=\"10\" y=\"40\" font-size=\"12\">Lost<title>tip</title></text>"));
    assertThat(c.boxes()).hasSize(2);
    assertThat(c.boxes().get(1).text()).isEqualTo("Lost");
    assertThat(SvgLabels.problems(List.of(c))).isEmpty();
  }

  @Test
  void overlapping_and_escaping_texts_are_named() throws Exception {
    SvgLabels.Chart c =
        SvgLabels.chart(
            svg(
                "<text x=\"10\" y=\"20\" font-size=\"12\">Champions</text>"
                    + "<text x=\"60\" y=\"25\" font-size=\"12\">Lost</text>"
                    + "<text x=\"190\" y=\"90\" font-size=\"12\" text-anchor=\"end\""
                    + " transform=\"rotate(-40 190 90)\">a label far too long to stay in</text>"));
    List<String> problems = SvgLabels.problems(List.of(c));
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).contains("'Champions'").contains("overlaps").contains("'Lost'");
    assertThat(problems.get(1)).contains("a label far too long").contains("leaves the chart");
  }
}
