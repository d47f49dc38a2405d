package io.crmkit.report;

/**
 * The box a text occupies once drawn: its four corners (in pixels, y down), rotated with the text.
 * The box is the advance width of the text by the font's ascent plus descent.
 */
final class TextBox {

  private final String text;
  private final double[] xs;
  private final double[] ys;

  private TextBox(String text, double[] xs, double[] ys) {
    if (xs.length != 4 || ys.length != 4) {
      throw new IllegalArgumentException(
          "a text box has 4 corners but had " + xs.length + " and " + ys.length);
    }
    this.text = text;
    this.xs = xs.clone();
    this.ys = ys.clone();
  }

  /**
   * The box of {@code text} drawn at ({@code x}, {@code y}) (the baseline at y, anchored at x), in
   * a {@code size}-pixel font, rotated by {@code rotateDegrees} about (x, y) (clockwise, as SVG).
   */
  static TextBox of(
      double x,
      double y,
      String text,
      double size,
      Canvas.Anchor anchor,
      boolean bold,
      double rotateDegrees) {
    double w = TextMetrics.width(text, size, bold);
    double u0 =
        switch (anchor) {
          case START -> 0;
          case MIDDLE -> -w / 2;
          case END -> -w;
        };
    double v0 = -TextMetrics.ASCENT * size;
    double v1 = TextMetrics.DESCENT * size;
    double[] us = {u0, u0 + w, u0 + w, u0};
    double[] vs = {v0, v0, v1, v1};
    double a = Math.toRadians(rotateDegrees);
    double cos = Math.cos(a);
    double sin = Math.sin(a);
    double[] xs = new double[4];
    double[] ys = new double[4];
    for (int i = 0; i < 4; i++) {
      xs[i] = x + us[i] * cos - vs[i] * sin;
      ys[i] = y + us[i] * sin + vs[i] * cos;
    }
    return new TextBox(text, xs, ys);
  }

  /** An upright rectangle (x, y its top left corner). */
  static TextBox rect(double x, double y, double w, double h) {
    return new TextBox("", new double[] {x, x + w, x + w, x}, new double[] {y, y, y + h, y + h});
  }

  /** The text in the box (empty for a plain rectangle). */
  String text() {
    return text;
  }

  /** The x of the corners, in drawing order. */
  double[] xs() {
    return xs.clone();
  }

  /** The y of the corners, in drawing order. */
  double[] ys() {
    return ys.clone();
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

  /**
   * Whether the two boxes come closer than {@code gap} pixels (separating axis theorem on the edge
   * normals of both boxes: they are apart when, on one of the axes, their projections lie more than
   * {@code gap} apart).
   */
  boolean overlaps(TextBox o, double gap) {
    return !(separated(this, o, gap) || separated(o, this, gap));
  }

  private static boolean separated(TextBox a, TextBox b, double gap) {
    for (int i = 0; i < 2; i++) {
      double ex = a.xs[i + 1] - a.xs[i];
      double ey = a.ys[i + 1] - a.ys[i];
      double len = Math.hypot(ex, ey);
      if (len == 0) {
        continue;
      }
      double nx = -ey / len;
      double ny = ex / len;
      double aMin = Double.POSITIVE_INFINITY;
      double aMax = Double.NEGATIVE_INFINITY;
      double bMin = Double.POSITIVE_INFINITY;
      double bMax = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < 4; k++) {
        double pa = a.xs[k] * nx + a.ys[k] * ny;
        double pb = b.xs[k] * nx + b.ys[k] * ny;
        aMin = Math.min(aMin, pa);
        aMax = Math.max(aMax, pa);
        bMin = Math.min(bMin, pb);
        bMax = Math.max(bMax, pb);
      }
      if (bMin - aMax >= gap || aMin - bMax >= gap) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "TextBox[%s, x %.1f to %.1f, y %.1f to %.1f]",
        text,
        minX(),
        maxX(),
        minY(),
        maxY());
  }
}
