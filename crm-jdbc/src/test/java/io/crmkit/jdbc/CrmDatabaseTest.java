package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.jdbc.testing.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CrmDatabaseTest {

  private static HikariDataSource db;

  @BeforeAll
  static void start() {
    EmbeddedPostgresServer pg = EmbeddedPostgresServer.get();
    db = pg.pool(pg.newDatabase("migrate"), 2);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  private static List<String> tables(String schema) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = db.getConnection();
        ResultSet r = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (r.next()) {
        out.add(r.getString("TABLE_NAME"));
      }
    }
    return out;
  }

  @Test
  void migrate_creates_every_table_in_the_default_schema_and_a_second_run_applies_nothing()
      throws Exception {
    assertThat(CrmDatabase.migrate(db)).isEqualTo(2);
    assertThat(tables("crm"))
        .contains(
            "customers",
            "transactions",
            "interactions",
            "transaction_rows",
            "lifecycles",
            "loyalty_accounts",
            "loyalty_entries",
            "loyalty_operations",
            "loyalty_account_operations");
    assertThat(CrmDatabase.migrate(db)).isZero();
  }

  @Test
  void the_schema_name_is_configurable_and_schemas_are_independent() throws Exception {
    CrmDatabase.migrate(db, DbSchema.of("tenant_a"));
    CrmDatabase.migrate(db, DbSchema.of("tenant_b"));
    assertThat(tables("tenant_a")).contains("customers", "loyalty_entries");
    assertThat(tables("tenant_b")).contains("customers", "loyalty_entries");
  }

  @Test
  void a_schema_name_that_is_not_a_plain_identifier_is_refused_with_its_value() {
    assertThatThrownBy(() -> DbSchema.of("crm; DROP TABLE x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema name must be a lower-case identifier")
        .hasMessageContaining("crm; DROP TABLE x");
    assertThatThrownBy(() -> DbSchema.of("Crm")).isInstanceOf(IllegalArgumentException.class);
  }
}
