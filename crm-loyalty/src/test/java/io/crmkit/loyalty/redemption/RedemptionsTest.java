package io.crmkit.loyalty.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.loyalty.ledger.InsufficientPointsException;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.PointRate;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RedemptionsTest {

  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final RewardCatalogue CATALOGUE =
      RewardCatalogue.of(
          Reward.of("coffee", "Free coffee", 150), Reward.of("mug", "Club mug", 900));
  private static final PointRate RATE = PointRate.of(100, Money.of("1.00", "EUR"));

  private static Ledger ledgerWith(long points) {
    Ledger l = Ledger.create(LedgerPolicy.simple(ZoneId.of("Europe/Berlin")));
    l.earn("seed", T0, points, "welcome");
    return l;
  }

  @Test
  void redeeming_a_reward_deducts_its_cost_with_the_reward_as_reason() {
    Ledger l = ledgerWith(500);
    var p = Redemptions.redeemReward(l, CATALOGUE, "coffee", "r1", T0.plusSeconds(60));
    assertThat(p.points()).isEqualTo(-150);
    assertThat(p.entries().get(0).reason()).isEqualTo("reward Free coffee (coffee)");
    assertThat(l.balanceAt(T0.plusSeconds(61)).available()).isEqualTo(350);
  }

  @Test
  void insufficient_points_for_a_reward_is_a_clear_error_and_nothing_is_deducted() {
    Ledger l = ledgerWith(500);
    assertThatThrownBy(
            () -> Redemptions.redeemReward(l, CATALOGUE, "mug", "r1", T0.plusSeconds(60)))
        .isInstanceOf(InsufficientPointsException.class)
        .hasMessage(
            "redemption 'reward Club mug (mug)' (key r1) needs 900 points but only 500 are available;"
                + " nothing was deducted")
        .satisfies(
            e -> {
              assertThat(((InsufficientPointsException) e).requested()).isEqualTo(900);
              assertThat(((InsufficientPointsException) e).available()).isEqualTo(500);
            });
    assertThat(l.size()).isEqualTo(1);
    assertThat(l.balanceAt(T0.plusSeconds(61)).available()).isEqualTo(500);
  }

  @Test
  void unknown_rewards_are_refused() {
    assertThatThrownBy(() -> Redemptions.redeemReward(ledgerWith(5), CATALOGUE, "car", "r", T0))
        .hasMessage("rewardId must be one of the catalogue's rewards but was: car");
  }

  @Test
  void part_payment_uses_points_at_the_conversion_rate() {
    Ledger l = ledgerWith(1000);
    PartPayment p =
        Redemptions.payWithPoints(
            l, RATE, Money.of("25.40", "EUR"), 700, "pay1", T0.plusSeconds(60));
    assertThat(p.pointsUsed()).isEqualTo(700);
    assertThat(p.covered()).isEqualTo(Money.of("7.00", "EUR"));
    assertThat(p.pays()).isEqualTo(Money.of("18.40", "EUR"));
    assertThat(l.balanceAt(T0.plusSeconds(61)).available()).isEqualTo(300);
  }

  @Test
  void part_payment_never_uses_more_points_than_the_order_is_worth() {
    Ledger l = ledgerWith(1000);
    PartPayment p =
        Redemptions.payWithPoints(
            l, RATE, Money.of("4.567", "EUR"), 1000, "pay1", T0.plusSeconds(60));
    assertThat(p.pointsUsed()).isEqualTo(456);
    assertThat(p.covered()).isEqualTo(Money.of("4.56", "EUR"));
    assertThat(p.pays()).isEqualTo(Money.of("0.007", "EUR"));
  }

  @Test
  void part_payment_with_too_few_points_deducts_nothing() {
    Ledger l = ledgerWith(100);
    assertThatThrownBy(
            () -> Redemptions.payWithPoints(l, RATE, Money.of("25.00", "EUR"), 500, "pay1", T0))
        .isInstanceOf(InsufficientPointsException.class)
        .hasMessageContaining("needs 500 points but only 100");
    assertThat(l.balanceAt(T0).available()).isEqualTo(100);
  }

  @Test
  void catalogue_lists_affordable_rewards_and_refuses_duplicates() {
    assertThat(CATALOGUE.affordable(500)).extracting(Reward::id).containsExactly("coffee");
    assertThatThrownBy(() -> RewardCatalogue.of(Reward.of("a", "A", 1), Reward.of("a", "B", 2)))
        .hasMessageContaining("a appears twice");
  }
}
