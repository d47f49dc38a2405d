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
    assertThat(count(html, "<svg")).isEqualTo(7);
    assertThat(count(html, "</svg>")).isEqualTo(7);
    assertThat(html)
        .contains("<title>P(alive) by frequency and recency")
        .contains("<title>Holdout purchases per customer")
        .contains("<title>RFM: mean total spend by recency and frequency score")
        .contains("<title>Customers by RFM segment")
        .contains("<title>ABC Pareto curve of total spend")
        .contains("<title>Customers by churn risk band")
        .contains("Customers by lifecycle stage");
    assertThat(html)
        .doesNotContain("<?xml")
        .doesNotContain("<script")
        .doesNotContain("http://www.w3.org/Graphics/SVG/1.1/DTD");
    // ids are unique across the inline charts
    Matcher ids = Pattern.compile("id=\"([^\"]+)\"").matcher(html);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertThat(seen.add(ids.group(1))).as("duplicate id %s", ids.group(1)).isTrue();
    }
  }

  @Test
  void report_without_holdout_leaves_out_the_holdout_chart() throws IOException {
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
    assertThat(count(html, "<svg")).isEqualTo(6);
    assertThat(html).doesNotContain("Holdout purchases per customer");
  }
}
