package io.crmkit.loyalty.account;

import static io.crmkit.loyalty.account.AccountTrustTest.ANA;
import static io.crmkit.loyalty.account.AccountTrustTest.SPEND_TIERS;
import static io.crmkit.loyalty.account.AccountTrustTest.buy;
import static io.crmkit.loyalty.account.AccountTrustTest.program;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.ledger.InsufficientPointsException;
import io.crmkit.loyalty.ledger.LedgerOperation;
import io.crmkit.loyalty.program.EarningRule;
import io.crmkit.loyalty.program.LoyaltyEventType;
import io.crmkit.loyalty.program.Program;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rebuilding an account from the operations it recorded (what crm-jdbc stores). */
class AccountRebuildTest {

  private static final Program P =
      program(EarningRule.eventBonus("survey", LoyaltyEventType.SURVEY, 40));

  @Test
  void an_account_rebuilt_from_its_operations_has_the_same_ledger_tier_counters_and_held_refunds() {
    LoyaltyAccount a =
        LoyaltyAccount.open(ANA, P.ledgerPolicy(), SPEND_TIERS).recordingOperations();
    a.setTags(Set.of("newsletter"));
    a.purchase(P, buy("t1", "2024-03-01T10:00:00Z", "1200.00")); // 1200 pts, upgrades to Gold
    a.refund(
        P,
        Transaction.refund(
            "r9",
            "ana",
            Instant.parse("2024-03-02T10:00:00Z"),
            Money.of("10.00", "EUR"),
            "t9")); // held: t9 has not arrived
    a.event(P, LoyaltyEventType.SURVEY, "survey-1", Instant.parse("2024-03-03T10:00:00Z"));
    a.ledger().redeem("coffee", Instant.parse("2024-03-04T10:00:00Z"), 150, "free coffee");
    assertThatThrownBy(
            () ->
                a.ledger()
                    .redeem("yacht", Instant.parse("2024-03-05T10:00:00Z"), 1_000_000, "yacht"))
        .isInstanceOf(InsufficientPointsException.class);

    List<AccountOperation> ops = a.operations(0);
    assertThat(ops).hasSize(6).first().isEqualTo(new AccountOperation.Tags(Set.of("newsletter")));
    assertThat(ops.get(4)).isInstanceOf(AccountOperation.OnLedger.class);
    assertThat(((AccountOperation.OnLedger) ops.get(5)).operation())
        .isInstanceOf(LedgerOperation.Redeem.class);

    LoyaltyAccount b = LoyaltyAccount.rebuild(ANA, P, SPEND_TIERS, ops);
    Instant now = Instant.parse("2024-03-06T00:00:00Z");
    assertThat(b.ledger().entries()).isEqualTo(a.ledger().entries());
    assertThat(b.ledger().balanceAt(now)).isEqualTo(a.ledger().balanceAt(now));
    assertThat(b.tierAt(now)).contains("Gold");
    assertThat(b.context(now)).isEqualTo(a.context(now));
    assertThat(b.pendingRefunds()).isEqualTo(a.pendingRefunds()).hasSize(1);
    assertThat(b.operations(0)).isEqualTo(ops);
    // the refusal is remembered, and a retry of the purchase is a retry
    assertThatThrownBy(() -> b.ledger().redeem("yacht", now, 1_000_000, "yacht"))
        .isInstanceOf(InsufficientPointsException.class);
    assertThat(b.purchaseFast(P, buy("t1", "2024-03-06T10:00:00Z", "1200.00"))).isFalse();
    // the held refund settles when its purchase arrives, as it would have on the first account
    b.purchase(P, buy("t9", "2024-03-07T10:00:00Z", "20.00"));
    assertThat(b.pendingRefunds()).isEmpty();
  }

  @Test
  void only_a_new_account_starts_recording_and_an_account_that_does_not_record_has_no_operations() {
    LoyaltyAccount a = LoyaltyAccount.open(ANA, P.ledgerPolicy(), SPEND_TIERS);
    assertThat(a.recordsOperations()).isFalse();
    assertThatThrownBy(() -> a.operations(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not record");
    a.purchase(P, buy("t1", "2024-03-01T10:00:00Z", "12.00"));
    assertThatThrownBy(a::recordingOperations)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must be new");
    assertThatThrownBy(() -> a.replay(List.of())).isInstanceOf(IllegalStateException.class);
  }
}
