package io.crmkit.report;

import java.awt.Color;
import java.util.List;

/**
 * Colour-blind-safe colours: the Okabe–Ito qualitative palette for series (distinct under
 * protanopia, deuteranopia and tritanopia) and the viridis sequential scale for heat maps
 * (perceptually uniform, readable in grey), with the WCAG 2 contrast ratio used to pick black or
 * white text on any background.
 *
 * @since 0.1
 */
public final class Palette {

  /**
   * The Okabe–Ito colours in series order: blue, orange, bluish green, vermillion, reddish purple,
   * sky blue, yellow, black.
   */
  public static final List<Color> OKABE_ITO =
      List.of(
          new Color(0x0072B2),
          new Color(0xE69F00),
          new Color(0x009E73),
          new Color(0xD55E00),
          new Color(0xCC79A7),
          new Color(0x56B4E9),
          new Color(0xF0E442),
          new Color(0x000000));

  /** viridis at 0, 0.1, …, 1 (matplotlib's colour map). */
  private static final int[] VIRIDIS = {
    0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884, 0x44BF70, 0x7AD151,
    0xBDDF26, 0xFDE725
  };

  private Palette() {}

  /** The colour of series {@code i} (cycling through {@link #OKABE_ITO}). */
  public static Color series(int i) {
    return OKABE_ITO.get(Math.floorMod(i, OKABE_ITO.size()));
  }

  /** viridis at {@code t} in [0, 1] (clamped), interpolated linearly in sRGB between stops. */
  public static Color viridis(double t) {
    double p = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
    int i = Math.min((int) Math.floor(p), VIRIDIS.length - 2);
    double f = p - i;
    Color a = new Color(VIRIDIS[i]);
    Color b = new Color(VIRIDIS[i + 1]);
    return new Color(
        (int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
        (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
        (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
  }

  /** WCAG 2 relative luminance of a colour, in [0, 1]. */
  public static double relativeLuminance(Color c) {
    return 0.2126 * linear(c.getRed())
        + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue());
  }

  private static double linear(int channel) {
    double s = channel / 255.0;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }

  /** WCAG 2 contrast ratio of two colours, in [1, 21]. */
  public static double contrast(Color a, Color b) {
    double la = relativeLuminance(a);
    double lb = relativeLuminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** Black or white, whichever contrasts more with {@code background}. */
  public static Color textOn(Color background) {
    return contrast(Color.BLACK, background) >= contrast(Color.WHITE, background)
        ? Color.BLACK
        : Color.WHITE;
  }

  /** A colour as "#rrggbb". */
  public static String hex(Color c) {
    return String.format(
        java.util.Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }
}
