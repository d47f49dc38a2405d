package io.crmkit.examples.cli;

import io.crmkit.report.TextMetrics;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The boxes of the texts of the SVG charts in a page, computed from the SVG alone: each {@code
 * <text>}'s position, anchor, size, weight and rotation, its width from the widths of the font the
 * SVG names ({@link TextMetrics}) and its height from the font's ascent and descent.
 */
final class SvgLabels {

  private SvgLabels() {}

  /** A text's box: its four corners in the SVG's units. */
  record Box(String chart, String text, double[] xs, double[] ys) {

    boolean overlaps(Box o) {
      return !(apart(this, o) || apart(o, this));
    }

    private static boolean apart(Box a, Box b) {
      for (int i = 0; i < 2; i++) {
        double nx = a.ys[i] - a.ys[i + 1];
        double ny = a.xs[i + 1] - a.xs[i];
        double aMin = Double.MAX_VALUE;
        double aMax = -Double.MAX_VALUE;
        double bMin = Double.MAX_VALUE;
        double bMax = -Double.MAX_VALUE;
        for (int k = 0; k < 4; k++) {
          aMin = Math.min(aMin, a.xs[k] * nx + a.ys[k] * ny);
          aMax = Math.max(aMax, a.xs[k] * nx + a.ys[k] * ny);
          bMin = Math.min(bMin, b.xs[k] * nx + b.ys[k] * ny);
          bMax = Math.max(bMax, b.xs[k] * nx + b.ys[k] * ny);
        }
        if (bMin >= aMax || aMin >= bMax) {
          return true;
        }
      }
      return false;
    }

    double minX() {
      return Math.min(Math.min(xs[0], xs[1]), Math.min(xs[2], xs[3]));
    }

    double maxX() {
      return Math.max(Math.max(xs[0], xs[1]), Math.max(xs[2], xs[3]));
    }

    double minY() {
      return Math.min(Math.min(ys[0], ys[1]), Math.min(ys[2], ys[3]));
    }

    double maxY() {
      return Math.max(Math.max(ys[0], ys[1]), Math.max(ys[2], ys[3]));
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "'%s' in '%s' (x %.1f to %.1f, y %.1f to %.1f)",
          text,
          chart,
          minX(),
          maxX(),
          minY(),
          maxY());
    }
  }

  /** A chart: its title, width, height and the boxes of its texts. */
  record Chart(String title, double width, double height, List<Box> boxes) {}

  private static final Pattern ROTATE =
      Pattern.compile("rotate\\(([-0-9.]+) ([-0-9.]+) ([-0-9.]+)\\)");

  /** Every {@code <svg>} element of {@code html}, parsed. */
  static List<Chart> charts(String html) throws Exception {
    List<Chart> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int start = html.indexOf("<svg", from);
      if (start < 0) {
        return out;
      }
      int end = html.indexOf("</svg>", start) + "</svg>".length();
      out.add(chart(html.substring(start, end)));
      from = end;
    }
  }

  static Chart chart(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element root =
        f.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
    String title = root.getAttribute("aria-label");
    List<Box> boxes = new ArrayList<>();
    NodeList texts = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      StringBuilder text = new StringBuilder();
      for (Node n = t.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeType() == Node.TEXT_NODE) {
          text.append(n.getNodeValue());
        }
      }
      if (text.length() == 0) {
        continue; // nothing drawn
      }
      double x = Double.parseDouble(t.getAttribute("x"));
      double y = Double.parseDouble(t.getAttribute("y"));
      double size = Double.parseDouble(t.getAttribute("font-size"));
      boolean bold = t.getAttribute("font-weight").equals("bold");
      double w = TextMetrics.width(text.toString(), size, bold);
      String anchor = t.getAttribute("text-anchor");
      double u0 = anchor.equals("middle") ? -w / 2 : anchor.equals("end") ? -w : 0;
      double[] us = {u0, u0 + w, u0 + w, u0};
      double[] vs = {
        -TextMetrics.ASCENT * size,
        -TextMetrics.ASCENT * size,
        TextMetrics.DESCENT * size,
        TextMetrics.DESCENT * size
      };
      double angle = 0;
      Matcher m = ROTATE.matcher(t.getAttribute("transform"));
      if (m.find()) {
        angle = Math.toRadians(Double.parseDouble(m.group(1)));
      }
      double[] xs = new double[4];
      double[] ys = new double[4];
      for (int k = 0; k < 4; k++) {
        xs[k] = x + us[k] * Math.cos(angle) - vs[k] * Math.sin(angle);
        ys[k] = y + us[k] * Math.sin(angle) + vs[k] * Math.cos(angle);
      }
      boxes.add(new Box(title, text.toString(), xs, ys));
    }
    return new Chart(
        title,
        Double.parseDouble(root.getAttribute("width")),
        Double.parseDouble(root.getAttribute("height")),
        boxes);
  }

  /** Every pair of overlapping texts and every text that leaves its chart, as sentences. */
  static List<String> problems(List<Chart> charts) {
    List<String> out = new ArrayList<>();
    for (Chart c : charts) {
      List<Box> b = c.boxes();
      for (int i = 0; i < b.size(); i++) {
        Box a = b.get(i);
        if (a.minX() < 0 || a.maxX() > c.width() || a.minY() < 0 || a.maxY() > c.height()) {
          out.add(a + " leaves the chart (" + c.width() + " by " + c.height() + ")");
        }
        for (int j = i + 1; j < b.size(); j++) {
          if (a.overlaps(b.get(j))) {
            out.add(a + " overlaps " + b.get(j));
          }
        }
      }
    }
    return out;
  }
}
