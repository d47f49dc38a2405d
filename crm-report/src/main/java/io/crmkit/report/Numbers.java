package io.crmkit.report;

import java.util.Locale;

/**
 * The one number format of the report, independent of the default locale: digits grouped by commas,
 * a point before decimals (Locale.ROOT); whole numbers without decimals, others with two
 * significant decimals below 10, one below 100 and none from 100 on.
 *
 * @since 0.1
 */
public final class Numbers {

  private Numbers() {}

  /** {@code v} in the report's format; NaN is "–" (no value). */
  public static String format(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "−∞";
    }
    double a = Math.abs(v);
    String s;
    if (v == Math.rint(v) && a < 1e15) {
      s = String.format(Locale.ROOT, "%,.0f", v);
    } else if (a >= 100) {
      s = String.format(Locale.ROOT, "%,.0f", v);
    } else if (a >= 10) {
      s = String.format(Locale.ROOT, "%,.1f", v);
    } else if (a >= 0.01 || a == 0) {
      s = String.format(Locale.ROOT, "%.2f", v);
    } else {
      s = String.format(Locale.ROOT, "%.2g", v);
    }
    return s.equals("-0") || s.equals("-0.00") ? s.substring(1) : s;
  }

  /** A share in [0, 1] as a percentage: "42.5%" (one decimal). */
  public static String percent(double share) {
    if (Double.isNaN(share)) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** A count: "1,234". */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A value for the CSV: plain digits without grouping (machine-readable), empty for NaN. */
  public static String plain(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
