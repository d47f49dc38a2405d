package io.crmkit.jdbc.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.jdbc.CrmDatabase;
import io.crmkit.jdbc.DbSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database of this test JVM on the {@link EmbeddedPostgresServer}: one pool shared by every
 * test class, and a freshly migrated schema for each caller of {@link #newSchema}.
 */
public final class TestDatabase {

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static volatile HikariDataSource pool;

  private TestDatabase() {}

  /** The shared pool (16 connections) of the JVM's test database. */
  public static synchronized HikariDataSource pool() {
    if (pool == null) {
      EmbeddedPostgresServer pg = EmbeddedPostgresServer.get();
      pool = pg.pool(pg.newDatabase("crmkit_test"), 16);
    }
    return pool;
  }

  /** The name of the JVM's test database. */
  public static String databaseName() {
    String url = pool().getJdbcUrl();
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /** A new schema named {@code prefix_N}, migrated. */
  public static DbSchema newSchema(String prefix) {
    DbSchema schema = DbSchema.of(prefix + "_" + SCHEMAS.incrementAndGet());
    CrmDatabase.migrate(pool(), schema);
    return schema;
  }

  /** Empties {@code tables} of {@code schema}. */
  public static void truncate(DbSchema schema, String... tables) {
    try (Connection c = pool().getConnection();
        Statement s = c.createStatement()) {
      for (String t : tables) {
        s.execute("TRUNCATE " + schema.name() + "." + t);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty " + String.join(", ", tables), e);
    }
  }
}
