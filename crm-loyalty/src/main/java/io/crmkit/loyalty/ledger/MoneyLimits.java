package io.crmkit.loyalty.ledger;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Bounds on the money amounts a loyalty programme accepts at its edges (purchases and their lines,
 * refunds, orders paid with points, point rates): at most {@code maxScale} digits after the decimal
 * point (trailing zeros not counted) and at most {@code maxIntegerDigits} digits before it. Amounts
 * outside are refused with {@link MoneyOutOfBoundsException} before any arithmetic, so that an
 * amount like {@code 1e-99999999} cannot stall a division.
 *
 * <p>{@link #standard()} (12 decimals, 15 integer digits: below a thousand trillion units) is every
 * programme's default; {@link #WIDEST} (100 and 100) is what the ledger and point rates accept
 * whatever the configuration.
 *
 * @since 0.1
 */
public record MoneyLimits(int maxScale, int maxIntegerDigits) {

  /**
   * The widest limits that can be configured (and the ledger's own bound): 100 decimals, 100
   * integer digits.
   */
  public static final MoneyLimits WIDEST = new MoneyLimits(100, 100);

  private static final MoneyLimits STANDARD = new MoneyLimits(12, 15);

  /**
   * Checks the scale (digits after the decimal point) is in 0..100 and the integer digits in
   * 1..100.
   */
  public MoneyLimits {
    if (maxScale < 0 || maxScale > 100) {
      throw new IllegalArgumentException("maxScale must be between 0 and 100 but was: " + maxScale);
    }
    if (maxIntegerDigits < 1 || maxIntegerDigits > 100) {
      throw new IllegalArgumentException(
          "maxIntegerDigits must be between 1 and 100 but was: " + maxIntegerDigits);
    }
  }

  /** 12 decimals and 15 integer digits. */
  public static MoneyLimits standard() {
    return STANDARD;
  }

  /** At most {@code maxScale} decimals and {@code maxIntegerDigits} integer digits. */
  public static MoneyLimits of(int maxScale, int maxIntegerDigits) {
    return new MoneyLimits(maxScale, maxIntegerDigits);
  }

  /** Whether {@code v} is within these limits. */
  public boolean allows(BigDecimal v) {
    Objects.requireNonNull(v, "value must not be null");
    if (v.signum() == 0) {
      return true;
    }
    int scale = v.scale();
    int precision = v.precision();
    if (precision - scale > maxIntegerDigits) {
      return false;
    }
    if (scale <= maxScale) {
      return true;
    }
    // trailing zeros beyond maxScale are allowed, but only on a number short enough to strip
    // cheaply
    return precision <= maxScale + maxIntegerDigits + 100
        && v.stripTrailingZeros().scale() <= maxScale;
  }

  /**
   * Checks {@code v}, the value of {@code field}.
   *
   * @throws MoneyOutOfBoundsException if it is outside these limits
   */
  public BigDecimal check(String field, BigDecimal v) {
    if (!allows(v)) {
      throw new MoneyOutOfBoundsException(field, v, this);
    }
    return v;
  }

  /** Checks the amount of {@code v}, the value of {@code field}. */
  public Money check(String field, Money v) {
    Objects.requireNonNull(v, "value must not be null");
    check(field, v.amount());
    return v;
  }

  @Override
  public String toString() {
    return "at most " + maxIntegerDigits + " integer digits and " + maxScale + " decimals";
  }
}
