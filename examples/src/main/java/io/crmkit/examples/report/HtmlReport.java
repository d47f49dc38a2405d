package io.crmkit.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A self-contained HTML page: a title, then sections each with a heading, a short text, an optional
 * inline SVG chart and an optional table. No scripts, no external resources: it opens from disk in
 * any browser.
 *
 * @since 0.1
 */
public final class HtmlReport {

  private final String title;
  private final List<String> sections = new ArrayList<>();

  private HtmlReport(String title) {
    this.title = Objects.requireNonNull(title, "title must not be null");
  }

  /** An empty report with this title. */
  public static HtmlReport titled(String title) {
    return new HtmlReport(title);
  }

  /** Adds a section with a chart (rendered now, as inline SVG). */
  public HtmlReport chart(String heading, String text, Chart<?, ?> chart) {
    sections.add(
        "<section class=\"chart\">\n<h2>"
            + escape(heading)
            + "</h2>\n<p>"
            + escape(text)
            + "</p>\n"
            + Svg.of(chart)
            + "\n</section>\n");
    return this;
  }

  /** Adds a section with a table; {@code rows[0]} is the header. */
  public HtmlReport table(String heading, String text, List<List<String>> rows) {
    StringBuilder sb =
        new StringBuilder("<section class=\"table\">\n<h2>")
            .append(escape(heading))
            .append("</h2>\n<p>")
            .append(escape(text))
            .append("</p>\n<table>\n");
    for (int r = 0; r < rows.size(); r++) {
      sb.append("<tr>");
      for (String cell : rows.get(r)) {
        String tag = r == 0 ? "th" : "td";
        sb.append('<')
            .append(tag)
            .append('>')
            .append(escape(cell))
            .append("</")
            .append(tag)
            .append('>');
      }
      sb.append("</tr>\n");
    }
    sections.add(sb.append("</table>\n</section>\n").toString());
    return this;
  }

  /** The number of sections. */
  public int size() {
    return sections.size();
  }

  /** The page. */
  public String html() {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(
            "body{font-family:system-ui,sans-serif;max-width:860px;margin:2em auto;color:#222}\n")
        .append(
            "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em}svg{max-width:100%;height:auto}\n")
        .append(
            "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}\n")
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
    sections.forEach(sb::append);
    return sb.append("</body>\n</html>\n").toString();
  }

  /** Writes the page (UTF-8). */
  public void write(Path file) {
    try {
      Files.writeString(file, html(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  @Override
  public String toString() {
    return "HtmlReport[" + title + ", " + sections.size() + " sections]";
  }
}
