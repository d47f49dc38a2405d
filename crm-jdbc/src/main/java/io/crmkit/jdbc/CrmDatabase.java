package io.crmkit.jdbc;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades crmkit's tables. The schema ships in this jar as Flyway migrations ({@code
 * io/crmkit/jdbc/migration/V*__*.sql}); {@link #migrate(DataSource)} applies the missing ones to
 * schema {@code crm}, {@link #migrate(DataSource, DbSchema)} to any other, creating the schema when
 * it does not exist. Flyway records what it applied in {@code <schema>.flyway_schema_history}, so
 * migrating twice changes nothing the second time.
 *
 * @since 0.1
 */
public final class CrmDatabase {

  private static final String LOCATION = "classpath:io/crmkit/jdbc/migration";

  private CrmDatabase() {}

  /** Applies the missing migrations to schema {@code crm}; returns how many were applied. */
  public static int migrate(DataSource dataSource) {
    return migrate(dataSource, DbSchema.DEFAULT);
  }

  /** Applies the missing migrations to {@code schema}; returns how many were applied. */
  public static int migrate(DataSource dataSource, DbSchema schema) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    Objects.requireNonNull(schema, "schema must not be null");
    MigrateResult result =
        Flyway.configure(CrmDatabase.class.getClassLoader())
            .dataSource(dataSource)
            .schemas(schema.name())
            .createSchemas(true)
            .locations(LOCATION)
            .load()
            .migrate();
    return result.migrationsExecuted;
  }
}
