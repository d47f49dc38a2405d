package io.crmkit.loyalty.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.loyalty.ledger.LedgerPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * LoyaltyAccount.recordQualifyingValue: tier activity that no purchase of the account brought (a
 * merge).
 */
class QualifyingValueTest {

  @Test
  void a_merged_qualifying_value_upgrades_at_once_and_its_negative_takes_the_value_back() {
    LoyaltyAccount a = AccountTrustTest.account(AccountTrustTest.program());
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    a.purchase(
        AccountTrustTest.program(), AccountTrustTest.buy("p1", "2026-02-01T10:00:00Z", "400.00"));
    assertThat(a.tierAt(at)).contains("Blue");
    a.recordQualifyingValue(at, new BigDecimal("700.00"));
    assertThat(a.tierAt(at)).contains("Gold");
    assertThat(a.tierTracker().orElseThrow().qualifyingValue(at)).isEqualByComparingTo("1100.00");
    assertThat(a.ledger().size()).as("no point booked").isEqualTo(1);
    a.recordQualifyingValue(at.plusSeconds(1), new BigDecimal("-700.00"));
    assertThat(a.tierTracker().orElseThrow().qualifyingValue(at.plusSeconds(1)))
        .isEqualByComparingTo("400.00");
  }

  @Test
  void an_account_without_activity_gets_a_tracker_and_one_without_tiers_ignores_the_value() {
    LoyaltyAccount a = AccountTrustTest.account(AccountTrustTest.program());
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    assertThat(a.tierTracker()).isEmpty();
    a.recordQualifyingValue(at, new BigDecimal("1000.00"));
    assertThat(a.tierAt(at)).contains("Gold");
    LoyaltyAccount none =
        LoyaltyAccount.open(AccountTrustTest.ANA, LedgerPolicy.simple(AccountTrustTest.PARIS));
    none.recordQualifyingValue(at, BigDecimal.TEN);
    assertThat(none.tierAt(at)).isEmpty();
    assertThatThrownBy(() -> a.recordQualifyingValue(at.minusSeconds(60), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
