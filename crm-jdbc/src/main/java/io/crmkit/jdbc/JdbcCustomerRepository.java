package io.crmkit.jdbc;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.repository.CustomerRepository;
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
 * A {@link CustomerRepository} in PostgreSQL table {@code <schema>.customers}: the id, the update
 * instant (indexed) and the customer as JSON (crm-core's {@code CrmJackson} form). Every method is
 * one statement or one transaction, so it is safe for many threads and many application instances;
 * {@link #saveAll} is all or nothing. Ids longer than {@value Sql#MAX_ID_LENGTH} characters or
 * holding a NUL character are refused with an {@link IllegalArgumentException} naming the id; every
 * other string is stored verbatim (all SQL is parameterised).
 *
 * @since 0.1
 */
public final class JdbcCustomerRepository implements CustomerRepository {

  private static final String COLUMNS = "id, updated_s, updated_ns, body";
  private final DataSource dataSource;
  private final String table;

  private JdbcCustomerRepository(DataSource dataSource, DbSchema schema) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
    this.table = Objects.requireNonNull(schema, "schema must not be null").table("customers");
  }

  /**
   * The customers of {@code schema} (migrated with {@link CrmDatabase#migrate(DataSource,
   * DbSchema)}).
   */
  public static JdbcCustomerRepository of(DataSource dataSource, DbSchema schema) {
    return new JdbcCustomerRepository(dataSource, schema);
  }

  @Override
  public Optional<Customer> findById(CustomerId id) {
    Objects.requireNonNull(id, "id must not be null");
    return Sql.withConnection(
        dataSource,
        "finding customer " + Sql.excerpt(id.value()),
        c ->
            Sql.one(
                c,
                "SELECT body FROM " + table + " WHERE id = ?",
                s -> s.setString(1, id.value()),
                this::customer));
  }

  @Override
  public List<Customer> findUpdatedBetween(Instant from, Instant to) {
    Sql.checkRange(from, to);
    return Sql.withConnection(
        dataSource,
        "finding customers updated in [" + from + ", " + to + ")",
        c ->
            Sql.list(
                c,
                "SELECT body FROM "
                    + table
                    + " WHERE (updated_s, updated_ns) >= (?, ?) AND (updated_s, updated_ns) < (?, ?)"
                    + " ORDER BY updated_s, updated_ns, id",
                s -> {
                  Sql.setInstant(s, 1, from);
                  Sql.setInstant(s, 3, to);
                },
                this::customer));
  }

  @Override
  public void save(Customer customer) {
    Objects.requireNonNull(customer, "customer must not be null");
    saveAll(List.of(customer));
  }

  @Override
  public void saveAll(Iterable<Customer> customers) {
    Objects.requireNonNull(customers, "customers must not be null");
    List<Customer> copy = new ArrayList<>();
    for (Customer c : customers) {
      copy.add(Objects.requireNonNull(c, "customers must not contain null"));
      Sql.id("customer id", c.id().value());
    }
    if (copy.isEmpty()) {
      return;
    }
    Sql.inTransaction(
        dataSource,
        "saving " + copy.size() + " customers",
        c -> {
          upsert(c, copy);
          return null;
        });
  }

  private void upsert(Connection c, List<Customer> customers) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO "
                + table
                + " ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET updated_s = EXCLUDED.updated_s, updated_ns = EXCLUDED.updated_ns,"
                + " body = EXCLUDED.body")) {
      for (Customer customer : customers) {
        s.setString(1, customer.id().value());
        Sql.setInstant(s, 2, customer.updatedAt());
        s.setString(4, Json.write(Json.MAPPER, customer));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public boolean delete(CustomerId id) {
    Objects.requireNonNull(id, "id must not be null");
    return Sql.withConnection(
        dataSource,
        "deleting customer " + Sql.excerpt(id.value()),
        c ->
            Sql.update(c, "DELETE FROM " + table + " WHERE id = ?", s -> s.setString(1, id.value()))
                > 0);
  }

  @Override
  public Stream<Customer> streamAll() {
    return Sql.stream(
        dataSource,
        "reading all customers",
        "SELECT body FROM " + table + " ORDER BY id",
        500,
        this::customer);
  }

  @Override
  public long count() {
    return Sql.withConnection(
        dataSource, "counting customers", c -> Sql.count(c, "SELECT count(*) FROM " + table));
  }

  private Customer customer(ResultSet r) throws SQLException {
    return Json.read(Json.MAPPER, r.getString(1), Customer.class, "customer");
  }

  @Override
  public String toString() {
    return "JdbcCustomerRepository[" + table + "]";
  }
}
