package io.crmkit.jdbc;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.loyalty.account.AccountOperation;
import io.crmkit.loyalty.ledger.LedgerOperation;
import io.crmkit.loyalty.program.LoyaltyEventType;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * One row of {@code loyalty_account_operations}: a recorded {@link AccountOperation} as column
 * values (null where the kind has no such field). The rows of an account, in sequence, rebuild it
 * with {@code LoyaltyAccount.replay} (see {@link JdbcLoyaltyAccountRepository}).
 */
record OperationRow(
    String kind,
    String key,
    Instant at,
    Long points,
    BigDecimal amount,
    String currency,
    String reference,
    String reason,
    Long request,
    Instant expiresAt,
    String event,
    List<String> names) {

  /** The columns after {@code customer_id, sequence}, in insert order. */
  static final String COLUMNS =
      "kind, idempotency_key, at_s, at_ns, points, amount, currency, reference, reason,"
          + " request, expires_s, expires_ns, event, names";

  private static OperationRow of(
      String kind,
      String key,
      Instant at,
      Long points,
      Money amount,
      String reference,
      String reason,
      Long request) {
    return new OperationRow(
        kind,
        key,
        at,
        points,
        amount == null ? null : amount.amount(),
        amount == null ? null : amount.currency().getCurrencyCode(),
        reference,
        reason,
        request,
        null,
        null,
        null);
  }

  /** The row of {@code op}. */
  static OperationRow of(AccountOperation op) {
    if (op instanceof AccountOperation.Purchase p) {
      return of(
          "PURCHASE",
          p.purchase().value(),
          p.at(),
          p.points(),
          p.amount(),
          null,
          p.reason(),
          p.request());
    } else if (op instanceof AccountOperation.Refund r) {
      return of(
          "REFUND",
          r.refund().value(),
          r.at(),
          null,
          r.amount(),
          r.purchase().value(),
          null,
          r.request());
    } else if (op instanceof AccountOperation.Event e) {
      OperationRow row =
          of("EVENT", e.key(), e.at(), e.points(), null, null, e.reason(), e.request());
      return new OperationRow(
          row.kind,
          row.key,
          row.at,
          row.points,
          null,
          null,
          null,
          row.reason,
          row.request,
          null,
          e.event().name(),
          null);
    } else if (op instanceof AccountOperation.Tags t) {
      return new OperationRow(
          "TAGS", null, null, null, null, null, null, null, null, null, null, sorted(t.tags()));
    } else if (op instanceof AccountOperation.Segments g) {
      return new OperationRow(
          "SEGMENTS",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          sorted(g.segments()));
    } else if (op instanceof AccountOperation.OnLedger l) {
      return of(l.operation());
    }
    throw new IllegalArgumentException("unknown account operation: " + op);
  }

  private static OperationRow of(LedgerOperation op) {
    if (op instanceof LedgerOperation.Earn e) {
      return of("EARN", e.key(), e.at(), e.points(), null, null, e.reason(), e.request());
    } else if (op instanceof LedgerOperation.EarnExpiring e) {
      OperationRow row =
          of("EARN_EXPIRING", e.key(), e.at(), e.points(), null, null, e.reason(), e.request());
      return new OperationRow(
          row.kind,
          row.key,
          row.at,
          row.points,
          null,
          null,
          null,
          row.reason,
          row.request,
          e.expiresAt(),
          null,
          null);
    } else if (op instanceof LedgerOperation.EarnForPurchase e) {
      return of(
          "EARN_FOR_PURCHASE",
          e.key(),
          e.at(),
          e.points(),
          e.amount(),
          e.purchase().value(),
          e.reason(),
          e.request());
    } else if (op instanceof LedgerOperation.Redeem r) {
      return of("REDEEM", r.key(), r.at(), r.points(), null, null, r.reason(), r.request());
    } else if (op instanceof LedgerOperation.Refund r) {
      return of(
          "LEDGER_REFUND",
          r.key(),
          r.at(),
          null,
          r.refunded(),
          r.purchase().value(),
          r.reason(),
          r.request());
    } else if (op instanceof LedgerOperation.Adjust a) {
      return of("ADJUST", a.key(), a.at(), a.points(), null, null, a.reason(), null);
    } else if (op instanceof LedgerOperation.Expire x) {
      return of("EXPIRE", x.key(), x.at(), null, null, null, null, x.request());
    } else if (op instanceof LedgerOperation.ExpireDue x) {
      return of("EXPIRE_DUE", null, x.at(), null, null, null, null, null);
    }
    throw new IllegalArgumentException("unknown ledger operation: " + op);
  }

  private static List<String> sorted(Set<String> names) {
    String[] a = names.toArray(new String[0]);
    Arrays.sort(a);
    return List.of(a);
  }

  /** The operation of this row. */
  AccountOperation operation() {
    return switch (kind) {
      case "PURCHASE" ->
          new AccountOperation.Purchase(
              TransactionId.of(key), at, points, money(), reason, request);
      case "REFUND" ->
          new AccountOperation.Refund(
              TransactionId.of(key), TransactionId.of(reference), at, money(), request);
      case "EVENT" ->
          new AccountOperation.Event(
              LoyaltyEventType.valueOf(event), key, at, points, reason, request);
      case "TAGS" -> new AccountOperation.Tags(Set.copyOf(names));
      case "SEGMENTS" -> new AccountOperation.Segments(Set.copyOf(names));
      default -> new AccountOperation.OnLedger(ledgerOperation());
    };
  }

  private LedgerOperation ledgerOperation() {
    return switch (kind) {
      case "EARN" -> new LedgerOperation.Earn(key, at, points, reason, request);
      case "EARN_EXPIRING" ->
          new LedgerOperation.EarnExpiring(key, at, points, reason, expiresAt, request);
      case "EARN_FOR_PURCHASE" ->
          new LedgerOperation.EarnForPurchase(
              key, at, TransactionId.of(reference), money(), points, reason, request);
      case "REDEEM" -> new LedgerOperation.Redeem(key, at, points, reason, request);
      case "LEDGER_REFUND" ->
          new LedgerOperation.Refund(
              key, at, TransactionId.of(reference), money(), reason, request);
      case "ADJUST" -> new LedgerOperation.Adjust(key, at, points, reason);
      case "EXPIRE" -> new LedgerOperation.Expire(key, at, request);
      case "EXPIRE_DUE" -> new LedgerOperation.ExpireDue(at);
      default ->
          throw new CrmDatabaseException(
              "stored loyalty operation has unknown kind '" + kind + "'");
    };
  }

  private Money money() {
    return Money.of(amount, Currency.getInstance(currency));
  }

  /** Checks the texts for storage (no NUL character; ids bounded); failures name the field. */
  OperationRow checked() {
    if (key != null) {
      Sql.id("idempotency key of a loyalty operation", key);
    }
    if (reference != null) {
      Sql.id("reference of loyalty operation " + Sql.excerpt(key), reference);
    }
    if (reason != null) {
      Sql.text("reason of loyalty operation " + Sql.excerpt(key == null ? kind : key), reason);
    }
    if (names != null) {
      names.forEach(
          n -> Sql.text(kind.toLowerCase(java.util.Locale.ROOT) + " of a loyalty account", n));
    }
    return this;
  }

  /** Binds this row's columns from parameter {@code first} on (see {@link #COLUMNS}). */
  void bind(Connection c, PreparedStatement s, int first) throws SQLException {
    int i = first;
    s.setString(i++, kind);
    s.setString(i++, key);
    if (at == null) {
      s.setNull(i++, Types.BIGINT);
      s.setNull(i++, Types.INTEGER);
    } else {
      Sql.setInstant(s, i, at);
      i += 2;
    }
    setLong(s, i++, points);
    s.setBigDecimal(i++, amount);
    s.setString(i++, currency);
    s.setString(i++, reference);
    s.setString(i++, reason);
    setLong(s, i++, request);
    if (expiresAt == null) {
      s.setNull(i++, Types.BIGINT);
      s.setNull(i++, Types.INTEGER);
    } else {
      Sql.setInstant(s, i, expiresAt);
      i += 2;
    }
    s.setString(i++, event);
    if (names == null) {
      s.setNull(i, Types.ARRAY);
    } else {
      s.setArray(i, c.createArrayOf("text", names.toArray()));
    }
  }

  private static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.BIGINT);
    } else {
      s.setLong(i, v);
    }
  }

  /** The row at {@code r}'s cursor (selected with {@link #COLUMNS}). */
  static OperationRow read(ResultSet r) throws SQLException {
    Array names = r.getArray("names");
    return new OperationRow(
        r.getString("kind"),
        r.getString("idempotency_key"),
        instant(r, "at_s", "at_ns"),
        longOrNull(r, "points"),
        r.getBigDecimal("amount"),
        r.getString("currency"),
        r.getString("reference"),
        r.getString("reason"),
        longOrNull(r, "request"),
        instant(r, "expires_s", "expires_ns"),
        r.getString("event"),
        names == null ? null : List.of((String[]) names.getArray()));
  }

  private static Long longOrNull(ResultSet r, String column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? null : v;
  }

  private static Instant instant(ResultSet r, String seconds, String nanos) throws SQLException {
    long s = r.getLong(seconds);
    return r.wasNull() ? null : Instant.ofEpochSecond(s, r.getInt(nanos));
  }
}
