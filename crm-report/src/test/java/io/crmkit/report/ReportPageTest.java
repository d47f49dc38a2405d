package io.crmkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportPageTest {

  @Test
  void page_has_provenance_viewport_definitions_tables_csv_and_left_out_notes() {
    BarChart c = SvgWriterTest.grouped();
    String html =
        ReportPage.titled("Report")
            .provenance(
                Provenance.of(
                        "CDNOW_sample.txt",
                        6919,
                        2357,
                        LocalDate.of(1997, 9, 30),
                        "weeks",
                        Charts.version())
                    .withFirstPurchase(LocalDate.of(1997, 1, 1))
                    .withHoldoutEnd(LocalDate.of(1998, 6, 30)))
            .chart("Sales", c)
            .leftOut("Loyalty", "no --tiers was given.")
            .html();
    assertThat(html)
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .contains("<dd data-field=\"rows\">6,919</dd>")
        .contains("<dd data-field=\"customers\">2,357</dd>")
        .contains("<dd data-field=\"calibration\">1997-01-01 to 1997-09-30</dd>")
        .contains("<dd data-field=\"holdout\">1997-10-01 to 1998-06-30</dd>")
        .contains("<p class=\"definition\">Units sold per region.</p>")
        .contains("<td class=\"n\">1,235</td>")
        .contains("Left out because no --tiers was given.")
        .doesNotContain("<script")
        .doesNotContain("http://www.w3.org/Graphics");
    Matcher m = Pattern.compile("base64,([A-Za-z0-9+/=]+)\"").matcher(html);
    assertThat(m.find()).isTrue();
    String csv = new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
    assertThat(csv).isEqualTo(c.table().csv()).startsWith("region,2025,2026\r\nNorth,10,12\r\n");
  }
}
