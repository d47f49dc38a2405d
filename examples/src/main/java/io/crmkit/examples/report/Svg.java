package io.crmkit.examples.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * An XChart chart as an SVG element to inline in an HTML page: the XML prolog and doctype removed,
 * and the element ids made unique to the chart so that several charts can share one page.
 *
 * @since 0.1
 */
public final class Svg {

  private static final AtomicLong COUNTER = new AtomicLong();

  private Svg() {}

  /** The chart rendered as an {@code <svg>} element. */
  public static String of(Chart<?, ?> chart) {
    Objects.requireNonNull(chart, "chart must not be null");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      VectorGraphicsEncoder.saveVectorGraphic(
          chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render chart " + chart.getTitle(), e);
    }
    String svg = out.toString(StandardCharsets.UTF_8);
    int start = svg.indexOf("<svg");
    if (start < 0) {
      throw new IllegalStateException(
          "the SVG encoder wrote no <svg> element for chart " + chart.getTitle());
    }
    String prefix = "c" + COUNTER.incrementAndGet() + "-";
    String body =
        svg.substring(start)
            .replace("id=\"", "id=\"" + prefix)
            .replace("url(#", "url(#" + prefix)
            .replace("href=\"#", "href=\"#" + prefix)
            .strip();
    // XChart draws text as outlines: name the chart for screen readers, search and tests
    String title = HtmlReport.escape(chart.getTitle());
    int open = body.indexOf('>');
    return body.substring(0, open)
        + " role=\"img\" aria-label=\""
        + title
        + "\">\n  <title>"
        + title
        + "</title>"
        + body.substring(open + 1);
  }
}
