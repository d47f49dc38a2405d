package io.crmkit.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays a chart out on a {@link Canvas}: one layout for SVG and PNG. Texts are measured with {@link
 * TextMetrics} (the glyph widths of the font the SVG names) and placed so that no two overlap and
 * none leaves the chart: x labels are drawn level when they fit their slots, else slanted and, when
 * even that crowds them, every k-th; long labels end in an ellipsis; value labels shrink, turn
 * upright or get head room above the bars; heat-map row labels shrink or thin out with the cells.
 */
final class Layout {

  static final double WIDTH = 760;
  static final double BAR_HEIGHT = 420;
  static final Color AXIS = new Color(0x333333);
  static final Color GRID = new Color(0xdddddd);
  static final Color BLANK = new Color(0xf2f2f2);
  static final double FONT = 12;
  static final double TICK_FONT = 11;
  static final double TITLE_FONT = 15;

  /** The least distance between two texts, in pixels. */
  static final double GAP = 2;

  /** The rotation of slanted x labels, in degrees (negative: counter-clockwise). */
  static final double SLANT = -40;

  /** The longest slanted x label, in pixels; longer ones end in an ellipsis. */
  static final double MAX_SLANTED = 150;

  /** The longest heat-map row label, in pixels; longer ones end in an ellipsis. */
  static final double MAX_ROW_LABEL = 120;

  /**
   * The smallest font of a value on a bar or cell, in pixels; a value that needs less is left off.
   */
  static final double MIN_VALUE_FONT = 6;

  private static final double TITLE_BASELINE = 24;

  /** The x of the rotated y-axis title's baseline. */
  private static final double Y_TITLE_X = 16;

  private Layout() {}

  /** A text as it is drawn. */
  record Label(
      double x,
      double y,
      String text,
      double size,
      Canvas.Anchor anchor,
      boolean bold,
      double rotate) {

    TextBox box() {
      return TextBox.of(x, y, text, size, anchor, bold, rotate);
    }

    void draw(Canvas c, Color color) {
      c.text(x, y, text, size, color, anchor, bold, rotate, Optional.empty());
    }
  }

  /** The size (width, height) that {@link #draw} uses for {@code chart}. */
  static double[] size(Chart chart) {
    if (chart instanceof HeatMap h) {
      return new double[] {WIDTH, heatFrame(h).total()};
    }
    if (chart instanceof TableChart t) {
      return new double[] {WIDTH, 44 + 22 * (t.data().rows().size() + 1) + 8};
    }
    return new double[] {WIDTH, frame(chart).total()};
  }

  static double textWidth(String s, double size) {
    return TextMetrics.width(s, size, false);
  }

  private static double maxWidth(List<String> labels, double size) {
    double w = 0;
    for (String s : labels) {
      w = Math.max(w, textWidth(s, size));
    }
    return w;
  }

  private static double titleBottom() {
    return TITLE_BASELINE + TextMetrics.DESCENT * TITLE_FONT;
  }

  static void draw(Chart chart, Canvas c) {
    double[] size = size(chart);
    c.rect(0, 0, size[0], size[1], Color.WHITE, Optional.empty(), Optional.empty());
    String title = TextMetrics.fit(chart.title(), TITLE_FONT, true, WIDTH - 24);
    c.text(
        12,
        TITLE_BASELINE,
        title,
        TITLE_FONT,
        Color.BLACK,
        Canvas.Anchor.START,
        true,
        0,
        Optional.empty());
    if (chart instanceof BarChart b) {
      bars(b, c, frame(b));
    } else if (chart instanceof LineChart l) {
      lines(l, c, frame(l));
    } else if (chart instanceof HeatMap h) {
      heat(h, c, heatFrame(h));
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

    double bottom() {
      return top + height;
    }

    Label tick(double t) {
      return new Label(
          left - 6, y(t) + 4, Numbers.format(t), TICK_FONT, Canvas.Anchor.END, false, 0);
    }
  }

  // ------------------------------------------------------------------ x labels

  /** The x labels as drawn, and how far below the axis they reach (pixels). */
  record XLabels(List<Label> labels, double depth) {}

  /**
   * Places {@code labels.get(i)} under the slot centred at {@code left + (i + 0.5) * step}, below
   * the axis at {@code y0}: level when that keeps every label apart, else slanted (shortened to
   * {@link #MAX_SLANTED} and to the chart's left edge), every k-th label with k as small as keeps
   * them apart; none crosses one of the {@code obstacles}. Empty labels are not drawn.
   */
  static XLabels xLabels(
      List<String> labels, double left, double step, double y0, List<TextBox> obstacles) {
    int n = labels.size();
    List<Label> level = List.of();
    int levelEvery = Integer.MAX_VALUE;
    for (int k = 1; k <= n; k++) {
      List<Label> candidates = new ArrayList<>();
      for (int i = 0; i < n; i += k) {
        if (!labels.get(i).isEmpty()) {
          candidates.add(
              new Label(
                  left + (i + 0.5) * step,
                  y0 + 16,
                  labels.get(i),
                  FONT,
                  Canvas.Anchor.MIDDLE,
                  false,
                  0));
        }
      }
      if (apart(candidates, obstacles).size() == candidates.size()) {
        level = candidates;
        levelEvery = k;
        break;
      }
    }
    List<Label> slanted = List.of();
    int slantedEvery = Integer.MAX_VALUE;
    if (levelEvery > 1) {
      List<Label> all = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        all.add(slanted(labels.get(i), left + (i + 0.5) * step, y0));
      }
      for (int k = 1; k <= n && k < levelEvery; k++) {
        List<Label> candidates = new ArrayList<>();
        for (int i = 0; i < n; i += k) {
          if (!all.get(i).text().isEmpty()) {
            candidates.add(all.get(i));
          }
        }
        if (apart(candidates, obstacles).size() == candidates.size()) {
          slanted = candidates;
          slantedEvery = k;
          break;
        }
      }
      if (slantedEvery == Integer.MAX_VALUE && levelEvery == Integer.MAX_VALUE) {
        // not even one label stands alone: keep those that do not touch anything
        slanted = apart(all.stream().filter(l -> !l.text().isEmpty()).toList(), obstacles);
        slantedEvery = 1;
      }
    }
    List<Label> chosen = slantedEvery < levelEvery ? slanted : level;
    double depth = 0;
    for (Label l : chosen) {
      depth = Math.max(depth, l.box().maxY() - y0);
    }
    return new XLabels(chosen, depth);
  }

  /** A slanted x label ending at the slot centre {@code x}, shortened to stay in the chart. */
  private static Label slanted(String text, double x, double y0) {
    double max = MAX_SLANTED;
    while (true) {
      String t = TextMetrics.fit(text, FONT, false, max);
      Label l = new Label(x, y0 + 14, t, FONT, Canvas.Anchor.END, false, SLANT);
      if (t.isEmpty() || l.box().minX() >= GAP) {
        return l;
      }
      max -= 4;
    }
  }

  /**
   * The labels, in order, that do not come within {@link #GAP} of an earlier kept label or an
   * obstacle and stay inside the chart's width.
   */
  private static List<Label> apart(List<Label> candidates, List<TextBox> obstacles) {
    List<Label> kept = new ArrayList<>();
    List<TextBox> boxes = new ArrayList<>();
    for (Label l : candidates) {
      TextBox b = l.box();
      if (b.minX() < GAP / 2 || b.maxX() > WIDTH - GAP / 2) {
        continue;
      }
      boolean free = true;
      for (TextBox o : obstacles) {
        if (b.overlaps(o, GAP)) {
          free = false;
          break;
        }
      }
      for (int j = 0; free && j < boxes.size(); j++) {
        free = !b.overlaps(boxes.get(j), GAP);
      }
      if (free) {
        kept.add(l);
        boxes.add(b);
      }
    }
    return kept;
  }

  /**
   * The rotated y-axis title, shortened to the height between {@code top} and {@code bottom}, and
   * centred on {@code centre} as far as that room allows.
   */
  private static Optional<Label> yTitle(String text, double centre, double top, double bottom) {
    String t = TextMetrics.fit(text, FONT, false, bottom - top);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    double w = textWidth(t, FONT);
    double c = Math.max(top + w / 2, Math.min(bottom - w / 2, centre));
    return Optional.of(new Label(Y_TITLE_X, c, t, FONT, Canvas.Anchor.MIDDLE, false, -90));
  }

  /** An x-axis title centred on {@code centre}, shortened to stay inside the chart. */
  private static Optional<Label> xTitle(String text, double centre, double baseline) {
    double room = 2 * Math.min(centre - GAP, WIDTH - GAP - centre);
    String t = TextMetrics.fit(text, FONT, false, room);
    return t.isEmpty()
        ? Optional.empty()
        : Optional.of(new Label(centre, baseline, t, FONT, Canvas.Anchor.MIDDLE, false, 0));
  }

  /** Where the x-axis title's baseline goes below an axis at y0 whose labels reach depth. */
  private static double xTitleBaseline(double y0, double depth) {
    return y0 + Math.max(60, depth + GAP + 1 + TextMetrics.ASCENT * FONT);
  }

  // ------------------------------------------------------------------ bar and line charts

  /** A legend entry: its swatch at (x, y - 10), its name from x + 16 on the baseline y. */
  private record Entry(double x, double y, String name) {}

  /**
   * The layout of a bar or line chart: plot, legend, ticks, value labels and x labels, computed
   * once for the chart's size and its drawing.
   */
  private record Frame(
      Plot plot,
      List<Entry> legend,
      List<Label> ticks,
      List<Optional<Label>> values,
      XLabels x,
      Optional<Label> xTitle,
      Optional<Label> yTitle,
      double total) {}

  private static Frame frame(Chart chart) {
    boolean bar = chart instanceof BarChart;
    List<String> labels = bar ? ((BarChart) chart).categories() : ((LineChart) chart).xLabels();
    List<Series> series = bar ? ((BarChart) chart).series() : ((LineChart) chart).series();
    String xTitle = bar ? ((BarChart) chart).xTitle() : ((LineChart) chart).xTitle();
    String yTitle = bar ? ((BarChart) chart).yTitle() : ((LineChart) chart).yTitle();
    boolean valueLabels = bar && ((BarChart) chart).valueLabels();
    double[] r = range(series, bar);
    double hi = r[1];
    Plot p;
    List<Entry> legend;
    List<Optional<Label>> values = List.of();
    double limit;
    int round = 0;
    while (true) {
      double[] ticks = ticks(r[0], hi);
      double widest = 0;
      for (double t : ticks) {
        widest = Math.max(widest, textWidth(Numbers.format(t), TICK_FONT));
      }
      // the tick labels end 6 px left of the axis and keep clear of the rotated y-axis title
      double yTitleRight = Y_TITLE_X + TextMetrics.DESCENT * FONT;
      double left = Math.max(72, Math.ceil(yTitleRight + GAP + 2 + widest + 6));
      legend = legend(series, left);
      double legendBottom =
          legend.isEmpty()
              ? titleBottom()
              : legend.get(legend.size() - 1).y() + TextMetrics.DESCENT * FONT;
      double top = legend.isEmpty() ? 46 : legendBottom + 11;
      double bottom = Math.max(BAR_HEIGHT - 70, top + 200);
      p = new Plot(left, top, WIDTH - left - 18, bottom - top, ticks);
      limit = legendBottom + GAP;
      if (!valueLabels) {
        break;
      }
      values = valueLabels((BarChart) chart, p);
      double highest = Double.POSITIVE_INFINITY;
      for (Optional<Label> v : values) {
        if (v.isPresent()) {
          highest = Math.min(highest, v.get().box().minY());
        }
      }
      if (highest >= limit || ++round > 40) {
        break;
      }
      hi += (hi - r[0]) * 0.15; // head room for the values above the highest bars
    }
    double cut = limit;
    values = values.stream().map(v -> v.filter(l -> l.box().minY() >= cut)).toList();
    List<Label> ticks = new ArrayList<>();
    for (double t : p.ticks()) {
      ticks.add(p.tick(t));
    }
    double step = p.width() / Math.max(1, labels.size());
    XLabels x = xLabels(labels, p.left(), step, p.bottom(), List.of(ticks.get(0).box()));
    double baseline = xTitleBaseline(p.bottom(), x.depth());
    return new Frame(
        p,
        legend,
        ticks,
        values,
        x,
        xTitle(xTitle, p.left() + p.width() / 2, baseline),
        yTitle(yTitle, p.top() + p.height() / 2, titleBottom() + GAP, p.bottom()),
        baseline + 10);
  }

  /**
   * Legend entries from {@code left}, wrapped onto further lines when they would leave the chart.
   */
  private static List<Entry> legend(List<Series> series, double left) {
    List<Entry> out = new ArrayList<>();
    if (series.size() < 2) {
      return out;
    }
    double x = left;
    double y = 48;
    for (Series s : series) {
      String name = TextMetrics.fit(s.name(), FONT, false, WIDTH - 12 - left - 16);
      double w = 16 + textWidth(name, FONT);
      if (x > left && x + w > WIDTH - 12) {
        x = left;
        y += 18;
      }
      out.add(new Entry(x, y, name));
      x += w + 14;
    }
    return out;
  }

  /** Where bar {@code s} of category {@code i} is drawn: x and width. */
  private static double[] barAt(Plot p, int n, int k, int i, int s) {
    double step = p.width() / Math.max(1, n);
    double group = step * 0.8;
    double w = group / k;
    return new double[] {p.left() + i * step + (step - group) / 2 + s * w, w};
  }

  /**
   * The value label of each bar (category-major), empty when none fits: level above the bar in the
   * largest font up to 11 px that fits the bar's width, else upright, else none.
   */
  private static List<Optional<Label>> valueLabels(BarChart b, Plot p) {
    int n = b.categories().size();
    int k = b.series().size();
    double zero = p.y(Math.max(0, p.ticks()[0]));
    List<Optional<Label>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < k; s++) {
        double v = b.series().get(s).value(i);
        if (Double.isNaN(v)) {
          out.add(Optional.empty());
          continue;
        }
        double[] at = barAt(p, n, k, i, s);
        double cx = at[0] + at[1] / 2;
        double base = Math.min(p.y(v), zero) - 3;
        String text = Numbers.format(v);
        double level = Math.min(11, (at[1] - 1) / TextMetrics.width(text, 1, false));
        double upright = Math.min(11, (at[1] - 1) / TextMetrics.height(1));
        if (level >= 7) {
          out.add(Optional.of(new Label(cx, base, text, level, Canvas.Anchor.MIDDLE, false, 0)));
        } else if (upright >= MIN_VALUE_FONT) {
          double shift = (TextMetrics.ASCENT - TextMetrics.DESCENT) / 2 * upright;
          out.add(
              Optional.of(
                  new Label(cx + shift, base, text, upright, Canvas.Anchor.START, false, -90)));
        } else {
          out.add(Optional.empty());
        }
      }
    }
    return out;
  }

  private static void axes(Canvas c, Frame f) {
    Plot p = f.plot();
    for (int t = 0; t < p.ticks().length; t++) {
      double y = p.y(p.ticks()[t]);
      c.line(p.left(), y, p.left() + p.width(), y, GRID, 1, false);
      f.ticks().get(t).draw(c, AXIS);
    }
    c.line(p.left(), p.bottom(), p.left() + p.width(), p.bottom(), AXIS, 1, false);
    c.line(p.left(), p.top(), p.left(), p.bottom(), AXIS, 1, false);
    f.x().labels().forEach(l -> l.draw(c, AXIS));
    f.xTitle().ifPresent(l -> l.draw(c, AXIS));
    f.yTitle().ifPresent(l -> l.draw(c, AXIS));
    for (int s = 0; s < f.legend().size(); s++) {
      Entry e = f.legend().get(s);
      c.rect(e.x(), e.y() - 10, 12, 12, Palette.series(s), Optional.empty(), Optional.empty());
      c.text(
          e.x() + 16,
          e.y(),
          e.name(),
          FONT,
          Color.BLACK,
          Canvas.Anchor.START,
          false,
          0,
          Optional.empty());
    }
  }

  private static void bars(BarChart b, Canvas c, Frame f) {
    axes(c, f);
    Plot p = f.plot();
    int n = b.categories().size();
    int k = b.series().size();
    double zero = p.y(Math.max(0, p.ticks()[0]));
    for (int i = 0; i < n; i++) {
      c.group(b.categories().get(i));
      for (int s = 0; s < k; s++) {
        Series series = b.series().get(s);
        double v = series.value(i);
        if (Double.isNaN(v)) {
          continue;
        }
        double[] at = barAt(p, n, k, i, s);
        double y = p.y(v);
        String tip =
            b.categories().get(i) + (k > 1 ? " · " + series.name() : "") + ": " + Numbers.format(v);
        c.rect(
            at[0],
            Math.min(y, zero),
            at[1],
            Math.abs(zero - y),
            Palette.series(s),
            Optional.empty(),
            Optional.of(tip));
        if (b.valueLabels()) {
          f.values().get(i * k + s).ifPresent(l -> l.draw(c, Color.BLACK));
        }
      }
      c.endGroup();
    }
  }

  private static void lines(LineChart l, Canvas c, Frame f) {
    axes(c, f);
    Plot p = f.plot();
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

  // ------------------------------------------------------------------ heat maps

  /** The layout of a heat map, computed once for its size and its drawing. */
  private record HeatFrame(
      double cell,
      double left,
      double top,
      List<Optional<Label>> rows,
      XLabels x,
      double scaleX,
      double scaleHeight,
      Label scaleMin,
      Label scaleMax,
      Optional<Label> xTitle,
      Optional<Label> yTitle,
      double total) {}

  private static HeatFrame heatFrame(HeatMap h) {
    int rows = h.yLabels().size();
    int cols = h.xLabels().size();
    double left = 70 + Math.min(MAX_ROW_LABEL, maxWidth(h.yLabels(), FONT));
    String min = Numbers.format(h.min());
    String max = Numbers.format(h.max());
    double scaleText = Math.max(textWidth(min, TICK_FONT), textWidth(max, TICK_FONT));
    // right of the grid: 16 px, the 14 px colour scale, 4 px, its labels and a margin
    double right = Math.max(90, 16 + 14 + 4 + scaleText + 8);
    double avail = WIDTH - left - right;
    double cell =
        Math.max(8, Math.min(48, Math.min(avail / Math.max(1, cols), 360.0 / Math.max(1, rows))));
    double top = 50;
    double bottom = top + rows * cell;
    // row labels: 12 px when a cell is that tall, smaller down to 7 px, then every k-th row
    double size = FONT;
    if (cell < TextMetrics.height(FONT) + GAP) {
      size = Math.max(7, (cell - GAP) / TextMetrics.height(1));
    }
    int every = (int) Math.ceil((TextMetrics.height(size) + GAP) / cell);
    List<Optional<Label>> rowLabels = new ArrayList<>();
    List<TextBox> obstacles = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      String text = TextMetrics.fit(h.yLabels().get(r), size, false, left - 70);
      if (r % every != 0 || text.isEmpty()) {
        rowLabels.add(Optional.empty());
        continue;
      }
      Label l =
          new Label(
              left - 6,
              top + r * cell + cell / 2 + TextMetrics.ASCENT * size / 2 - 1,
              text,
              size,
              Canvas.Anchor.END,
              false,
              0);
      rowLabels.add(Optional.of(l));
      if (r >= rows - every) {
        obstacles.add(l.box());
      }
    }
    double scaleX = left + cols * cell + 16;
    double scaleHeight =
        Math.min(200, Math.max(rows * cell, 2 * TextMetrics.height(TICK_FONT) + GAP + 2));
    Label scaleMin =
        new Label(scaleX + 18, top + scaleHeight, min, TICK_FONT, Canvas.Anchor.START, false, 0);
    Label scaleMax =
        new Label(scaleX + 18, top + 10, max, TICK_FONT, Canvas.Anchor.START, false, 0);
    obstacles.add(scaleMin.box());
    obstacles.add(scaleMax.box());
    XLabels x = xLabels(h.xLabels(), left, cell, bottom, obstacles);
    double baseline = xTitleBaseline(bottom, x.depth());
    double total = Math.max(baseline + 10, scaleMin.box().maxY() + 10);
    return new HeatFrame(
        cell,
        left,
        top,
        rowLabels,
        x,
        scaleX,
        scaleHeight,
        scaleMin,
        scaleMax,
        xTitle(h.xTitle(), left + cols * cell / 2, baseline),
        yTitle(h.yTitle(), top + rows * cell / 2, titleBottom() + GAP, bottom),
        total);
  }

  private static void heat(HeatMap h, Canvas c, HeatFrame f) {
    double cell = f.cell();
    double left = f.left();
    double top = f.top();
    int rows = h.yLabels().size();
    int cols = h.xLabels().size();
    for (int r = 0; r < rows; r++) {
      double y = top + r * cell;
      f.rows().get(r).ifPresent(l -> l.draw(c, AXIS));
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
          double size = Math.min(11, (cell - 2) / TextMetrics.width(label, 1, false));
          if (size >= MIN_VALUE_FONT) {
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
    }
    f.x().labels().forEach(l -> l.draw(c, AXIS));
    f.xTitle().ifPresent(l -> l.draw(c, AXIS));
    f.yTitle().ifPresent(l -> l.draw(c, AXIS));
    // colour scale: ten steps, low at the bottom
    double lx = f.scaleX();
    double lh = f.scaleHeight();
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
    f.scaleMin().draw(c, AXIS);
    f.scaleMax().draw(c, AXIS);
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

  // ------------------------------------------------------------------ tables

  private static void table(TableChart t, Canvas c) {
    DataTable d = t.data();
    int cols = d.header().size();
    double room = WIDTH - 24;
    double font = FONT;
    double[] w = columnWidths(d, font);
    double total = sum(w);
    if (total > room) {
      font = Math.max(9, FONT * room / total);
      w = columnWidths(d, font);
      total = sum(w);
    }
    double scale = total > room ? room / total : 1;
    double y = 44;
    for (int r = -1; r < d.rows().size(); r++) {
      double x = 12;
      if (r >= 0) {
        c.group(cols == 0 ? "" : d.rows().get(r).get(0));
      }
      for (int j = 0; j < cols; j++) {
        String full = r < 0 ? d.header().get(j) : display(d.rows().get(r).get(j));
        double cw = w[j] * scale;
        String text = TextMetrics.fit(full, font, r < 0, cw - 12);
        Color fill = r < 0 ? new Color(0xe8eef4) : (r % 2 == 0 ? Color.WHITE : new Color(0xf6f6f6));
        c.rect(
            x,
            y,
            cw,
            22,
            fill,
            Optional.of(GRID),
            Optional.of((r < 0 ? "column " : d.header().get(j) + ": ") + full));
        boolean number = r >= 0 && isNumber(d.rows().get(r).get(j));
        if (!text.isEmpty()) {
          c.text(
              number ? x + cw - 6 : x + 6,
              y + 15,
              text,
              font,
              Color.BLACK,
              number ? Canvas.Anchor.END : Canvas.Anchor.START,
              r < 0,
              0,
              Optional.empty());
        }
        x += cw;
      }
      if (r >= 0) {
        c.endGroup();
      }
      y += 22;
    }
  }

  /** Each column's width at {@code font}: its widest text (the header bold) plus 16 px. */
  private static double[] columnWidths(DataTable d, double font) {
    int cols = d.header().size();
    double[] w = new double[cols];
    for (int j = 0; j < cols; j++) {
      w[j] = TextMetrics.width(d.header().get(j), font, true) + 16;
      for (List<String> row : d.rows()) {
        w[j] = Math.max(w[j], TextMetrics.width(display(row.get(j)), font, false) + 16);
      }
    }
    return w;
  }

  private static double sum(double[] w) {
    double s = 0;
    for (double v : w) {
      s += v;
    }
    return s;
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
