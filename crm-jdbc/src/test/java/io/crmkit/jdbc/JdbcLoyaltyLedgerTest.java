package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.jdbc.testing.EmbeddedPostgresServer;
import io.crmkit.jdbc.testing.TestDatabase;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.ledger.InsufficientPointsException;
import io.crmkit.loyalty.ledger.LedgerEntry;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.PointRate;
import io.crmkit.loyalty.ledger.Posting;
import io.crmkit.loyalty.program.EarningRule;
import io.crmkit.loyalty.program.LoyaltyEventType;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.tier.QualificationMetric;
import io.crmkit.loyalty.tier.QualificationWindow;
import io.crmkit.loyalty.tier.Tier;
import io.crmkit.loyalty.tier.TierBenefits;
import io.crmkit.loyalty.tier.TierProgram;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcLoyaltyLedgerTest {

  private static final LedgerPolicy POLICY = LedgerPolicy.simple(ZoneId.of("Europe/Madrid"));
  private static final Instant T0 = Instant.parse("2024-02-29T12:00:00Z");
  private static final CustomerId ANA = CustomerId.of("ana");
  private static HikariDataSource secondPool;

  @BeforeAll
  static void secondInstance() {
    secondPool = EmbeddedPostgresServer.get().pool(TestDatabase.databaseName(), 4);
  }

  @AfterAll
  static void close() {
    secondPool.close();
  }

  private static LoyaltyAccount open(CustomerId id) {
    return LoyaltyAccount.open(id, POLICY);
  }

  private static JdbcLoyaltyAccountRepository repository(DbSchema schema) {
    return JdbcLoyaltyAccountRepository.of(
        TestDatabase.pool(), schema, JdbcLoyaltyLedgerTest::open);
  }

  private static long scalar(DbSchema schema, String sql) throws SQLException {
    try (Connection c = TestDatabase.pool().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql.replace("$s", schema.name()))) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void ledger_rows_refuse_update_delete_and_truncate() {
    DbSchema schema = TestDatabase.newSchema("append_only");
    JdbcLoyaltyAccountRepository repo = repository(schema);
    repo.update(ANA, a -> a.ledger().earn("k1", T0, 40, "welcome"));
    for (String sql :
        List.of(
            "UPDATE $s.loyalty_entries SET points = 4000",
            "DELETE FROM $s.loyalty_entries",
            "TRUNCATE $s.loyalty_entries",
            "DELETE FROM $s.loyalty_operations",
            "UPDATE $s.loyalty_account_operations SET points = 4000",
            "TRUNCATE $s.loyalty_account_operations")) {
      assertThatThrownBy(
              () -> {
                try (Connection c = TestDatabase.pool().getConnection();
                    Statement s = c.createStatement()) {
                  s.execute(sql.replace("$s", schema.name()));
                }
              })
          .as(sql)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("the loyalty ledger is append-only");
    }
    assertThat(repo.read(ANA, a -> a.ledger().balanceAt(T0).available())).contains(40L);
  }

  @Test
  void another_instance_rebuilds_the_account_from_its_operation_rows() throws SQLException {
    DbSchema schema = TestDatabase.newSchema("rebuild");
    TierProgram tiers =
        new TierProgram(
            List.of(
                Tier.of("Blue", "0", TierBenefits.none()),
                Tier.of("Gold", "100.00", TierBenefits.of("2", "0", Set.of()))),
            QualificationMetric.SPEND,
            QualificationWindow.calendarYear(),
            MonthDay.of(1, 1),
            Period.ZERO,
            true,
            Currency.getInstance("EUR"),
            POLICY.zone());
    Program program =
        Program.of(
            "club",
            Currency.getInstance("EUR"),
            List.of(
                EarningRule.pointsPerSpend("base", "1", "1.00", RoundingMode.DOWN),
                EarningRule.eventBonus("survey", LoyaltyEventType.SURVEY, 30)),
            POLICY,
            PointRate.of(100, Money.of("1.00", "EUR")));
    Function<CustomerId, LoyaltyAccount> opener = id -> LoyaltyAccount.open(id, POLICY, tiers);
    JdbcLoyaltyAccountRepository first =
        JdbcLoyaltyAccountRepository.of(TestDatabase.pool(), schema, opener);
    JdbcLoyaltyAccountRepository second =
        JdbcLoyaltyAccountRepository.of(secondPool, schema, opener);
    first.update(
        ANA,
        a -> a.purchase(program, Transaction.purchase("t1", "ana", T0, Money.of("120.00", "EUR"))));
    first.update(
        ANA,
        a ->
            a.refund(
                program,
                Transaction.refund(
                    "f2",
                    "ana",
                    T0.plusSeconds(60),
                    Money.of("5.00", "EUR"),
                    "t2"))); // held: t2 has not arrived
    first.update(
        ANA, a -> a.event(program, LoyaltyEventType.SURVEY, "survey-1", T0.plusSeconds(120)));
    first.update(ANA, a -> a.ledger().redeem("coffee", T0.plusSeconds(180), 50, "coffee"));
    Instant now = T0.plusSeconds(240);
    LoyaltyAccount expected = first.read(ANA, a -> a).orElseThrow();
    LoyaltyAccount rebuilt = second.read(ANA, a -> a).orElseThrow();
    assertThat(rebuilt.ledger().entries()).isEqualTo(expected.ledger().entries());
    assertThat(rebuilt.ledger().balanceAt(now).available()).isEqualTo(120 + 30 - 50);
    assertThat(rebuilt.tierAt(now)).contains("Gold");
    assertThat(rebuilt.visits()).isEqualTo(1);
    assertThat(rebuilt.pendingRefunds()).hasSize(1);
    assertThat(scalar(schema, "SELECT count(*) FROM $s.loyalty_account_operations")).isEqualTo(4);
    // the second instance continues where the first stopped: the held refund settles with its
    // purchase
    second.update(
        ANA,
        a -> a.purchase(program, Transaction.purchase("t2", "ana", now, Money.of("10.00", "EUR"))));
    assertThat(first.read(ANA, LoyaltyAccount::pendingRefunds)).contains(List.of());
    assertThat(first.reconcile().balanced()).isTrue();
  }

  @Test
  void a_key_retried_through_a_second_pool_applies_once() throws SQLException {
    DbSchema schema = TestDatabase.newSchema("two_pools");
    JdbcLoyaltyAccountRepository first = repository(schema);
    JdbcLoyaltyAccountRepository second =
        JdbcLoyaltyAccountRepository.of(secondPool, schema, JdbcLoyaltyLedgerTest::open);
    Posting p1 = first.update(ANA, a -> a.ledger().earn("order-7", T0, 25, "order 7"));
    Posting p2 = second.update(ANA, a -> a.ledger().earn("order-7", T0, 25, "order 7"));
    assertThat(p2).isEqualTo(p1);
    assertThat(second.read(ANA, a -> a.ledger().balanceAt(T0).available())).contains(25L);
    assertThat(scalar(schema, "SELECT count(*) FROM $s.loyalty_entries")).isEqualTo(1);
    assertThat(
            scalar(
                schema,
                "SELECT count(*) FROM $s.loyalty_operations WHERE idempotency_key = 'order-7'"))
        .isEqualTo(1);
  }

  @Test
  void a_refusal_is_stored_so_a_late_retry_through_another_pool_is_refused_again()
      throws SQLException {
    DbSchema schema = TestDatabase.newSchema("refused_retry");
    JdbcLoyaltyAccountRepository first = repository(schema);
    JdbcLoyaltyAccountRepository second =
        JdbcLoyaltyAccountRepository.of(secondPool, schema, JdbcLoyaltyLedgerTest::open);
    first.update(ANA, a -> a.ledger().earn("k1", T0, 10, "welcome"));
    assertThatThrownBy(() -> first.update(ANA, a -> a.ledger().redeem("r1", T0, 15, "coffee")))
        .isInstanceOf(InsufficientPointsException.class);
    first.update(ANA, a -> a.ledger().earn("k2", T0.plusSeconds(60), 100, "bonus"));
    // the second instance has no cached account: it rebuilds it from the rows, refusal included
    assertThatThrownBy(() -> second.update(ANA, a -> a.ledger().redeem("r1", T0, 15, "coffee")))
        .isInstanceOf(InsufficientPointsException.class)
        .hasMessageContaining("retry of a rejected request");
    assertThat(second.read(ANA, a -> a.ledger().balanceAt(T0.plusSeconds(60)).available()))
        .contains(110L);
    assertThat(scalar(schema, "SELECT count(*) FROM $s.loyalty_entries")).isEqualTo(2);
    assertThat(first.reconcile().balanced()).isTrue();
  }

  @Test
  void a_connection_killed_before_commit_leaves_nothing_written_and_the_retry_applies_once()
      throws SQLException {
    DbSchema schema = TestDatabase.newSchema("killed");
    JdbcLoyaltyAccountRepository repo = repository(schema);
    repo.update(ANA, a -> a.ledger().earn("k1", T0, 40, "welcome"));
    long versionBefore = scalar(schema, "SELECT version FROM $s.loyalty_accounts");
    JdbcLoyaltyAccountRepository killed =
        repo.withBeforeCommit(
            c -> {
              // the entries, the key and the account row are written but not committed: kill this
              // backend now
              int pid;
              try (Statement s = c.createStatement();
                  ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                pid = r.getInt(1);
              }
              try (Connection other = secondPool.getConnection();
                  Statement s = other.createStatement()) {
                s.execute("SELECT pg_terminate_backend(" + pid + ")");
              }
            });
    assertThatThrownBy(() -> killed.update(ANA, a -> a.ledger().redeem("r1", T0, 15, "coffee")))
        .isInstanceOf(CrmDatabaseException.class);
    assertThat(scalar(schema, "SELECT count(*) FROM $s.loyalty_entries")).isEqualTo(1);
    assertThat(scalar(schema, "SELECT count(*) FROM $s.loyalty_operations")).isEqualTo(1);
    assertThat(scalar(schema, "SELECT version FROM $s.loyalty_accounts")).isEqualTo(versionBefore);
    assertThat(repo.read(ANA, a -> a.ledger().balanceAt(T0).available())).contains(40L);
    assertThat(repo.reconcile().balanced()).isTrue();

    repo.update(ANA, a -> a.ledger().redeem("r1", T0, 15, "coffee"));
    repo.update(ANA, a -> a.ledger().redeem("r1", T0, 15, "coffee"));
    assertThat(repo.read(ANA, a -> a.ledger().balanceAt(T0).available())).contains(25L);
    assertThat(repo.read(ANA, a -> a.ledger().entries()).orElseThrow())
        .extracting(LedgerEntry::idempotencyKey)
        .containsExactly("k1", "r1");
  }

  @Test
  void reconciliation_finds_an_account_whose_balance_is_not_the_sum_of_its_rows()
      throws SQLException {
    DbSchema schema = TestDatabase.newSchema("reconcile");
    JdbcLoyaltyAccountRepository repo = repository(schema);
    repo.update(ANA, a -> a.ledger().earn("k1", T0, 40, "welcome"));
    repo.update(CustomerId.of("ben"), a -> a.ledger().earn("k1", T0, 10, "welcome"));
    assertThat(repo.reconcile().balanced()).isTrue();
    assertThat(repo.reconcile().accounts()).isEqualTo(2);
    try (Connection c = TestDatabase.pool().getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE "
              + schema.name()
              + ".loyalty_accounts SET points_sum = 41 WHERE customer_id = 'ana'");
    }
    LedgerReconciliation r = repo.reconcile();
    assertThat(r.balanced()).isFalse();
    assertThat(r.mismatches())
        .containsExactly(new LedgerReconciliation.Mismatch("ana", 41, 40, 1, 1));
  }

  @Test
  void a_failed_operation_writes_nothing() throws SQLException {
    DbSchema schema = TestDatabase.newSchema("failed_op");
    JdbcLoyaltyAccountRepository repo = repository(schema);
    repo.update(ANA, a -> a.ledger().earn("k1", T0, 40, "welcome"));
    assertThatThrownBy(
            () ->
                repo.update(
                    ANA,
                    a -> {
                      a.ledger().earn("k2", T0, 5, "bonus");
                      throw new IllegalStateException("the caller's own failure after an earn");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the caller's own failure after an earn");
    assertThat(scalar(schema, "SELECT count(*) FROM $s.loyalty_entries")).isEqualTo(1);
    assertThat(repo.read(ANA, a -> a.ledger().balanceAt(T0).available())).contains(40L);
  }

  @Test
  void hostile_keys_are_stored_verbatim_and_a_nul_or_an_oversized_key_is_refused_by_name()
      throws SQLException {
    DbSchema schema = TestDatabase.newSchema("hostile_keys");
    JdbcLoyaltyAccountRepository repo = repository(schema);
    String hostile = "o'brien\"; DROP TABLE " + schema.name() + ".loyalty_entries; --";
    repo.update(CustomerId.of(hostile), a -> a.ledger().earn(hostile, T0, 7, hostile));
    assertThat(repo.read(CustomerId.of(hostile), a -> a.ledger().entries().get(0).reason()))
        .contains(hostile);
    assertThat(scalar(schema, "SELECT count(*) FROM $s.loyalty_entries")).isEqualTo(1);
    assertThatThrownBy(() -> repo.update(ANA, a -> a.ledger().earn("nul\0key", T0, 7, "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idempotency key must not contain a NUL character");
    String huge = "k".repeat(1 << 20);
    assertThatThrownBy(() -> repo.update(ANA, a -> a.ledger().earn(huge, T0, 7, "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "idempotency key must be at most 500 characters but was 1048576 characters");
    assertThat(scalar(schema, "SELECT count(*) FROM $s.loyalty_entries")).isEqualTo(1);
  }
}
