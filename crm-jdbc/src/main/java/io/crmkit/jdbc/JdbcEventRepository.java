package io.crmkit.jdbc;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.repository.EventRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The shared engine of {@link JdbcTransactionRepository} and {@link JdbcInteractionRepository}: a
 * table of (id, customer_id, at_s, at_ns, [extra columns], body) ordered by (at_s, at_ns, id).
 *
 * @param <I> the id type
 * @param <V> the stored value type
 */
abstract class JdbcEventRepository<I, V> implements EventRepository<I, V> {

  private final DataSource dataSource;
  private final String table;
  private final String noun;
  private final Class<V> type;
  private final List<String> extraColumns;

  JdbcEventRepository(
      DataSource dataSource,
      DbSchema schema,
      String table,
      String noun,
      Class<V> type,
      List<String> extraColumns) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
    this.table = Objects.requireNonNull(schema, "schema must not be null").table(table);
    this.noun = noun;
    this.type = type;
    this.extraColumns = List.copyOf(extraColumns);
  }

  abstract String idText(I id);

  abstract String idOf(V value);

  abstract CustomerId customerOf(V value);

  abstract Instant instantOf(V value);

  /** Binds the extra columns of {@code value} from parameter {@code first} on. */
  abstract void bindExtras(PreparedStatement s, int first, V value) throws SQLException;

  @Override
  public Optional<V> findById(I id) {
    Objects.requireNonNull(id, "id must not be null");
    String text = idText(id);
    return Sql.withConnection(
        dataSource,
        "finding " + noun + " " + Sql.excerpt(text),
        c ->
            Sql.one(
                c,
                "SELECT body FROM " + table + " WHERE id = ?",
                s -> s.setString(1, text),
                this::value));
  }

  @Override
  public List<V> findByCustomer(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId must not be null");
    return Sql.withConnection(
        dataSource,
        "finding the " + noun + "s of " + Sql.excerpt(customerId.value()),
        c ->
            Sql.list(
                c,
                "SELECT body FROM " + table + " WHERE customer_id = ? ORDER BY at_s, at_ns, id",
                s -> s.setString(1, customerId.value()),
                this::value));
  }

  @Override
  public List<V> findBetween(Instant from, Instant to) {
    Sql.checkRange(from, to);
    return Sql.withConnection(
        dataSource,
        "finding " + noun + "s in [" + from + ", " + to + ")",
        c ->
            Sql.list(
                c,
                "SELECT body FROM "
                    + table
                    + " WHERE (at_s, at_ns) >= (?, ?) AND (at_s, at_ns) < (?, ?)"
                    + " ORDER BY at_s, at_ns, id",
                s -> {
                  Sql.setInstant(s, 1, from);
                  Sql.setInstant(s, 3, to);
                },
                this::value));
  }

  @Override
  public List<V> findByCustomerBetween(CustomerId customerId, Instant from, Instant to) {
    Objects.requireNonNull(customerId, "customerId must not be null");
    Sql.checkRange(from, to);
    return Sql.withConnection(
        dataSource,
        "finding the " + noun + "s of " + Sql.excerpt(customerId.value()),
        c ->
            Sql.list(
                c,
                "SELECT body FROM "
                    + table
                    + " WHERE customer_id = ? AND (at_s, at_ns) >= (?, ?)"
                    + " AND (at_s, at_ns) < (?, ?) ORDER BY at_s, at_ns, id",
                s -> {
                  s.setString(1, customerId.value());
                  Sql.setInstant(s, 2, from);
                  Sql.setInstant(s, 4, to);
                },
                this::value));
  }

  @Override
  public void save(V value) {
    Objects.requireNonNull(value, noun + " to save must not be null");
    saveAll(List.of(value));
  }

  @Override
  public void saveAll(Iterable<V> values) {
    Objects.requireNonNull(values, noun + "s to save must not be null");
    List<V> copy = new ArrayList<>();
    for (V v : values) {
      copy.add(Objects.requireNonNull(v, noun + "s to save must not contain null"));
      Sql.id(noun + " id", idOf(v));
      Sql.id("customer id of " + noun + " " + Sql.excerpt(idOf(v)), customerOf(v).value());
    }
    if (copy.isEmpty()) {
      return;
    }
    Sql.inTransaction(
        dataSource,
        "saving " + copy.size() + " " + noun + "s",
        c -> {
          upsert(c, copy);
          return null;
        });
  }

  private void upsert(Connection c, List<V> values) throws SQLException {
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(table)
            .append(" (id, customer_id, at_s, at_ns, body");
    StringBuilder marks = new StringBuilder("?, ?, ?, ?, ?");
    StringBuilder set =
        new StringBuilder(
            "customer_id = EXCLUDED.customer_id, at_s = EXCLUDED.at_s,"
                + " at_ns = EXCLUDED.at_ns, body = EXCLUDED.body");
    for (String col : extraColumns) {
      sql.append(", ").append(col);
      marks.append(", ?");
      set.append(", ").append(col).append(" = EXCLUDED.").append(col);
    }
    sql.append(") VALUES (").append(marks).append(") ON CONFLICT (id) DO UPDATE SET ").append(set);
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (V v : values) {
        s.setString(1, idOf(v));
        s.setString(2, customerOf(v).value());
        Sql.setInstant(s, 3, instantOf(v));
        s.setString(5, Json.write(Json.MAPPER, v));
        bindExtras(s, 6, v);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public boolean delete(I id) {
    Objects.requireNonNull(id, "id must not be null");
    String text = idText(id);
    return Sql.withConnection(
        dataSource,
        "deleting " + noun + " " + Sql.excerpt(text),
        c ->
            Sql.update(c, "DELETE FROM " + table + " WHERE id = ?", s -> s.setString(1, text)) > 0);
  }

  @Override
  public Stream<V> streamAll() {
    return Sql.stream(
        dataSource,
        "reading all " + noun + "s",
        "SELECT body FROM " + table + " ORDER BY at_s, at_ns, id",
        500,
        this::value);
  }

  @Override
  public long count() {
    return Sql.withConnection(
        dataSource, "counting " + noun + "s", c -> Sql.count(c, "SELECT count(*) FROM " + table));
  }

  private V value(ResultSet r) throws SQLException {
    return Json.read(Json.MAPPER, r.getString(1), type, noun);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + table + "]";
  }
}
