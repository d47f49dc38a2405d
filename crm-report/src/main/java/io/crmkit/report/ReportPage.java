package io.crmkit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A self-contained HTML report: a provenance header, then sections, each a chart (inline SVG with
 * its text as text), its one-line definition, its data as a table and a CSV download (a {@code
 * data:} URI), or a note saying what was left out and why. One file, no script, no external URL; a
 * viewport meta tag for phones.
 *
 * @since 0.1
 */
public final class ReportPage {

  private final String title;
  private Optional<Provenance> provenance = Optional.empty();
  private final List<String> sections = new ArrayList<>();
  private int charts;

  private ReportPage(String title) {
    this.title = Checks.text("title", title);
  }

  /** An empty page with this title. */
  public static ReportPage titled(String title) {
    return new ReportPage(title);
  }

  /** Sets the provenance header. */
  public ReportPage provenance(Provenance p) {
    this.provenance = Optional.of(Objects.requireNonNull(p, "provenance must not be null"));
    return this;
  }

  /** Adds a chart section under {@code heading}. */
  public ReportPage chart(String heading, Chart chart) {
    return chart(heading, chart, "");
  }

  /** Adds a chart section with a further sentence ({@code note}, may be empty) under it. */
  public ReportPage chart(String heading, Chart chart, String note) {
    Checks.text("heading", heading);
    Objects.requireNonNull(chart, "chart must not be null");
    Objects.requireNonNull(note, "note must not be null");
    charts++;
    String slug = "chart-" + charts;
    StringBuilder sb = new StringBuilder();
    sb.append("<section class=\"chart\" id=\"")
        .append(slug)
        .append("\" data-marks=\"")
        .append(chart.marks())
        .append("\">\n<h2>")
        .append(esc(heading))
        .append("</h2>\n")
        .append(SvgWriter.svg(chart))
        .append("<p class=\"definition\">")
        .append(esc(chart.definition()))
        .append("</p>\n");
    if (!note.isEmpty()) {
      sb.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
    }
    DataTable t = chart.table();
    sb.append("<details><summary>Data (")
        .append(Numbers.count(t.rows().size()))
        .append(" rows) · <a download=\"")
        .append(slug)
        .append(".csv\" href=\"data:text/csv;charset=utf-8;base64,")
        .append(Base64.getEncoder().encodeToString(t.csv().getBytes(StandardCharsets.UTF_8)))
        .append("\">CSV</a></summary>\n")
        .append(html(t))
        .append("</details>\n</section>\n");
    sections.add(sb.toString());
    return this;
  }

  /** Adds a text section. */
  public ReportPage text(String heading, String text) {
    sections.add(
        "<section class=\"text\">\n<h2>"
            + esc(Checks.text("heading", heading))
            + "</h2>\n<p>"
            + esc(text)
            + "</p>\n</section>\n");
    return this;
  }

  /** Adds a table section (numbers in the report's format). */
  public ReportPage table(String heading, String text, DataTable table) {
    sections.add(
        "<section class=\"table\">\n<h2>"
            + esc(Checks.text("heading", heading))
            + "</h2>\n<p>"
            + esc(text)
            + "</p>\n"
            + html(table)
            + "</section>\n");
    return this;
  }

  /** Notes a section that is left out: "Left out because {@code reason}". */
  public ReportPage leftOut(String heading, String reason) {
    sections.add(
        "<section class=\"left-out\">\n<h2>"
            + esc(Checks.text("heading", heading))
            + "</h2>\n<p class=\"left-out\">Left out because "
            + esc(Checks.text("reason", reason))
            + "</p>\n</section>\n");
    return this;
  }

  /** The number of chart sections. */
  public int charts() {
    return charts;
  }

  private static String html(DataTable t) {
    StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
    t.header().forEach(h -> sb.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
    sb.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      sb.append("<tr>");
      for (String cell : row) {
        boolean number = Layout.isNumber(cell);
        sb.append(number ? "<td class=\"n\">" : "<td>")
            .append(esc(Layout.display(cell)))
            .append("</td>");
      }
      sb.append("</tr>\n");
    }
    return sb.append("</tbody>\n</table>\n").toString();
  }

  private static String esc(String s) {
    return SvgWriter.escape(s);
  }

  private static void field(StringBuilder sb, String name, String label, String value) {
    sb.append("<dt>")
        .append(esc(label))
        .append("</dt><dd data-field=\"")
        .append(name)
        .append("\">")
        .append(esc(value))
        .append("</dd>\n");
  }

  /** The page. */
  public String html() {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(
            "body{font-family:'DejaVu Sans',Verdana,sans-serif;max-width:800px;margin:1.5em auto;padding:0 1em;color:#1a1a1a;line-height:1.45}\n")
        .append(
            "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em}svg{max-width:100%;height:auto}\n")
        .append(
            "dl.provenance{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;background:#f4f6f8;padding:.8em}\n")
        .append("dl.provenance dt{font-weight:bold}dl.provenance dd{margin:0}\n")
        .append(
            "table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ccc;padding:.2em .6em}td.n{text-align:right}\n")
        .append("p.definition{font-style:italic}p.left-out{color:#8a3b00}details{margin:.5em 0}\n")
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(esc(title))
        .append("</h1>\n");
    provenance.ifPresent(
        p -> {
          sb.append("<dl class=\"provenance\">\n");
          field(sb, "file", "Data file", p.file());
          field(sb, "rows", "Rows", Numbers.count(p.rows()));
          field(sb, "customers", "Customers", Numbers.count(p.customers()));
          field(sb, "calibration", "Calibration period", p.calibration());
          field(sb, "holdout", "Holdout period", p.holdout());
          field(sb, "unit", "Time unit", p.timeUnit());
          field(sb, "version", "crmkit version", p.version());
          sb.append("</dl>\n");
        });
    sections.forEach(sb::append);
    return sb.append("</body>\n</html>\n").toString();
  }

  /** Writes the page (UTF-8) and returns the file. */
  public Path write(Path file) {
    try {
      Files.writeString(file, html(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "ReportPage[%s, %d sections, %d charts]", title, sections.size(), charts);
  }
}
