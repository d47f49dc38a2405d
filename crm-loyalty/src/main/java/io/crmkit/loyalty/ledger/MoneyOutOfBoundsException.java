package io.crmkit.loyalty.ledger;

import java.math.BigDecimal;

/**
 * A money amount is outside the configured {@link MoneyLimits} (too many decimals or integer
 * digits); nothing was computed or booked. The message names the field, shows the value (an
 * excerpt, in scientific notation for extreme exponents) and the limits.
 *
 * @since 0.1
 */
public final class MoneyOutOfBoundsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  MoneyOutOfBoundsException(String field, BigDecimal value, MoneyLimits limits) {
    super(
        field
            + " must have "
            + limits
            + " but was: "
            + excerpt(value)
            + " ("
            + value.precision()
            + " significant digits, scale "
            + value.scale()
            + ")");
  }

  private static String excerpt(BigDecimal v) {
    String s = v.toString(); // scientific notation for extreme exponents: short
    return s.length() <= 40 ? s : s.substring(0, 40) + "… (" + v.precision() + " digits)";
  }
}
