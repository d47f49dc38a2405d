package io.crmkit.report;

import java.util.Objects;

/**
 * Text widths of the font the charts name ({@code DejaVu Sans}, regular and bold), measured glyph
 * by glyph, so that the layout places labels where a browser draws them and no two overlap. The
 * advance widths are DejaVu Sans 2.37's (2,048 units per em) for U+0020–U+007E, U+00A0–U+017F
 * (Latin-1 and Latin Extended-A, so Turkish, Polish or Czech names measure right), U+2010–U+2027
 * (dashes, quotes, bullet, ellipsis) and a few signs (€, −, ≤, ≥, arrows); any other character
 * counts 1 em. Kerning is left out (it moves a label by a fraction of a pixel); the browser test
 * checks the rendered boxes. Fonts that browsers substitute when DejaVu Sans is absent (Arial,
 * Helvetica, Liberation Sans) are narrower, so labels that fit here fit there too.
 *
 * <p>All lengths are in the units of the font size: pixels when the size is in pixels, as in the
 * SVG the charts are drawn as.
 *
 * @since 0.1
 */
public final class TextMetrics {

  /** Font units per em of DejaVu Sans. */
  private static final double UNITS = 2048;

  /** The ascent of DejaVu Sans (1,901 units): the height above the baseline, in em. */
  public static final double ASCENT = 1901 / UNITS;

  /** The descent of DejaVu Sans (483 units): the depth below the baseline, in em. */
  public static final double DESCENT = 483 / UNITS;

  private static final String ELLIPSIS = "\u2026";

  private static final short[] REGULAR_ASCII = {
    651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, 1303,
    1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048,
    1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235,
    1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024, 1024,
    1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253, 1300,
    1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716
  };
  private static final short[] REGULAR_LATIN = {
    651, 821, 1303, 1303, 1303, 1303, 690, 1024, 1024, 2048, 965, 1253, 1716, 739, 2048, 1024, 1024,
    1716, 821, 821, 1024, 1303, 1303, 651, 1024, 821, 965, 1253, 1985, 1985, 1985, 1087, 1401, 1401,
    1401, 1401, 1401, 1401, 1995, 1430, 1294, 1294, 1294, 1294, 604, 604, 604, 604, 1587, 1532,
    1612, 1612, 1612, 1612, 1612, 1716, 1612, 1499, 1499, 1499, 1499, 1251, 1239, 1290, 1255, 1255,
    1255, 1255, 1255, 1255, 2011, 1126, 1260, 1260, 1260, 1260, 569, 569, 569, 569, 1253, 1298,
    1253, 1253, 1253, 1253, 1253, 1716, 1253, 1298, 1298, 1298, 1298, 1212, 1300, 1212, 1401, 1255,
    1401, 1255, 1401, 1255, 1430, 1126, 1430, 1126, 1430, 1126, 1430, 1126, 1577, 1300, 1587, 1300,
    1294, 1260, 1294, 1260, 1294, 1260, 1294, 1260, 1294, 1260, 1587, 1300, 1587, 1300, 1587, 1300,
    1587, 1300, 1540, 1298, 1876, 1423, 604, 569, 604, 569, 604, 569, 604, 569, 604, 569, 1208,
    1138, 604, 569, 1343, 1186, 1186, 1141, 569, 1141, 569, 1141, 768, 1141, 700, 1151, 582, 1532,
    1298, 1532, 1298, 1532, 1298, 1666, 1532, 1298, 1612, 1253, 1612, 1253, 1612, 1253, 2191, 2095,
    1423, 842, 1423, 842, 1423, 842, 1300, 1067, 1300, 1067, 1300, 1067, 1300, 1067, 1251, 803,
    1251, 803, 1251, 803, 1499, 1298, 1499, 1298, 1499, 1298, 1499, 1298, 1499, 1298, 1499, 1298,
    2025, 1675, 1251, 1212, 1251, 1403, 1075, 1403, 1075, 1403, 1075, 721
  };
  private static final short[] REGULAR_PUNCTUATION = {
    739, 739, 1303, 1024, 2048, 2048, 1024, 1024, 651, 651, 651, 651, 1061, 1061, 1061, 1061, 1024,
    1024, 1208, 1208, 685, 1367, 2048, 651
  };
  private static final short[] BOLD_ASCII = {
    713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748, 1425,
    1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188, 2048,
    1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741, 1501,
    1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024, 1024,
    1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407, 1466,
    1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716
  };
  private static final short[] BOLD_LATIN = {
    713, 934, 1425, 1425, 1303, 1425, 748, 1024, 1024, 2048, 1155, 1323, 1716, 850, 2048, 1024,
    1024, 1716, 897, 897, 1024, 1507, 1303, 778, 1024, 897, 1155, 1323, 2120, 2120, 2120, 1188,
    1585, 1585, 1585, 1585, 1585, 1585, 2222, 1503, 1399, 1399, 1399, 1399, 762, 762, 762, 762,
    1716, 1714, 1741, 1741, 1741, 1741, 1741, 1716, 1741, 1663, 1663, 1663, 1663, 1483, 1511, 1473,
    1382, 1382, 1382, 1382, 1382, 1382, 2146, 1214, 1389, 1389, 1389, 1389, 702, 702, 702, 702,
    1407, 1458, 1407, 1407, 1407, 1407, 1407, 1716, 1407, 1458, 1458, 1458, 1458, 1335, 1466, 1335,
    1585, 1382, 1585, 1382, 1585, 1382, 1503, 1214, 1503, 1214, 1503, 1214, 1503, 1214, 1700, 1466,
    1716, 1466, 1399, 1389, 1399, 1389, 1399, 1389, 1399, 1389, 1399, 1389, 1681, 1466, 1681, 1466,
    1681, 1466, 1681, 1466, 1714, 1458, 1994, 1618, 762, 702, 762, 702, 762, 702, 762, 702, 762,
    702, 1524, 1404, 762, 702, 1587, 1362, 1362, 1305, 702, 1305, 702, 1305, 982, 1305, 1140, 1315,
    760, 1714, 1458, 1714, 1458, 1714, 1458, 2013, 1714, 1458, 1741, 1407, 1741, 1407, 1741, 1407,
    2390, 2241, 1577, 1010, 1577, 1010, 1577, 1010, 1475, 1219, 1475, 1219, 1475, 1219, 1475, 1219,
    1397, 979, 1397, 979, 1397, 979, 1663, 1458, 1663, 1458, 1663, 1458, 1663, 1458, 1663, 1458,
    1663, 1458, 2259, 1892, 1483, 1335, 1483, 1485, 1192, 1485, 1192, 1485, 1192, 891
  };
  private static final short[] BOLD_PUNCTUATION = {
    850, 850, 1425, 1024, 2048, 2048, 1024, 1024, 778, 778, 778, 778, 1346, 1346, 1346, 1346, 1024,
    1024, 1309, 1309, 682, 1366, 2048, 713
  };

  private TextMetrics() {}

  /**
   * The advance width of {@code text} drawn at {@code fontSize} (pixels), in pixels.
   *
   * @throws IllegalArgumentException when {@code fontSize} is not a positive finite number
   */
  public static double width(String text, double fontSize, boolean bold) {
    Objects.requireNonNull(text, "text must not be null");
    size(fontSize);
    long units = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      units += advance(cp, bold);
      i += Character.charCount(cp);
    }
    return units / UNITS * fontSize;
  }

  /** The height of a line of text at {@code fontSize} pixels (ascent plus descent), in pixels. */
  public static double height(double fontSize) {
    return (ASCENT + DESCENT) * size(fontSize);
  }

  /**
   * {@code text} as drawn in at most {@code maxWidth} pixels at {@code fontSize}: itself when it
   * fits, else its longest prefix that fits followed by an ellipsis (…), or the empty string when
   * not even the ellipsis fits.
   *
   * @throws IllegalArgumentException when {@code fontSize} is not a positive finite number or
   *     {@code maxWidth} is NaN
   */
  public static String fit(String text, double fontSize, boolean bold, double maxWidth) {
    Objects.requireNonNull(text, "text must not be null");
    size(fontSize);
    if (Double.isNaN(maxWidth)) {
      throw new IllegalArgumentException("maxWidth must be a number of pixels but was NaN");
    }
    if (width(text, fontSize, bold) <= maxWidth) {
      return text;
    }
    double room = maxWidth - width(ELLIPSIS, fontSize, bold);
    if (room < 0) {
      return "";
    }
    double used = 0;
    int end = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      double w = advance(cp, bold) / UNITS * fontSize;
      if (used + w > room) {
        break;
      }
      used += w;
      end += Character.charCount(cp);
    }
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  private static double size(double fontSize) {
    if (!(fontSize > 0) || !Double.isFinite(fontSize)) {
      throw new IllegalArgumentException(
          "fontSize must be a positive number of pixels but was " + fontSize);
    }
    return fontSize;
  }

  /** The advance of one code point, in font units. */
  static int advance(int cp, boolean bold) {
    if (cp >= 0x20 && cp <= 0x7e) {
      return (bold ? BOLD_ASCII : REGULAR_ASCII)[cp - 0x20];
    }
    if (cp >= 0xa0 && cp <= 0x17f) {
      return (bold ? BOLD_LATIN : REGULAR_LATIN)[cp - 0xa0];
    }
    if (cp >= 0x2010 && cp <= 0x2027) {
      return (bold ? BOLD_PUNCTUATION : REGULAR_PUNCTUATION)[cp - 0x2010];
    }
    return switch (cp) {
      case 0x20ac -> bold ? 1425 : 1303; // euro sign
      case 0x2212, 0x2264, 0x2265, 0x2190, 0x2191, 0x2192, 0x2193 -> 1716; // minus, ≤, ≥, arrows
      default -> (int) UNITS; // any other character: 1 em
    };
  }
}
