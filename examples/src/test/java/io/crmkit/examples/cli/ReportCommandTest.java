package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.data.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crm report writes one self-contained page with every chart as inline SVG. */
class ReportCommandTest {

  @TempDir Path dir;

  static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The chart sections of the CDNOW sample's report with a holdout period and no programme. */
  static final int CHARTS_WITH_HOLDOUT = 17;

  @Test
  void report_has_every_chart_as_inline_svg() throws IOException {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    Path out = dir.resolve("report.html");
    CliTestSupport.Result r =
        crm(
            "report",
            "--transactions",
            sample.toString(),
            "--layout",
            "cdnow-sample",
            "--calibration-end",
            "1997-09-30",
            "--observation-end",
            "1998-06-30",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(count(html, "<svg")).isEqualTo(CHARTS_WITH_HOLDOUT);
    assertThat(count(html, "</svg>")).isEqualTo(CHARTS_WITH_HOLDOUT);
    assertThat(count(html, "<section class=\"chart\"")).isEqualTo(CHARTS_WITH_HOLDOUT);
    assertThat(count(html, "<p class=\"definition\">")).isEqualTo(CHARTS_WITH_HOLDOUT);
    assertThat(count(html, "data:text/csv;charset=utf-8;base64,")).isEqualTo(CHARTS_WITH_HOLDOUT);
    assertThat(html)
        .contains("<title>P(alive) by frequency and recency")
        .contains("<title>Expected purchases in the next 39 weeks")
        .contains("<title>Customers by repeat purchases: actual vs model")
        .contains("<title>Holdout purchases per customer: actual vs predicted")
        .contains("<title>Cumulative repeat transactions: actual vs expected")
        .contains("<title>Repeat transactions per period: actual vs expected")
        .contains("<title>P(alive) history of customer")
        .contains("<title>RFM: mean total spend by recency and frequency score")
        .contains("<title>Customers by RFM segment")
        .contains("<title>Value by RFM segment")
        .contains("<title>ABC Pareto curve of total spend")
        .contains("<title>Top 15 customers by 12-month CLV")
        .contains("<title>Customers by churn risk band")
        .contains("<title>Bought again in the holdout, by churn risk band")
        .contains("<title>Cohort retention by month since the first purchase")
        .contains("<title>Customers by lifecycle stage")
        .contains(">At risk</text>")
        .contains("<meta name=\"viewport\"")
        .contains("<dd data-field=\"customers\">2,357</dd>")
        .contains("Left out because no programme was given");
    // text is text: no glyph outlines, and the page is small
    assertThat(html).doesNotContain("<path").doesNotContain("<?xml");
    // one file: the only script is the segment filter's, inline; no URL but the SVG namespace
    assertThat(count(html, "<script")).isOne();
    assertThat(html).contains("<script>\n").doesNotContain("<script src").doesNotContain("src=");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http:")
        .doesNotContain("https:")
        .doesNotContain("//cdn")
        .doesNotContain("url(");
    assertThat(html.length()).isLessThan(1_500_000);
    assertThat(html).doesNotContain("http://www.w3.org/Graphics/SVG/1.1/DTD");
    // ids are unique across the page
    Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertThat(seen.add(ids.group(1))).as("duplicate id %s", ids.group(1)).isTrue();
    }
  }

  private Path cdnowReport(String name) {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    Path out = dir.resolve(name);
    CliTestSupport.Result r =
        crm(
            "report",
            "--transactions",
            sample.toString(),
            "--layout",
            "cdnow-sample",
            "--calibration-end",
            "1997-09-30",
            "--observation-end",
            "1998-06-30",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  @Test
  void no_two_labels_of_any_chart_of_the_cdnow_report_overlap_and_none_leaves_its_chart()
      throws Exception {
    String html = Files.readString(cdnowReport("labels.html"), StandardCharsets.UTF_8);
    java.util.List<SvgLabels.Chart> charts = SvgLabels.charts(html);
    assertThat(charts).hasSize(CHARTS_WITH_HOLDOUT);
    int texts = 0;
    for (SvgLabels.Chart c : charts) {
      assertThat(c.boxes()).as("texts of %s", c.title()).isNotEmpty();
      texts += c.boxes().size();
    }
    assertThat(texts).as("texts on the page").isGreaterThan(CHARTS_WITH_HOLDOUT * 5);
    assertThat(SvgLabels.problems(charts)).isEmpty();
  }

  @Test
  void the_segment_filter_marks_the_segment_sections_and_hides_nothing_without_script()
      throws IOException {
    String html = Files.readString(cdnowReport("filter.html"), StandardCharsets.UTF_8);
    assertThat(count(html, "<div class=\"filter\" data-filter=\"segment\"")).isOne();
    // the counts, the value bars and the figures table of the segments
    assertThat(count(html, "data-filter-column=\"segment\"")).isEqualTo(3);
    assertThat(html.indexOf("<div class=\"filter\""))
        .isLessThan(html.indexOf("data-filter-column=\"segment\""));
    assertThat(html).contains("<tr data-key=\"Champions\">").contains("<g data-key=\"Champions\">");
    // without script every row and bar is there: nothing is hidden in the file itself
    assertThat(html).doesNotContain(" style=").doesNotContain(" hidden");
    Matcher rows = Pattern.compile("<tr data-key=\"([^\"]+)\">").matcher(html);
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    while (rows.find()) {
      keys.add(rows.group(1));
    }
    assertThat(keys).hasSizeGreaterThan(3).contains("Champions", "Lost");
  }

  @Test
  void report_without_holdout_leaves_out_the_holdout_charts_and_says_why() throws IOException {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    Path out = dir.resolve("r.html");
    CliTestSupport.Result r =
        crm(
            "report",
            "--transactions",
            sample.toString(),
            "--layout",
            "cdnow-sample",
            "--calibration-end",
            "1997-09-30",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(count(html, "<svg")).isEqualTo(CHARTS_WITH_HOLDOUT - 2);
    assertThat(html)
        .doesNotContain("<title>Holdout purchases per customer")
        .contains("Left out because there is no holdout period")
        .contains("<dd data-field=\"holdout\">none</dd>");
  }

  @Test
  void report_with_zero_value_repeat_purchases_leaves_out_the_spend_model_and_says_why()
      throws IOException {
    // CDNOW master has $0 transactions; here every purchase of the sample's first repeat buyer is
    // made $0, so that customer's mean repeat spend is 0 and the Gamma-Gamma fit cannot run
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    java.util.List<String> lines = Files.readAllLines(sample, StandardCharsets.US_ASCII);
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (String line : lines) {
      counts.merge(line.trim().split("\\s+", -1)[1], 1, Integer::sum);
    }
    String repeatBuyer =
        lines.stream()
            .map(l -> l.trim().split("\\s+", -1)[1])
            .filter(id -> counts.get(id) > 1)
            .findFirst()
            .orElseThrow();
    java.util.List<String> zeroed = new java.util.ArrayList<>();
    for (String line : lines) {
      String[] f = line.trim().split("\\s+", -1);
      zeroed.add(
          f[1].equals(repeatBuyer) ? String.join(" ", f[0], f[1], f[2], f[3], "0.00") : line);
    }
    Path input = dir.resolve("zero.txt");
    Files.write(input, zeroed, StandardCharsets.US_ASCII);
    Path out = dir.resolve("zero.html");
    CliTestSupport.Result r =
        crm(
            "report",
            "--transactions",
            input.toString(),
            "--layout",
            "cdnow-sample",
            "--calibration-end",
            "1997-09-30",
            "--observation-end",
            "1998-06-30",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<h2>Spend model (Gamma-Gamma) and CLV</h2>")
        .contains("Left out because the Gamma-Gamma fit")
        .doesNotContain("<title>Top 15 customers by 12-month CLV");
  }
}
