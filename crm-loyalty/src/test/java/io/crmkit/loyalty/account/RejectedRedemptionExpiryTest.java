package io.crmkit.loyalty.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.ledger.Balance;
import io.crmkit.loyalty.ledger.EntryType;
import io.crmkit.loyalty.ledger.ExpiryPolicy;
import io.crmkit.loyalty.ledger.InsufficientPointsException;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.ledger.LedgerEntry;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.program.Program;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The case behind AccountProperties' one failure (#12): a redemption refused at the instant points
 * expire still books that expiry, so the ledger's latest entry is the expiry, not the last booked
 * operation; the entries sum to the balance as of the latest entry.
 */
class RejectedRedemptionExpiryTest {

  @Test
  void
      a_refused_redemption_at_an_expiry_books_the_expiry_and_the_entries_sum_to_the_balance_then() {
    LedgerPolicy policy =
        LedgerPolicy.simple(AccountTrustTest.PARIS).withExpiry(ExpiryPolicy.endOfMonthAfter(1));
    Program p = AccountTrustTest.program(policy);
    LoyaltyAccount a = LoyaltyAccount.open(CustomerId.of("ana"), policy);
    Instant november = Instant.parse("2024-11-20T08:00:00Z");
    a.purchase(p, Transaction.purchase("t0", "ana", november, Money.of("50.00", "EUR")));
    Instant endOfDecemberInParis = Instant.parse("2024-12-31T23:00:00Z");

    assertThatThrownBy(() -> a.ledger().redeem("x", endOfDecemberInParis, 1_000_000, "reward"))
        .isInstanceOf(InsufficientPointsException.class);

    Ledger l = a.ledger();
    LedgerEntry last = l.entries().get(l.entries().size() - 1);
    assertThat(last.type()).isEqualTo(EntryType.EXPIRE);
    assertThat(last.at()).isEqualTo(endOfDecemberInParis);
    Balance then = l.balanceAt(endOfDecemberInParis);
    assertThat(l.sumOfEntries()).isEqualTo(then.available() + then.pending()).isZero();
    Balance atPurchase = l.balanceAt(november);
    assertThat(atPurchase.available())
        .isEqualTo(50); // the last booked operation's balance is not the entries' sum
  }
}
