package io.crmkit.loyalty.tier;

import java.math.BigDecimal;

/**
 * A tier's qualifying value (points, visits, or spend in minor units of the tier programme's
 * currency) would leave the range of a {@code long}; nothing was recorded.
 *
 * @since 0.1
 */
public final class QualificationOverflowException extends ArithmeticException {

  private static final long serialVersionUID = 1L;

  QualificationOverflowException(QualificationMetric metric, long sum, long value) {
    super(
        "qualifying "
            + metric
            + " of the tier window must stay within the range of a long (±"
            + Long.MAX_VALUE
            + " units) but "
            + sum
            + " + "
            + value
            + " leaves it");
  }

  QualificationOverflowException(BigDecimal spend) {
    super(
        "qualifying spend must be at most "
            + Long.MAX_VALUE
            + " minor units of the tier currency but was: "
            + bounded(spend));
  }

  private static String bounded(BigDecimal v) {
    String s = v.toString(); // scientific notation for extreme exponents: short
    return s.length() <= 40 ? s : s.substring(0, 40) + "… (" + v.precision() + " digits)";
  }
}
