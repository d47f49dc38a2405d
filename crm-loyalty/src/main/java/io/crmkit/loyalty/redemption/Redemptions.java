package io.crmkit.loyalty.redemption;

import io.crmkit.core.money.Money;
import io.crmkit.loyalty.ledger.CurrencyMismatchException;
import io.crmkit.loyalty.ledger.IdempotencyMismatchException;
import io.crmkit.loyalty.ledger.InsufficientPointsException;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.ledger.MoneyLimits;
import io.crmkit.loyalty.ledger.MoneyOutOfBoundsException;
import io.crmkit.loyalty.ledger.PointRate;
import io.crmkit.loyalty.ledger.Posting;
import io.crmkit.loyalty.ledger.RequestFingerprint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * Redeeming rewards and paying orders partly with points, on a {@link Ledger}.
 *
 * @since 0.1
 */
public final class Redemptions {

  private Redemptions() {}

  /**
   * Redeems reward {@code rewardId} of {@code catalogue} from {@code ledger} under {@code key}; a
   * retry returns the first posting, the same key for another reward is an {@link
   * IdempotencyMismatchException}.
   *
   * @throws IllegalArgumentException if the catalogue has no such reward
   * @throws InsufficientPointsException if the account has too few available points; nothing is
   *     deducted
   */
  public static Posting redeemReward(
      Ledger ledger, RewardCatalogue catalogue, String rewardId, String key, Instant at) {
    Objects.requireNonNull(ledger, "ledger must not be null");
    Objects.requireNonNull(catalogue, "catalogue must not be null");
    Reward reward =
        catalogue
            .reward(rewardId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "rewardId must be one of the catalogue's rewards but was: " + rewardId));
    long request =
        RequestFingerprint.of("redeemReward").and(reward.id()).and(reward.pointsCost()).value();
    return ledger.redeem(
        key,
        at,
        reward.pointsCost(),
        "reward " + reward.name() + " (" + reward.id() + ")",
        request);
  }

  /**
   * Pays up to {@code points} points towards {@code orderTotal} at {@code rate}, with the standard
   * {@link MoneyLimits}: see {@link #payWithPoints(Ledger, PointRate, Money, long, String, Instant,
   * MoneyLimits)}.
   */
  public static PartPayment payWithPoints(
      Ledger ledger, PointRate rate, Money orderTotal, long points, String key, Instant at) {
    return payWithPoints(ledger, rate, orderTotal, points, key, at, MoneyLimits.standard());
  }

  /**
   * Pays up to {@code points} points towards {@code orderTotal} at {@code rate}, in whole
   * <em>blocks</em>: the fewest points that are worth an exact whole number of minor units of the
   * currency (at 300 pts = 1.00 EUR a block is 3 points = 0.01 EUR; at 100 pts = 1.00 EUR, 1 point
   * = 0.01 EUR). It uses as many blocks as both the offered points and the order total allow, so
   * the points used are worth exactly the money they cover: no rounding, never a point taken for
   * nothing, never more covered than the order. The member pays the rest.
   *
   * <p>Idempotent under {@code key}: a retry with the same order, points and rate returns the
   * result of what was booked; another request under the same key is refused with {@link
   * IdempotencyMismatchException}.
   *
   * @throws IllegalArgumentException if {@code points} is not positive, the order total is not
   *     positive or is in another currency than the rate ({@link CurrencyMismatchException}), or
   *     the offered points or the order are worth less than one block
   * @throws MoneyOutOfBoundsException if the order total is outside {@code limits}
   * @throws InsufficientPointsException if the account has fewer available points than would be
   *     used; nothing is deducted, and a retry fails the same way
   */
  public static PartPayment payWithPoints(
      Ledger ledger,
      PointRate rate,
      Money orderTotal,
      long points,
      String key,
      Instant at,
      MoneyLimits limits) {
    Objects.requireNonNull(ledger, "ledger must not be null");
    Objects.requireNonNull(rate, "rate must not be null");
    Objects.requireNonNull(orderTotal, "orderTotal must not be null");
    Objects.requireNonNull(limits, "limits must not be null");
    if (points <= 0) {
      throw new IllegalArgumentException("points must be positive but was: " + points);
    }
    if (!orderTotal.isPositive()) {
      throw new IllegalArgumentException("orderTotal must be positive but was: " + orderTotal);
    }
    if (!orderTotal.currency().equals(rate.money().currency())) {
      throw new CurrencyMismatchException(
          "orderTotal " + orderTotal, rate.money().currency(), orderTotal.currency());
    }
    limits.check("orderTotal", orderTotal);
    Block block = Block.of(rate);
    int digits = Math.max(0, orderTotal.currency().getDefaultFractionDigits());
    BigInteger orderMinor =
        orderTotal.amount().movePointRight(digits).setScale(0, RoundingMode.FLOOR).toBigInteger();
    BigInteger blocks =
        orderMinor.divide(block.minor).min(BigInteger.valueOf(points).divide(block.points));
    if (blocks.signum() == 0) {
      throw new IllegalArgumentException(
          "points and orderTotal must be worth at least one block of "
              + block.points
              + " pts (= "
              + minor(block.minor, digits, orderTotal)
              + " at "
              + rate
              + ") but were: "
              + points
              + " pts for "
              + orderTotal);
    }
    long used = blocks.multiply(block.points).longValueExact(); // at most points
    long request =
        RequestFingerprint.of("payWithPoints")
            .and(orderTotal)
            .and(points)
            .and(rate.points())
            .and(rate.money())
            .value();
    Money covered = minor(blocks.multiply(block.minor), digits, orderTotal);
    Posting posting =
        ledger.redeem(
            key, at, used, "part payment of " + orderTotal + " (" + covered + ")", request);
    // a retry returns what the first request booked: the same request, so the same points and money
    return new PartPayment(-posting.points(), covered, orderTotal.minus(covered), posting);
  }

  private static Money minor(BigInteger units, int digits, Money like) {
    return Money.of(new BigDecimal(units, digits), like.currency());
  }

  /** The fewest points worth a whole number of minor units at a rate, and those minor units. */
  private record Block(BigInteger points, BigInteger minor) {

    static Block of(PointRate rate) {
      BigDecimal money = rate.money().amount();
      int digits = Math.max(0, rate.money().currency().getDefaultFractionDigits());
      // the rate's minor units as a fraction num / den: P points = num / den minor units
      BigInteger num = money.unscaledValue();
      BigInteger den = BigInteger.ONE;
      int shift = digits - money.scale();
      if (shift >= 0) {
        num = num.multiply(BigInteger.TEN.pow(shift));
      } else {
        den = BigInteger.TEN.pow(-shift);
      }
      BigInteger pointsDen = den.multiply(BigInteger.valueOf(rate.points()));
      BigInteger g = num.gcd(pointsDen);
      return new Block(pointsDen.divide(g), num.divide(g));
    }
  }
}
