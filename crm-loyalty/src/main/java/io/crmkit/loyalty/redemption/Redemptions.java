package io.crmkit.loyalty.redemption;

import io.crmkit.core.money.Money;
import io.crmkit.loyalty.ledger.InsufficientPointsException;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.ledger.PointRate;
import io.crmkit.loyalty.ledger.Posting;
import java.time.Instant;
import java.util.Objects;

/** Redeeming rewards and paying orders partly with points, on a {@link Ledger}. */
public final class Redemptions {

  private Redemptions() {}

  /**
   * Redeems reward {@code rewardId} of {@code catalogue} from {@code ledger}.
   *
   * @throws IllegalArgumentException if the catalogue has no such reward
   * @throws InsufficientPointsException if the account has too few available points; nothing is deducted
   */
  public static Posting redeemReward(Ledger ledger, RewardCatalogue catalogue, String rewardId, String key,
      Instant at) {
    Objects.requireNonNull(ledger, "ledger must not be null");
    Objects.requireNonNull(catalogue, "catalogue must not be null");
    Reward reward = catalogue.reward(rewardId).orElseThrow(() -> new IllegalArgumentException(
        "rewardId must be one of the catalogue's rewards but was: " + rewardId));
    return ledger.redeem(key, at, reward.pointsCost(), "reward " + reward.name() + " (" + reward.id() + ")");
  }

  /**
   * Pays up to {@code points} points towards {@code orderTotal} at {@code rate}: never more points
   * than the order is worth (points for the order rounded with the rate's {@code toPoints} mode), and
   * the money covered never above the order total.
   *
   * @throws InsufficientPointsException if the account has fewer available points than would be used;
   *     nothing is deducted
   */
  public static PartPayment payWithPoints(Ledger ledger, PointRate rate, Money orderTotal, long points, String key,
      Instant at) {
    Objects.requireNonNull(ledger, "ledger must not be null");
    Objects.requireNonNull(rate, "rate must not be null");
    Objects.requireNonNull(orderTotal, "orderTotal must not be null");
    if (points <= 0) {
      throw new IllegalArgumentException("points must be positive but was: " + points);
    }
    if (!orderTotal.isPositive()) {
      throw new IllegalArgumentException("orderTotal must be positive but was: " + orderTotal);
    }
    long used = Math.min(points, rate.pointsFor(orderTotal));
    if (used <= 0) {
      throw new IllegalArgumentException("order " + orderTotal + " is worth less than one point at " + rate);
    }
    Money covered = rate.valueOf(used);
    if (covered.compareTo(orderTotal) > 0) {
      covered = orderTotal;
    }
    Posting posting = ledger.redeem(key, at, used, "part payment of " + orderTotal + " (" + covered + ")");
    return new PartPayment(used, covered, orderTotal.minus(covered), posting);
  }
}
