package io.crmkit.jdbc;

import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.store.ConcurrentUpdateException;
import io.crmkit.lifecycle.stage.store.LifecycleRepository;
import io.crmkit.lifecycle.stage.store.Versioned;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link LifecycleRepository} in PostgreSQL table {@code <schema>.lifecycles}: subject id,
 * version, current stage and the lifecycle as JSON. Writes are optimistic and atomic in the
 * database: an insert is {@code INSERT … ON CONFLICT DO NOTHING}, an update is {@code UPDATE …
 * WHERE version = expected}, so of two writers (threads or application instances) that read the
 * same version exactly one wins and the other gets a {@link ConcurrentUpdateException} naming the
 * stored version.
 *
 * @since 0.1
 */
public final class JdbcLifecycleRepository implements LifecycleRepository {

  private final DataSource dataSource;
  private final String table;

  private JdbcLifecycleRepository(DataSource dataSource, DbSchema schema) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
    this.table = Objects.requireNonNull(schema, "schema must not be null").table("lifecycles");
  }

  /**
   * The lifecycles of {@code schema} (migrated with {@link CrmDatabase#migrate(DataSource,
   * DbSchema)}).
   */
  public static JdbcLifecycleRepository of(DataSource dataSource, DbSchema schema) {
    return new JdbcLifecycleRepository(dataSource, schema);
  }

  @Override
  public Optional<Versioned<Lifecycle>> find(String subjectId) {
    Objects.requireNonNull(subjectId, "subjectId must not be null");
    return Sql.withConnection(
        dataSource,
        "finding the lifecycle of " + Sql.excerpt(subjectId),
        c ->
            Sql.one(
                c,
                "SELECT body, version FROM " + table + " WHERE subject_id = ?",
                s -> s.setString(1, subjectId),
                r -> new Versioned<>(lifecycle(r), r.getLong(2))));
  }

  @Override
  public Versioned<Lifecycle> insert(Lifecycle lifecycle) {
    Objects.requireNonNull(lifecycle, "lifecycle must not be null");
    String id = Sql.id("subjectId", lifecycle.subjectId());
    String body = Json.write(LifecycleJson.MAPPER, lifecycle);
    return Sql.inTransaction(
        dataSource,
        "inserting the lifecycle of " + Sql.excerpt(id),
        c -> {
          int n =
              Sql.update(
                  c,
                  "INSERT INTO "
                      + table
                      + " (subject_id, version, stage, body) VALUES (?, 1, ?, ?)"
                      + " ON CONFLICT (subject_id) DO NOTHING",
                  s -> {
                    s.setString(1, id);
                    s.setString(2, lifecycle.stage().name());
                    s.setString(3, body);
                  });
          if (n == 0) {
            throw new ConcurrentUpdateException(id, 0, storedVersion(c, id));
          }
          return new Versioned<>(lifecycle, 1);
        });
  }

  @Override
  public Versioned<Lifecycle> update(Lifecycle lifecycle, long expectedVersion) {
    Objects.requireNonNull(lifecycle, "lifecycle must not be null");
    if (expectedVersion < 1) {
      throw new IllegalArgumentException(
          "expectedVersion must be at least 1 but was: " + expectedVersion);
    }
    String id = Sql.id("subjectId", lifecycle.subjectId());
    String body = Json.write(LifecycleJson.MAPPER, lifecycle);
    return Sql.inTransaction(
        dataSource,
        "updating the lifecycle of " + Sql.excerpt(id),
        c -> {
          int n =
              Sql.update(
                  c,
                  "UPDATE "
                      + table
                      + " SET version = version + 1, stage = ?, body = ?"
                      + " WHERE subject_id = ? AND version = ?",
                  s -> {
                    s.setString(1, lifecycle.stage().name());
                    s.setString(2, body);
                    s.setString(3, id);
                    s.setLong(4, expectedVersion);
                  });
          if (n == 0) {
            throw new ConcurrentUpdateException(id, expectedVersion, storedVersion(c, id));
          }
          return new Versioned<>(lifecycle, expectedVersion + 1);
        });
  }

  private long storedVersion(java.sql.Connection c, String id) throws SQLException {
    return Sql.one(
            c,
            "SELECT version FROM " + table + " WHERE subject_id = ?",
            s -> s.setString(1, id),
            r -> r.getLong(1))
        .orElse(0L);
  }

  @Override
  public boolean delete(String subjectId) {
    Objects.requireNonNull(subjectId, "subjectId must not be null");
    return Sql.withConnection(
        dataSource,
        "deleting the lifecycle of " + Sql.excerpt(subjectId),
        c ->
            Sql.update(
                    c,
                    "DELETE FROM " + table + " WHERE subject_id = ?",
                    s -> s.setString(1, subjectId))
                > 0);
  }

  @Override
  public List<Lifecycle> findAll() {
    return Sql.withConnection(
        dataSource,
        "reading all lifecycles",
        c ->
            Sql.list(
                c, "SELECT body FROM " + table + " ORDER BY subject_id", s -> {}, this::lifecycle));
  }

  @Override
  public long count() {
    return Sql.withConnection(
        dataSource, "counting lifecycles", c -> Sql.count(c, "SELECT count(*) FROM " + table));
  }

  private Lifecycle lifecycle(ResultSet r) throws SQLException {
    return Json.read(LifecycleJson.MAPPER, r.getString(1), Lifecycle.class, "lifecycle");
  }

  @Override
  public String toString() {
    return "JdbcLifecycleRepository[" + table + "]";
  }
}
