package io.crmkit.jdbc;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.loyalty.account.AccountOperation;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.account.LoyaltyAccountRepository;
import io.crmkit.loyalty.ledger.Allocation;
import io.crmkit.loyalty.ledger.InsufficientPointsException;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.ledger.LedgerEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A {@link LoyaltyAccountRepository} in PostgreSQL, for any number of threads and application
 * instances on one database.
 *
 * <p>Each {@link #update} is one database transaction: it locks the account's row ({@code SELECT …
 * FOR UPDATE}, opening the account first if it has none), rebuilds the account from its stored
 * operation rows (crm-loyalty's {@link LoyaltyAccount#replay}: each row is one {@link
 * AccountOperation} with what it booked), runs the operation, then appends the operations it
 * recorded as rows of {@code loyalty_account_operations}, the new ledger entries as rows of {@code
 * loyalty_entries}, each new operation key in {@code loyalty_operations} (unique per account),
 * writes the account's balance, entry and operation counts, and commits. An operation on one
 * account therefore waits for any other on it, in this instance or another, and sees its effects; a
 * retried idempotency key finds the first posting in the restored ledger and books nothing, and
 * should two instances ever disagree the key's primary key refuses the second booking. When the
 * operation throws, or the connection dies before the commit, the transaction rolls back and
 * nothing of the operation is stored. The one exception that commits is a refusal the ledger
 * remembers ({@link InsufficientPointsException} from a keyed redemption or adjustment): the
 * refused operation is stored with what the operation booked before it, then the exception
 * propagates, so a retry of the key, from this instance or another and however late, is refused
 * again as in the in-memory repository.
 *
 * <p>An instance keeps the accounts it committed last (up to 10,000) with their versions: an update
 * that finds the same version under its row lock continues from that object instead of rebuilding
 * it (any other version, written by another instance, is rebuilt from the database). The rebuilt
 * ledger must have as many entries as the account's row counts, else the update fails with {@link
 * CrmDatabaseException}.
 *
 * <p>The opener's accounts must be new (no operation booked): the repository starts them recording
 * their operations ({@link LoyaltyAccount#recordingOperations}).
 *
 * <p>Ledger rows are append-only: the schema's triggers refuse UPDATE, DELETE and TRUNCATE of
 * {@code loyalty_entries} and {@code loyalty_operations}. {@link #reconcile()} proves that every
 * account's balance is the sum of its rows.
 *
 * @since 0.1
 */
public final class JdbcLoyaltyAccountRepository implements LoyaltyAccountRepository {

  /** Runs just before an update commits (tests use it to kill the connection mid-write). */
  @FunctionalInterface
  interface BeforeCommit {
    void run(Connection c) throws SQLException;
  }

  private final DataSource dataSource;
  private final Function<CustomerId, LoyaltyAccount> opener;
  private final String accounts;
  private final String entries;
  private final String operations;
  private final String journal;
  private final BeforeCommit beforeCommit;
  // accounts this instance committed last, by customer, with the version they are: an update that
  // finds the
  // same version under its row lock continues from the object instead of restoring the stored state
  private final ConcurrentHashMap<CustomerId, Cached> cache = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 10_000;

  private record Cached(long version, LoyaltyAccount account) {}

  private JdbcLoyaltyAccountRepository(
      DataSource dataSource,
      DbSchema schema,
      Function<CustomerId, LoyaltyAccount> opener,
      BeforeCommit beforeCommit) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
    Objects.requireNonNull(schema, "schema must not be null");
    this.opener = Objects.requireNonNull(opener, "opener must not be null");
    this.accounts = schema.table("loyalty_accounts");
    this.entries = schema.table("loyalty_entries");
    this.operations = schema.table("loyalty_operations");
    this.journal = schema.table("loyalty_account_operations");
    this.beforeCommit = beforeCommit;
  }

  /**
   * The loyalty accounts of {@code schema}; accounts are opened, and stored ones restored, with
   * {@code opener} (which supplies the ledger policy and tier programme: use the same in every
   * instance).
   */
  public static JdbcLoyaltyAccountRepository of(
      DataSource dataSource, DbSchema schema, Function<CustomerId, LoyaltyAccount> opener) {
    return new JdbcLoyaltyAccountRepository(dataSource, schema, opener, c -> {});
  }

  JdbcLoyaltyAccountRepository withBeforeCommit(BeforeCommit hook) {
    return new JdbcLoyaltyAccountRepository(
        dataSource, DbSchema.of(accounts.substring(0, accounts.indexOf('.'))), opener, hook);
  }

  private LoyaltyAccount open(CustomerId customer) {
    LoyaltyAccount a = opener.apply(customer);
    if (!a.customerId().equals(customer)) {
      throw new IllegalStateException(
          "opener must open an account for " + customer + " but opened one for " + a.customerId());
    }
    return a.recordingOperations();
  }

  /**
   * The account of {@code id} rebuilt from its stored operation rows, checked against its row's
   * counts.
   */
  private LoyaltyAccount rebuild(Connection c, CustomerId customer, String id, Stored row)
      throws SQLException {
    if (row.state() && row.operationCount() == 0 && row.entryCount() > 0) {
      throw new CrmDatabaseException(
          "the loyalty account of "
              + Sql.excerpt(id)
              + " was stored as a serialised"
              + " image by an earlier crm-jdbc and has no operation rows to rebuild it from");
    }
    List<AccountOperation> ops =
        Sql.list(
            c,
            "SELECT "
                + OperationRow.COLUMNS
                + " FROM "
                + journal
                + " WHERE customer_id = ? ORDER BY sequence",
            s -> s.setString(1, id),
            r -> OperationRow.read(r).operation());
    if (ops.size() != row.operationCount()) {
      throw new CrmDatabaseException(
          "the loyalty account of "
              + customer
              + " has "
              + ops.size()
              + " operation rows"
              + " but its row says "
              + row.operationCount());
    }
    LoyaltyAccount account = open(customer).replay(ops);
    if (account.ledger().size() != row.entryCount()) {
      throw new CrmDatabaseException(
          "the loyalty account of "
              + customer
              + " rebuilt from its operations has "
              + account.ledger().size()
              + " ledger entries but its row says "
              + row.entryCount());
    }
    return account;
  }

  @Override
  public <T> T update(
      CustomerId customer, Function<? super LoyaltyAccount, ? extends T> operation) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(operation, "operation must not be null");
    String id = Sql.id("customer id", customer.value());
    return Sql.<Committed<T>>inTransaction(
            dataSource,
            "updating the loyalty account of " + Sql.excerpt(id),
            c -> {
              Optional<Stored> stored = lock(c, id);
              if (stored.isEmpty()) {
                Sql.update(
                    c,
                    "INSERT INTO "
                        + accounts
                        + " (customer_id, version, entry_count, points_sum, operation_count)"
                        + " VALUES (?, 0, 0, 0, 0) ON CONFLICT (customer_id) DO NOTHING",
                    s -> s.setString(1, id));
                stored = lock(c, id);
              }
              Stored row = stored.orElseThrow();
              Cached cached =
                  cache.remove(
                      customer); // whatever happens next, the object is this thread's alone
              LoyaltyAccount account;
              if (cached != null && cached.version() == row.version()) {
                account = cached.account();
              } else {
                account = rebuild(c, customer, id, row);
              }
              int before = account.ledger().size();
              int operationsBefore = account.operationCount();
              T result;
              InsufficientPointsException refused = null;
              try {
                result = operation.apply(account);
              } catch (InsufficientPointsException e) {
                if (account.operationCount() == operationsBefore) {
                  throw e; // nothing was recorded: nothing to remember
                }
                // a refusal the ledger remembers (its retries get the same answer): store it,
                // with what the operation booked before it, as the in-memory repository keeps it
                refused = e;
                result = null;
              }
              write(c, id, row.version(), account, before, operationsBefore);
              beforeCommit.run(c);
              return new Committed<>(
                  result, refused, customer, new Cached(row.version() + 1, account));
            })
        .remember(cache);
  }

  /** An update's result and the account as committed, cached once the transaction has committed. */
  private record Committed<T>(
      T result, InsufficientPointsException refused, CustomerId customer, Cached account) {
    T remember(ConcurrentHashMap<CustomerId, Cached> cache) {
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      cache.merge(customer, account, (old, mine) -> old.version() > mine.version() ? old : mine);
      if (refused != null) {
        throw refused;
      }
      return result;
    }
  }

  /**
   * An account's row: its version, counts, and whether it holds a serialised image (written before
   * operation rows).
   */
  private record Stored(long version, int entryCount, int operationCount, boolean state) {}

  private static final String STORED = "version, entry_count, operation_count, state IS NOT NULL";

  private Optional<Stored> lock(Connection c, String id) throws SQLException {
    return Sql.one(
        c,
        "SELECT " + STORED + " FROM " + accounts + " WHERE customer_id = ? FOR UPDATE",
        s -> s.setString(1, id),
        r -> new Stored(r.getLong(1), r.getInt(2), r.getInt(3), r.getBoolean(4)));
  }

  private void write(
      Connection c,
      String id,
      long version,
      LoyaltyAccount account,
      int before,
      int operationsBefore)
      throws SQLException {
    Ledger ledger = account.ledger();
    int after = ledger.size();
    if (after < before) {
      throw new IllegalStateException(
          "the ledger of " + account.customerId() + " lost entries: " + before + " -> " + after);
    }
    List<LedgerEntry> added = ledger.entries().subList(before, after);
    Map<String, Integer> newKeys = new LinkedHashMap<>();
    for (LedgerEntry e : added) {
      Sql.id("idempotency key", e.idempotencyKey());
      Sql.text("reason of entry " + Sql.excerpt(e.idempotencyKey()), e.reason());
      e.reference()
          .ifPresent(
              r -> Sql.text("reference of entry " + Sql.excerpt(e.idempotencyKey()), r.value()));
      if (!e.idempotencyKey().equals(Ledger.EXPIRY_KEY)) {
        newKeys.putIfAbsent(e.idempotencyKey(), (int) e.sequence());
      }
    }
    if (!added.isEmpty()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO "
                  + entries
                  + " (customer_id, sequence, type, at_s,"
                  + " at_ns, points, reason, idempotency_key, reference, created_lot, allocations, debt_change)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (LedgerEntry e : added) {
          s.setString(1, id);
          s.setInt(2, (int) e.sequence());
          s.setString(3, e.type().name());
          Sql.setInstant(s, 4, e.at());
          s.setLong(6, e.points());
          s.setString(7, e.reason());
          s.setString(8, e.idempotencyKey());
          s.setString(9, e.reference().map(TransactionId::value).orElse(null));
          if (e.createdLot().isPresent()) {
            s.setInt(10, e.createdLot().getAsInt());
          } else {
            s.setNull(10, java.sql.Types.INTEGER);
          }
          s.setString(11, allocations(e.allocations()));
          s.setLong(12, e.debtChange());
          s.addBatch();
        }
        s.executeBatch();
      }
    }
    if (!newKeys.isEmpty()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO "
                  + operations
                  + " (customer_id, idempotency_key, first_sequence) VALUES (?, ?, ?)")) {
        for (Map.Entry<String, Integer> k : newKeys.entrySet()) {
          s.setString(1, id);
          s.setString(2, k.getKey());
          s.setInt(3, k.getValue());
          s.addBatch();
        }
        s.executeBatch();
      }
    }
    List<AccountOperation> recorded = account.operations(operationsBefore);
    if (!recorded.isEmpty()) {
      List<OperationRow> rows = recorded.stream().map(op -> OperationRow.of(op).checked()).toList();
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO "
                  + journal
                  + " (customer_id, sequence, "
                  + OperationRow.COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int sequence = operationsBefore;
        for (OperationRow row : rows) {
          s.setString(1, id);
          s.setInt(2, sequence++);
          row.bind(c, s, 3);
          s.addBatch();
        }
        s.executeBatch();
      }
    }
    int operationCount = account.operationCount();
    int n =
        Sql.update(
            c,
            "UPDATE "
                + accounts
                + " SET version = version + 1, entry_count = ?, points_sum = ?,"
                + " operation_count = ? WHERE customer_id = ? AND version = ?",
            s -> {
              s.setInt(1, after);
              s.setLong(2, ledger.sumOfEntries());
              s.setInt(3, operationCount);
              s.setString(4, id);
              s.setLong(5, version);
            });
    if (n != 1) {
      throw new CrmDatabaseException(
          "the loyalty account of "
              + account.customerId()
              + " changed although its row"
              + " was locked (version "
              + version
              + ")");
    }
  }

  @Override
  public <T> Optional<T> read(
      CustomerId customer, Function<? super LoyaltyAccount, ? extends T> query) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(query, "query must not be null");
    String id = customer.value();
    Optional<LoyaltyAccount> account =
        Sql.inTransaction(
            dataSource,
            "reading the loyalty account of " + Sql.excerpt(id),
            c -> {
              try (java.sql.Statement st = c.createStatement()) {
                st.execute(
                    "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"); // the row and its
                // operations
              }
              Optional<Stored> row =
                  Sql.one(
                      c,
                      "SELECT " + STORED + " FROM " + accounts + " WHERE customer_id = ?",
                      s -> s.setString(1, id),
                      r -> new Stored(r.getLong(1), r.getInt(2), r.getInt(3), r.getBoolean(4)));
              return row.isEmpty()
                  ? Optional.<LoyaltyAccount>empty()
                  : Optional.of(rebuild(c, customer, id, row.get()));
            });
    return account.map(query);
  }

  @Override
  public boolean exists(CustomerId customer) {
    Objects.requireNonNull(customer, "customer must not be null");
    return Sql.withConnection(
        dataSource,
        "looking up the loyalty account of " + Sql.excerpt(customer.value()),
        c ->
            Sql.one(
                    c,
                    "SELECT 1 FROM " + accounts + " WHERE customer_id = ?",
                    s -> s.setString(1, customer.value()),
                    r -> true)
                .isPresent());
  }

  @Override
  public Set<CustomerId> customers() {
    return Set.copyOf(
        new HashSet<>(
            Sql.withConnection(
                dataSource,
                "listing loyalty accounts",
                c ->
                    Sql.list(
                        c,
                        "SELECT customer_id FROM " + accounts,
                        s -> {},
                        r -> CustomerId.of(r.getString(1))))));
  }

  @Override
  public int size() {
    long n =
        Sql.withConnection(
            dataSource,
            "counting loyalty accounts",
            c -> Sql.count(c, "SELECT count(*) FROM " + accounts));
    return Math.toIntExact(n);
  }

  /**
   * Checks in one read-only query that every account's stored balance and entry count are the sum
   * and number of its ledger rows.
   */
  public LedgerReconciliation reconcile() {
    return Sql.inTransaction(
        dataSource,
        "reconciling loyalty ledgers",
        c -> {
          try (java.sql.Statement st = c.createStatement()) {
            st.execute(
                "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"); // one snapshot for
            // all three
          }
          List<LedgerReconciliation.Mismatch> bad =
              Sql.list(
                  c,
                  "SELECT a.customer_id, a.points_sum,"
                      + " coalesce(e.points, 0), a.entry_count, coalesce(e.n, 0) FROM "
                      + accounts
                      + " a LEFT JOIN (SELECT"
                      + " customer_id, sum(points) AS points, count(*) AS n FROM "
                      + entries
                      + " GROUP BY customer_id) e"
                      + " USING (customer_id) WHERE a.points_sum <> coalesce(e.points, 0) OR a.entry_count <> coalesce(e.n, 0)"
                      + " ORDER BY a.customer_id",
                  s -> {},
                  r ->
                      new LedgerReconciliation.Mismatch(
                          r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)));
          long n = Sql.count(c, "SELECT count(*) FROM " + accounts);
          long rows = Sql.count(c, "SELECT count(*) FROM " + entries);
          return new LedgerReconciliation(n, rows, bad);
        });
  }

  @Override
  public String toString() {
    return "JdbcLoyaltyAccountRepository[" + accounts + "]";
  }

  private static String allocations(List<Allocation> list) {
    return list.stream().map(a -> a.lot() + ":" + a.points()).collect(Collectors.joining(","));
  }
}
