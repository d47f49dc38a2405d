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
 * data:} URI), or a note saying what was left out and why. One file, no external URL; a viewport
 * meta tag for phones. No script, unless {@link #filterBy(String, String)} asks for a filter: then
 * one small inline script adds a drop-down that shows one value's rows and bars only; without
 * script the page is complete (every row and bar shown, no control).
 *
 * @since 0.1
 */
public final class ReportPage {

  private final String title;
  private Optional<Provenance> provenance = Optional.empty();
  private final List<Section> sections = new ArrayList<>();
  private int charts;
  private Optional<Filter> filter = Optional.empty();

  /** The column a filter selects on and the drop-down's label. */
  private record Filter(String column, String label) {}

  /**
   * A section of the page; {@code key} is the first column of its chart's data table (the column a
   * filter can select on), empty for a section without a chart.
   */
  private record Section(Optional<String> key, java.util.function.Function<Boolean, String> html) {}

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
    DataTable t = chart.table();
    String svg = SvgWriter.svg(chart);
    Optional<String> key = t.header().isEmpty() ? Optional.empty() : Optional.of(t.header().get(0));
    sections.add(
        new Section(
            key,
            filtered -> {
              StringBuilder sb = new StringBuilder();
              sb.append("<section class=\"chart\" id=\"")
                  .append(slug)
                  .append("\" data-marks=\"")
                  .append(chart.marks())
                  .append('"');
              if (filtered) {
                sb.append(" data-filter-column=\"").append(esc(key.orElse(""))).append('"');
              }
              sb.append(">\n<h2>")
                  .append(esc(heading))
                  .append("</h2>\n")
                  .append(svg)
                  .append("<p class=\"definition\">")
                  .append(esc(chart.definition()))
                  .append("</p>\n");
              if (!note.isEmpty()) {
                sb.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
              }
              sb.append("<details><summary>Data (")
                  .append(Numbers.count(t.rows().size()))
                  .append(" rows) · <a download=\"")
                  .append(slug)
                  .append(".csv\" href=\"data:text/csv;charset=utf-8;base64,")
                  .append(
                      Base64.getEncoder().encodeToString(t.csv().getBytes(StandardCharsets.UTF_8)))
                  .append("\">CSV</a></summary>\n")
                  .append(html(t, filtered))
                  .append("</details>\n</section>\n");
              return sb.toString();
            }));
    return this;
  }

  /**
   * Adds a filter: a drop-down, labelled {@code label}, of the values of {@code column} (e.g.
   * "segment"); choosing one shows only that value's rows and bars in every chart section whose
   * data table starts with that column (its bars or table rows), and "all" shows everything again.
   * The drop-down is made by one small inline script placed before the first such section; without
   * script the page shows every section whole and no drop-down. A column that no chart has adds
   * nothing.
   */
  public ReportPage filterBy(String column, String label) {
    this.filter =
        Optional.of(new Filter(Checks.text("column", column), Checks.text("label", label)));
    return this;
  }

  /** Adds a text section. */
  public ReportPage text(String heading, String text) {
    String html =
        "<section class=\"text\">\n<h2>"
            + esc(Checks.text("heading", heading))
            + "</h2>\n<p>"
            + esc(text)
            + "</p>\n</section>\n";
    sections.add(new Section(Optional.empty(), filtered -> html));
    return this;
  }

  /** Adds a table section (numbers in the report's format). */
  public ReportPage table(String heading, String text, DataTable table) {
    String html =
        "<section class=\"table\">\n<h2>"
            + esc(Checks.text("heading", heading))
            + "</h2>\n<p>"
            + esc(text)
            + "</p>\n"
            + html(table, false)
            + "</section>\n";
    sections.add(new Section(Optional.empty(), filtered -> html));
    return this;
  }

  /** Notes a section that is left out: "Left out because {@code reason}". */
  public ReportPage leftOut(String heading, String reason) {
    String html =
        "<section class=\"left-out\">\n<h2>"
            + esc(Checks.text("heading", heading))
            + "</h2>\n<p class=\"left-out\">Left out because "
            + esc(Checks.text("reason", reason))
            + "</p>\n</section>\n";
    sections.add(new Section(Optional.empty(), filtered -> html));
    return this;
  }

  /** The number of chart sections. */
  public int charts() {
    return charts;
  }

  /** The table; with {@code keyed}, each row names its first cell in {@code data-key}. */
  private static String html(DataTable t, boolean keyed) {
    StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
    t.header().forEach(h -> sb.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
    sb.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      sb.append(keyed ? "<tr data-key=\"" + esc(row.get(0)) + "\">" : "<tr>");
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

  /**
   * Fills the filter's empty div with a labelled drop-down and an announcement of what is shown; a
   * choice hides, in each section of the filter's column, the groups and rows of other values.
   */
  private static final String FILTER_SCRIPT =
      String.join(
          "\n",
          "(function () {",
          "  var box = document.querySelector('div.filter');",
          "  if (!box) { return; }",
          "  var column = box.getAttribute('data-filter');",
          "  var sections = Array.prototype.filter.call(",
          "    document.querySelectorAll('section[data-filter-column]'),",
          "    function (s) { return s.getAttribute('data-filter-column') === column; });",
          "  var keys = [];",
          "  sections.forEach(function (s) {",
          "    s.querySelectorAll('[data-key]').forEach(function (e) {",
          "      var k = e.getAttribute('data-key');",
          "      if (keys.indexOf(k) < 0) { keys.push(k); }",
          "    });",
          "  });",
          "  var label = document.createElement('label');",
          "  label.textContent = box.getAttribute('data-label') + ' ';",
          "  var select = document.createElement('select');",
          "  var all = document.createElement('option');",
          "  all.value = '';",
          "  all.textContent = 'all (' + keys.length + ')';",
          "  select.appendChild(all);",
          "  keys.forEach(function (k) {",
          "    var o = document.createElement('option');",
          "    o.value = k;",
          "    o.textContent = k;",
          "    select.appendChild(o);",
          "  });",
          "  label.appendChild(select);",
          "  var status = document.createElement('output');",
          "  status.setAttribute('aria-live', 'polite');",
          "  box.appendChild(label);",
          "  box.appendChild(document.createTextNode(' '));",
          "  box.appendChild(status);",
          "  function show() {",
          "    var v = select.value;",
          "    sections.forEach(function (s) {",
          "      s.querySelectorAll('[data-key]').forEach(function (e) {",
          "        e.style.display = v === '' || e.getAttribute('data-key') === v ? '' : 'none';",
          "      });",
          "    });",
          "    status.textContent = v === ''",
          "      ? 'Showing every ' + column + ' in ' + sections.length + ' sections.'",
          "      : 'Showing ' + column + ' ' + v + ' only in ' + sections.length + ' sections.';",
          "  }",
          "  select.addEventListener('change', show);",
          "  show();",
          "})();",
          "");

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
        .append(
            "div.filter{position:sticky;top:0;z-index:1;background:#fff;padding:.5em 0;border-bottom:1px solid #ccc}div.filter:empty{display:none}\n")
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
    boolean placed = false;
    for (Section section : sections) {
      boolean filtered =
          filter.isPresent() && section.key().equals(Optional.of(filter.get().column()));
      if (filtered && !placed) {
        sb.append("<div class=\"filter\" data-filter=\"")
            .append(esc(filter.get().column()))
            .append("\" data-label=\"")
            .append(esc(filter.get().label()))
            .append("\"></div>\n");
        placed = true;
      }
      sb.append(section.html().apply(filtered));
    }
    if (placed) {
      sb.append("<script>\n").append(FILTER_SCRIPT).append("</script>\n");
    }
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
