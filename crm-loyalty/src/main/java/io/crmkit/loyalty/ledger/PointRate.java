package io.crmkit.loyalty.ledger;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The exchange between points and money: {@code points} whole points are worth {@code money} (e.g.
 * 100 points = 1.00 EUR). Each direction declares its rounding: {@code toMoney} rounds money to the
 * currency's fraction digits, {@code toPoints} rounds to whole points.
 *
 * @since 0.1
 */
public record PointRate(long points, Money money, RoundingMode toMoney, RoundingMode toPoints) {

  /** Checks the points and money are positive and the rounding modes are not null. */
  public PointRate {
    if (points <= 0) {
      throw new IllegalArgumentException(
          "points of a point rate must be positive but was: " + points);
    }
    Objects.requireNonNull(money, "money must not be null");
    Objects.requireNonNull(toMoney, "toMoney rounding must not be null");
    Objects.requireNonNull(toPoints, "toPoints rounding must not be null");
    if (!money.isPositive()) {
      throw new IllegalArgumentException(
          "money of a point rate must be positive but was: " + money);
    }
    MoneyLimits.WIDEST.check("money of a point rate", money);
  }

  /**
   * {@code points} points are worth {@code money}; money rounded HALF_EVEN, points rounded DOWN.
   */
  public static PointRate of(long points, Money money) {
    return new PointRate(points, money, RoundingMode.HALF_EVEN, RoundingMode.DOWN);
  }

  /** The money value of {@code count} points, rounded with {@code toMoney}. */
  public Money valueOf(long count) {
    int digits = Math.max(0, money.currency().getDefaultFractionDigits());
    // exact: one rounding of the rational money × count / points
    BigDecimal amount =
        money
            .amount()
            .multiply(BigDecimal.valueOf(count))
            .divide(BigDecimal.valueOf(points), digits, toMoney);
    return Money.of(amount, money.currency());
  }

  /** The points worth {@code amount} (same currency), rounded with {@code toPoints}. */
  public long pointsFor(Money amount) {
    Objects.requireNonNull(amount, "amount must not be null");
    if (!amount.currency().equals(money.currency())) {
      throw new IllegalArgumentException(
          "amount must be in " + money.currency() + " but was: " + amount);
    }
    MoneyLimits.WIDEST.check("amount converted to points", amount);
    BigDecimal p =
        amount.amount().multiply(BigDecimal.valueOf(points)).divide(money.amount(), 0, toPoints);
    if (p.unscaledValue().bitLength() > 63) {
      throw new PointsOverflowException(
          amount
              + " is worth "
              + p.toBigInteger()
              + " points at "
              + this
              + ", more than a long holds ("
              + Long.MAX_VALUE
              + ")");
    }
    return p.longValue();
  }

  @Override
  public String toString() {
    return points + " pts = " + money;
  }
}
