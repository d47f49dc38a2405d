package io.crmkit.report;

import java.awt.Color;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link Chart} as one {@code <svg>} element: text stays text ({@code <text>}, searchable
 * and read by screen readers), each bar, point and cell has a {@code <title>} tooltip, the chart is
 * named by a {@code <title>} and {@code aria-label}, and no element has an id (so that any number
 * of charts can share a page). The bars of a category and the cells of a table row are grouped in a
 * {@code <g data-key="…">} that names the category or the row's first cell, so that a page can show
 * or hide them together. Text is laid out with the widths of DejaVu Sans ({@link TextMetrics}), the
 * font the SVG names, so that no two labels overlap. Colours come from {@link Palette}; numbers
 * from {@link Numbers}.
 *
 * @since 0.1
 */
public final class SvgWriter {

  private SvgWriter() {}

  /** The chart as a standalone SVG element (with its namespace), without an XML prolog. */
  public static String svg(Chart chart) {
    Objects.requireNonNull(chart, "chart must not be null");
    double[] size = Layout.size(chart);
    SvgCanvas c = new SvgCanvas();
    Layout.draw(chart, c);
    String w = num(size[0]);
    String h = num(size[1]);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + w
        + "\" height=\""
        + h
        + "\" viewBox=\"0 0 "
        + w
        + " "
        + h
        + "\" role=\"img\" aria-label=\""
        + escape(chart.title())
        + "\" font-family=\"DejaVu Sans, sans-serif\">\n<title>"
        + escape(chart.title())
        + "</title>\n"
        + c.sb
        + "</svg>\n";
  }

  /** Escapes text for XML content and attribute values. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (ch < 0x20 && ch != '\n' && ch != '\t') {
            sb.append(' '); // not allowed in XML 1.0
          } else if (Character.isSurrogate(ch)
              && !(Character.isHighSurrogate(ch)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(ch)
                  && i > 0
                  && Character.isHighSurrogate(s.charAt(i - 1)))) {
            sb.append('\uFFFD'); // a lone surrogate
          } else if (ch == '\uFFFE' || ch == '\uFFFF') {
            sb.append('\uFFFD');
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.toString();
  }

  static String num(double v) {
    if (v == Math.rint(v)) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static final class SvgCanvas implements Canvas {
    final StringBuilder sb = new StringBuilder();

    private void close(String tag, Optional<String> tooltip) {
      if (tooltip.isPresent()) {
        sb.append("><title>")
            .append(escape(tooltip.get()))
            .append("</title></")
            .append(tag)
            .append(">\n");
      } else {
        sb.append("/>\n");
      }
    }

    @Override
    public void rect(
        double x,
        double y,
        double w,
        double h,
        Color fill,
        Optional<Color> stroke,
        Optional<String> tooltip) {
      sb.append("<rect x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(num(y))
          .append("\" width=\"")
          .append(num(w))
          .append("\" height=\"")
          .append(num(h))
          .append("\" fill=\"")
          .append(Palette.hex(fill))
          .append('"');
      stroke.ifPresent(s -> sb.append(" stroke=\"").append(Palette.hex(s)).append('"'));
      close("rect", tooltip);
    }

    @Override
    public void line(
        double x1, double y1, double x2, double y2, Color color, double width, boolean dashed) {
      sb.append("<line x1=\"")
          .append(num(x1))
          .append("\" y1=\"")
          .append(num(y1))
          .append("\" x2=\"")
          .append(num(x2))
          .append("\" y2=\"")
          .append(num(y2))
          .append("\" stroke=\"")
          .append(Palette.hex(color))
          .append("\" stroke-width=\"")
          .append(num(width))
          .append('"')
          .append(dashed ? " stroke-dasharray=\"6 4\"" : "")
          .append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color color, double width, boolean dashed) {
      if (xs.length < 2) {
        return;
      }
      sb.append("<polyline fill=\"none\" stroke=\"")
          .append(Palette.hex(color))
          .append("\" stroke-width=\"")
          .append(num(width))
          .append('"')
          .append(dashed ? " stroke-dasharray=\"6 4\"" : "")
          .append(" points=\"");
      for (int i = 0; i < xs.length; i++) {
        sb.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
      }
      sb.append("\"/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Optional<String> tooltip) {
      sb.append("<circle cx=\"")
          .append(num(cx))
          .append("\" cy=\"")
          .append(num(cy))
          .append("\" r=\"")
          .append(num(r))
          .append("\" fill=\"")
          .append(Palette.hex(fill))
          .append('"');
      close("circle", tooltip);
    }

    @Override
    public void group(String key) {
      sb.append("<g data-key=\"").append(escape(key)).append("\">\n");
    }

    @Override
    public void endGroup() {
      sb.append("</g>\n");
    }

    @Override
    public void text(
        double x,
        double y,
        String text,
        double size,
        Color color,
        Anchor anchor,
        boolean bold,
        double rotateDegrees,
        Optional<String> tooltip) {
      sb.append("<text x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(num(y))
          .append("\" font-size=\"")
          .append(num(size))
          .append("\" fill=\"")
          .append(Palette.hex(color))
          .append('"');
      if (anchor != Anchor.START) {
        sb.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
      }
      if (bold) {
        sb.append(" font-weight=\"bold\"");
      }
      if (rotateDegrees != 0) {
        sb.append(" transform=\"rotate(")
            .append(num(rotateDegrees))
            .append(' ')
            .append(num(x))
            .append(' ')
            .append(num(y))
            .append(")\"");
      }
      sb.append('>').append(escape(text));
      tooltip.ifPresent(t -> sb.append("<title>").append(escape(t)).append("</title>"));
      sb.append("</text>\n");
    }
  }
}
