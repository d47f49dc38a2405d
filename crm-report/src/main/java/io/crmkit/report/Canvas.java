package io.crmkit.report;

import java.awt.Color;
import java.util.Optional;

/** What the layout draws on: the SVG writer and the Java2D renderer implement it alike. */
interface Canvas {

  /** Text anchors. */
  enum Anchor {
    START,
    MIDDLE,
    END
  }

  void rect(
      double x,
      double y,
      double w,
      double h,
      Color fill,
      Optional<Color> stroke,
      Optional<String> tooltip);

  void line(double x1, double y1, double x2, double y2, Color color, double width, boolean dashed);

  void polyline(double[] xs, double[] ys, Color color, double width, boolean dashed);

  void circle(double cx, double cy, double r, Color fill, Optional<String> tooltip);

  /**
   * Starts a group of marks that belong to {@code key} (a category or a table row's first cell), so
   * that a page can show or hide them together; ends with {@link #endGroup()}.
   */
  void group(String key);

  /** Ends the group that {@link #group(String)} started. */
  void endGroup();

  void text(
      double x,
      double y,
      String text,
      double size,
      Color color,
      Anchor anchor,
      boolean bold,
      double rotateDegrees,
      Optional<String> tooltip);
}
