package io.crmkit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Draws a {@link Chart} with Java2D into a PNG (the same layout as {@link SvgWriter}, without
 * tooltips). Works headless: it sets {@code java.awt.headless} when no display is configured.
 *
 * @since 0.1
 */
public final class PngWriter {

  private PngWriter() {}

  /** The chart as an image at {@code scale} pixels per SVG unit (1 or 2 for high-DPI). */
  public static BufferedImage image(Chart chart, double scale) {
    Objects.requireNonNull(chart, "chart must not be null");
    if (!(scale > 0) || scale > 8) {
      throw new IllegalArgumentException("scale must be in (0, 8] but was " + scale);
    }
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    double[] size = Layout.size(chart);
    BufferedImage img =
        new BufferedImage(
            (int) Math.ceil(size[0] * scale),
            (int) Math.ceil(size[1] * scale),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(scale, scale);
      Layout.draw(chart, new G2Canvas(g));
    } finally {
      g.dispose();
    }
    return img;
  }

  /** The chart as PNG bytes at 1 pixel per SVG unit. */
  public static byte[] png(Chart chart) {
    BufferedImage img = image(chart, 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(img, "png", out)) {
        throw new IllegalStateException("no PNG writer in this Java runtime");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode chart " + chart.title() + " as PNG", e);
    }
    return out.toByteArray();
  }

  private static final class G2Canvas implements Canvas {
    private final Graphics2D g;

    G2Canvas(Graphics2D g) {
      this.g = g;
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
      Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
      g.setColor(fill);
      g.fill(r);
      if (stroke.isPresent()) {
        g.setColor(stroke.get());
        g.setStroke(new BasicStroke(1f));
        g.draw(r);
      }
    }

    private void stroke(Color color, double width, boolean dashed) {
      g.setColor(color);
      g.setStroke(
          dashed
              ? new BasicStroke(
                  (float) width,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_ROUND,
                  10f,
                  new float[] {6f, 4f},
                  0f)
              : new BasicStroke((float) width));
    }

    @Override
    public void line(
        double x1, double y1, double x2, double y2, Color color, double width, boolean dashed) {
      stroke(color, width, dashed);
      g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color color, double width, boolean dashed) {
      if (xs.length < 2) {
        return;
      }
      Path2D.Double p = new Path2D.Double();
      p.moveTo(xs[0], ys[0]);
      for (int i = 1; i < xs.length; i++) {
        p.lineTo(xs[i], ys[i]);
      }
      stroke(color, width, dashed);
      g.draw(p);
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Optional<String> tooltip) {
      g.setColor(fill);
      g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void group(String key) {
      // a PNG has no groups
    }

    @Override
    public void endGroup() {
      // a PNG has no groups
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
      Font font =
          new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 12).deriveFont((float) size);
      g.setFont(font);
      double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
      // the layout measured the text in DejaVu Sans; a wider logical font is narrowed to that width
      double room = TextMetrics.width(text, size, bold);
      if (w > room && w > 0) {
        font = font.deriveFont(AffineTransform.getScaleInstance(room / w, 1));
        g.setFont(font);
        w = room;
      }
      g.setColor(color);
      double dx = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
      AffineTransform saved = g.getTransform();
      g.translate(x, y);
      if (rotateDegrees != 0) {
        g.rotate(Math.toRadians(rotateDegrees));
      }
      g.drawString(text, (float) dx, 0f);
      g.setTransform(saved);
    }
  }
}
