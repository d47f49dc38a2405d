package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoyaltyTwoInstanceStressTest {

  @Test
  void two_pools_of_eight_threads_on_one_hundred_accounts_lose_and_double_no_point()
      throws Exception {
    LoyaltyStress.Result r = LoyaltyStress.run(Duration.ofSeconds(5), 2, 8, 100, 7);
    assertThat(r.operations()).as("the run did work: %s", r).isGreaterThan(50);
    assertThat(r.retries()).as("keys were retried").isPositive();
    assertThat(r.pointsStored()).as("points in the database: %s", r).isEqualTo(r.pointsExpected());
    assertThat(r.mismatchedAccounts())
        .as("accounts whose balance is not the sum of their postings")
        .isZero();
    assertThat(r.keysBookedTwice()).as("keys with more than one entry").isZero();
    assertThat(r.reconciliation().balanced()).as("%s", r.reconciliation()).isTrue();
    assertThat(r.reconciliation().accounts()).isBetween(1L, 100L);
  }
}
