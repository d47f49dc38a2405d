package io.crmkit.report;

import java.awt.Color;
import java.util.List;
import java.util.Optional;

/**
 * Lays a chart out on a {@link Canvas}: one layout for SVG and PNG. Text widths are estimated from
 * the character count (0.58 em a character, a sans-serif average) so that both outputs agree.
 */
final class Layout {

  static final double WIDTH = 760;
  static final double BAR_HEIGHT = 420;
  static final Color AXIS = new Color(0x333333);
  static final Color GRID = new Color(0xdddddd);
  static final Color BLANK = new Color(0xf2f2f2);
  static final double FONT = 12;

  private Layout() {}

  /** The size (width, height) that {@link #draw} uses for {@code chart}. */
  static double[] size(Chart chart) {
    if (chart instanceof HeatMap h) {
      double cell = heatCell(h);
      return new double[] {
        WIDTH, 60 + cell * h.yLabels().size() + 60 + xLabelRoom(h.xLabels(), cell)
      };
    }
    if (chart instanceof TableChart t) {
      return new double[] {WIDTH, 44 + 22 * (t.data().rows().size() + 1) + 8};
    }
    List<String> labels =
        chart instanceof BarChart b ? b.categories() : ((LineChart) chart).xLabels();
    double slot = (WIDTH - 90) / Math.max(1, labels.size());
    return new double[] {WIDTH, BAR_HEIGHT + xLabelRoom(visibleLabels(labels, slot), slot)};
  }

  static double textWidth(String s, double size) {
    return 0.58 * size * s.length();
  }

  private static double maxWidth(List<String> labels, double size) {
    double w = 0;
    for (String s : labels) {
      w = Math.max(w, textWidth(s, size));
    }
    return w;
  }

  /** Extra room under the plot for rotated x labels (0 when they fit level). */
  private static double xLabelRoom(List<String> labels, double slot) {
    double w = maxWidth(labels, FONT);
    return w <= slot * 0.95 ? 0 : Math.min(w * 0.7, 140);
  }

  private static boolean rotated(List<String> labels, double slot) {
    return maxWidth(labels, FONT) > slot * 0.95;
  }

  /** With many x labels, every k-th is drawn (the rest blank) so that they stay readable. */
  private static List<String> visibleLabels(List<String> labels, double slot) {
    int every = Math.max(1, (int) Math.ceil(FONT * 2.0 / slot));
    if (every == 1) {
      return labels;
    }
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      out.add(i % every == 0 ? labels.get(i) : "");
    }
    return out;
  }

  private static double heatCell(HeatMap h) {
    double left = 70 + Math.min(120, maxWidth(h.yLabels(), FONT));
    double avail = WIDTH - left - 90;
    return Math.max(
        8,
        Math.min(
            48,
            Math.min(
                avail / Math.max(1, h.xLabels().size()), 360.0 / Math.max(1, h.yLabels().size()))));
  }

  static void draw(Chart chart, Canvas c) {
    double[] size = size(chart);
    c.rect(0, 0, size[0], size[1], Color.WHITE, Optional.empty(), Optional.empty());
    c.text(12, 24, chart.title(), 15, Color.BLACK, Canvas.Anchor.START, true, 0, Optional.empty());
    if (chart instanceof BarChart b) {
      bars(b, c, size[1]);
    } else if (chart instanceof LineChart l) {
      lines(l, c, size[1]);
    } else if (chart instanceof HeatMap h) {
      heat(h, c);
    } else {
      table((TableChart) chart, c);
    }
  }

  /** Nice axis ticks covering [lo, hi]. */
  static double[] ticks(double lo, double hi) {
    if (!(hi > lo)) {
      hi = lo + 1;
    }
    double raw = (hi - lo) / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * mag >= raw) {
        step = m * mag;
        break;
      }
    }
    double start = Math.floor(lo / step) * step;
    double end = Math.ceil(hi / step) * step;
    int n = (int) Math.round((end - start) / step) + 1;
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = start + i * step;
    }
    return t;
  }

  private static double[] range(List<Series> series, boolean fromZero) {
    double lo = fromZero ? 0 : Double.POSITIVE_INFINITY;
    double hi = fromZero ? 0 : Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double v : s.values()) {
        if (!Double.isNaN(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!Double.isFinite(lo)) {
      return new double[] {0, 1};
    }
    if (lo > 0 && lo < hi / 3) {
      lo = 0;
    }
    return new double[] {lo, hi > lo ? hi : lo + 1};
  }

  private record Plot(double left, double top, double width, double height, double[] ticks) {
    double y(double v) {
      double lo = ticks[0];
      double hi = ticks[ticks.length - 1];
      return top + height - (v - lo) / (hi - lo) * height;
    }
  }

  private static Plot axes(
      Canvas c,
      List<String> xLabels,
      List<Series> series,
      String xTitle,
      String yTitle,
      boolean fromZero,
      double totalHeight) {
    double left = 72;
    double top = series.size() > 1 ? 62 : 46;
    double slot = (WIDTH - 90) / Math.max(1, xLabels.size());
    List<String> visible = visibleLabels(xLabels, slot);
    double height = BAR_HEIGHT - 70 - top;
    double[] r = range(series, fromZero);
    double[] ticks = ticks(r[0], r[1]);
    Plot p = new Plot(left, top, WIDTH - left - 18, height, ticks);
    for (double t : ticks) {
      double y = p.y(t);
      c.line(left, y, left + p.width(), y, GRID, 1, false);
      c.text(
          left - 6,
          y + 4,
          Numbers.format(t),
          11,
          AXIS,
          Canvas.Anchor.END,
          false,
          0,
          Optional.empty());
    }
    c.line(left, top + height, left + p.width(), top + height, AXIS, 1, false);
    c.line(left, top, left, top + height, AXIS, 1, false);
    boolean rot = rotated(visible, slot);
    double step = p.width() / Math.max(1, xLabels.size());
    for (int i = 0; i < visible.size(); i++) {
      String label = visible.get(i);
      if (label.isEmpty()) {
        continue;
      }
      double x = left + (i + 0.5) * step;
      if (rot) {
        c.text(
            x,
            top + height + 14,
            label,
            FONT,
            AXIS,
            Canvas.Anchor.END,
            false,
            -40,
            Optional.empty());
      } else {
        c.text(
            x,
            top + height + 16,
            label,
            FONT,
            AXIS,
            Canvas.Anchor.MIDDLE,
            false,
            0,
            Optional.empty());
      }
    }
    c.text(
        left + p.width() / 2,
        totalHeight - 10,
        xTitle,
        FONT,
        AXIS,
        Canvas.Anchor.MIDDLE,
        false,
        0,
        Optional.empty());
    c.text(
        16,
        top + height / 2,
        yTitle,
        FONT,
        AXIS,
        Canvas.Anchor.MIDDLE,
        false,
        -90,
        Optional.empty());
    if (series.size() > 1) {
      double x = left;
      for (int s = 0; s < series.size(); s++) {
        c.rect(x, 38, 12, 12, Palette.series(s), Optional.empty(), Optional.empty());
        c.text(
            x + 16,
            48,
            series.get(s).name(),
            FONT,
            Color.BLACK,
            Canvas.Anchor.START,
            false,
            0,
            Optional.empty());
        x += 30 + textWidth(series.get(s).name(), FONT);
      }
    }
    return p;
  }

  private static void bars(BarChart b, Canvas c, double totalHeight) {
    Plot p = axes(c, b.categories(), b.series(), b.xTitle(), b.yTitle(), true, totalHeight);
    int n = b.categories().size();
    int k = b.series().size();
    double step = p.width() / Math.max(1, n);
    double group = step * 0.8;
    double w = group / k;
    double zero = p.y(Math.max(0, p.ticks()[0]));
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < k; s++) {
        Series series = b.series().get(s);
        double v = series.value(i);
        if (Double.isNaN(v)) {
          continue;
        }
        double x = p.left() + i * step + (step - group) / 2 + s * w;
        double y = p.y(v);
        String tip =
            b.categories().get(i) + (k > 1 ? " · " + series.name() : "") + ": " + Numbers.format(v);
        c.rect(
            x,
            Math.min(y, zero),
            w,
            Math.abs(zero - y),
            Palette.series(s),
            Optional.empty(),
            Optional.of(tip));
        if (b.valueLabels()) {
          String label = Numbers.format(v);
          double size = Math.min(11, Math.max(7, w / (0.58 * Math.max(1, label.length()))));
          c.text(
              x + w / 2,
              Math.min(y, zero) - 3,
              label,
              size,
              Color.BLACK,
              Canvas.Anchor.MIDDLE,
              false,
              0,
              Optional.empty());
        }
      }
    }
  }

  private static void lines(LineChart l, Canvas c, double totalHeight) {
    Plot p = axes(c, l.xLabels(), l.series(), l.xTitle(), l.yTitle(), false, totalHeight);
    int n = l.xLabels().size();
    double step = p.width() / Math.max(1, n);
    for (int s = 0; s < l.series().size(); s++) {
      Series series = l.series().get(s);
      int m = 0;
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        if (!Double.isNaN(series.value(i))) {
          xs[m] = p.left() + (i + 0.5) * step;
          ys[m] = p.y(series.value(i));
          m++;
        }
      }
      c.polyline(
          java.util.Arrays.copyOf(xs, m),
          java.util.Arrays.copyOf(ys, m),
          Palette.series(s),
          2,
          s % 2 == 1);
      double r = n > 60 ? 2 : 3;
      for (int i = 0; i < n; i++) {
        double v = series.value(i);
        if (!Double.isNaN(v)) {
          c.circle(
              p.left() + (i + 0.5) * step,
              p.y(v),
              r,
              Palette.series(s),
              Optional.of(l.xLabels().get(i) + " · " + series.name() + ": " + Numbers.format(v)));
        }
      }
    }
  }

  private static void heat(HeatMap h, Canvas c) {
    double cell = heatCell(h);
    double left = 70 + Math.min(120, maxWidth(h.yLabels(), FONT));
    double top = 50;
    int rows = h.yLabels().size();
    int cols = h.xLabels().size();
    for (int r = 0; r < rows; r++) {
      double y = top + r * cell;
      c.text(
          left - 6,
          y + cell / 2 + 4,
          h.yLabels().get(r),
          FONT,
          AXIS,
          Canvas.Anchor.END,
          false,
          0,
          Optional.empty());
      for (int col = 0; col < cols; col++) {
        double x = left + col * cell;
        double v = h.value(r, col);
        String where =
            h.yTitle() + " " + h.yLabels().get(r) + ", " + h.xTitle() + " " + h.xLabels().get(col);
        Optional<Long> n = h.customersAt(r, col);
        String people =
            n.map(k -> "; " + Numbers.count(k) + (k == 1 ? " customer" : " customers")).orElse("");
        if (Double.isNaN(v)) {
          c.rect(
              x,
              y,
              cell,
              cell,
              BLANK,
              Optional.of(Color.WHITE),
              Optional.of(where + ": " + h.blankReason() + people));
          continue;
        }
        Color fill = Palette.viridis(h.position(v));
        boolean empty = h.isEmptyOfCustomers(r, col);
        c.rect(
            x,
            y,
            cell,
            cell,
            fill,
            Optional.of(Color.WHITE),
            Optional.of(
                where
                    + ": "
                    + Numbers.format(v)
                    + people
                    + (empty ? " (no customer here: the model's extrapolation)" : "")));
        if (empty) {
          hatch(c, x, y, cell, Palette.textOn(fill));
        }
        if (h.valueLabels() && cell >= 22) {
          String label = Numbers.format(v);
          double size = Math.min(11, (cell - 2) / (0.58 * Math.max(1, label.length())));
          c.text(
              x + cell / 2,
              y + cell / 2 + size / 3,
              label,
              size,
              Palette.textOn(fill),
              Canvas.Anchor.MIDDLE,
              false,
              0,
              Optional.empty());
        }
      }
    }
    double bottom = top + rows * cell;
    List<String> visible = visibleLabels(h.xLabels(), cell);
    boolean rot = rotated(visible, cell);
    for (int col = 0; col < cols; col++) {
      String label = visible.get(col);
      if (label.isEmpty()) {
        continue;
      }
      double x = left + (col + 0.5) * cell;
      if (rot) {
        c.text(x, bottom + 14, label, FONT, AXIS, Canvas.Anchor.END, false, -40, Optional.empty());
      } else {
        c.text(x, bottom + 16, label, FONT, AXIS, Canvas.Anchor.MIDDLE, false, 0, Optional.empty());
      }
    }
    double[] total = size(h);
    c.text(
        left + cols * cell / 2,
        total[1] - 10,
        h.xTitle(),
        FONT,
        AXIS,
        Canvas.Anchor.MIDDLE,
        false,
        0,
        Optional.empty());
    c.text(
        16,
        top + rows * cell / 2,
        h.yTitle(),
        FONT,
        AXIS,
        Canvas.Anchor.MIDDLE,
        false,
        -90,
        Optional.empty());
    // colour scale: ten steps, low at the bottom
    double lx = Math.min(WIDTH - 70, left + cols * cell + 16);
    double lh = Math.min(200, rows * cell);
    for (int i = 0; i < 10; i++) {
      c.rect(
          lx,
          top + lh - (i + 1) * lh / 10,
          14,
          lh / 10,
          Palette.viridis((i + 0.5) / 10),
          Optional.empty(),
          Optional.empty());
    }
    c.text(
        lx + 18,
        top + lh,
        Numbers.format(h.min()),
        11,
        AXIS,
        Canvas.Anchor.START,
        false,
        0,
        Optional.empty());
    c.text(
        lx + 18,
        top + 10,
        Numbers.format(h.max()),
        11,
        AXIS,
        Canvas.Anchor.START,
        false,
        0,
        Optional.empty());
  }

  /** Diagonal hatching over a square cell, clipped by hand (no ids, no clip paths). */
  private static void hatch(Canvas c, double x, double y, double s, Color color) {
    for (double k = s / 4; k < 2 * s; k += s / 4) {
      double x1 = x + Math.min(k, s);
      double y1 = y + Math.max(0, k - s);
      double x2 = x + Math.max(0, k - s);
      double y2 = y + Math.min(k, s);
      c.line(x1, y1, x2, y2, color, 1, false);
    }
  }

  private static void table(TableChart t, Canvas c) {
    DataTable d = t.data();
    int cols = d.header().size();
    double[] w = new double[cols];
    double total = 0;
    for (int j = 0; j < cols; j++) {
      w[j] = textWidth(d.header().get(j), FONT) + 16;
      for (List<String> row : d.rows()) {
        w[j] = Math.max(w[j], textWidth(display(row.get(j)), FONT) + 16);
      }
      total += w[j];
    }
    double scale = total > WIDTH - 24 ? (WIDTH - 24) / total : 1;
    double y = 44;
    for (int r = -1; r < d.rows().size(); r++) {
      double x = 12;
      for (int j = 0; j < cols; j++) {
        String text = r < 0 ? d.header().get(j) : display(d.rows().get(r).get(j));
        double cw = w[j] * scale;
        Color fill = r < 0 ? new Color(0xe8eef4) : (r % 2 == 0 ? Color.WHITE : new Color(0xf6f6f6));
        c.rect(
            x,
            y,
            cw,
            22,
            fill,
            Optional.of(GRID),
            Optional.of((r < 0 ? "column " : d.header().get(j) + ": ") + text));
        boolean number = r >= 0 && isNumber(d.rows().get(r).get(j));
        c.text(
            number ? x + cw - 6 : x + 6,
            y + 15,
            text,
            FONT * Math.min(1, scale + 0.1),
            Color.BLACK,
            number ? Canvas.Anchor.END : Canvas.Anchor.START,
            r < 0,
            0,
            Optional.empty());
        x += cw;
      }
      y += 22;
    }
  }

  static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    try {
      Double.parseDouble(s);
      return !s.contains("x")
          && !s.contains("X")
          && !s.contains("d")
          && !s.contains("f")
          && !s.contains("N")
          && !s.contains("I");
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A data cell as shown: numbers in the report's format, other text as is. */
  static String display(String cell) {
    return isNumber(cell) ? Numbers.format(Double.parseDouble(cell)) : cell;
  }
}
