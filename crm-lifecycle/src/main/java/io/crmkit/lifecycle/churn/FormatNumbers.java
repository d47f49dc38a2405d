package io.crmkit.lifecycle.churn;

/** Number formatting for names and reasons, independent of the default locale. */
final class FormatNumbers {

  private FormatNumbers() {}

  /**
   * Whole numbers without decimals ({@code 3}), others as {@link Double#toString} ({@code 2.5}).
   */
  static String compact(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
