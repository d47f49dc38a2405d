package io.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/** Shared JDBC plumbing: transactions, parameter checks, result mapping, streaming. */
final class Sql {

  /**
   * The longest id (customer, transaction, interaction, subject, idempotency key) stored, in
   * characters: ids are primary-key index entries, and PostgreSQL's b-tree index rows are limited
   * to about 2700 bytes (500 characters of up to 4 UTF-8 bytes each fit).
   */
  static final int MAX_ID_LENGTH = 500;

  private Sql() {}

  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet r) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   */
  static <T> T inTransaction(DataSource ds, String what, Work<T> work) {
    try (Connection c = ds.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        if (!c.isClosed()) {
          try {
            c.setAutoCommit(auto);
          } catch (SQLException ignored) {
            // the connection is broken; the pool will discard it
          }
        }
      }
    } catch (SQLException e) {
      throw new CrmDatabaseException(what, e);
    }
  }

  /** Runs {@code work} on a connection in auto-commit mode. */
  static <T> T withConnection(DataSource ds, String what, Work<T> work) {
    try (Connection c = ds.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new CrmDatabaseException(what, e);
    }
  }

  static void rollbackQuietly(Connection c, Throwable cause) {
    try {
      if (!c.isClosed()) {
        c.rollback();
      }
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  static <T> List<T> list(Connection c, String sql, Binder binder, RowMapper<T> mapper)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      try (ResultSet r = s.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (r.next()) {
          out.add(mapper.map(r));
        }
        return out;
      }
    }
  }

  static <T> Optional<T> one(Connection c, String sql, Binder binder, RowMapper<T> mapper)
      throws SQLException {
    List<T> all = list(c, sql, binder, mapper);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  static int update(Connection c, String sql, Binder binder) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      return s.executeUpdate();
    }
  }

  /**
   * The rows of {@code sql} as a lazy stream read through a server-side cursor (fetching {@code
   * fetchSize} rows at a time) in a read-only transaction; closing the stream releases the
   * connection.
   */
  static <T> Stream<T> stream(
      DataSource ds, String what, String sql, int fetchSize, RowMapper<T> mapper) {
    Connection c = null;
    try {
      c = ds.getConnection();
      c.setAutoCommit(false);
      c.setReadOnly(true);
      PreparedStatement s = c.prepareStatement(sql);
      s.setFetchSize(fetchSize);
      ResultSet r = s.executeQuery();
      Connection conn = c;
      Spliterator<T> rows =
          new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
              try {
                if (!r.next()) {
                  return false;
                }
                action.accept(mapper.map(r));
                return true;
              } catch (SQLException e) {
                throw new CrmDatabaseException(what, e);
              }
            }
          };
      return StreamSupport.stream(rows, false)
          .onClose(
              () -> {
                try (conn;
                    s;
                    r) {
                  conn.rollback();
                  conn.setReadOnly(false);
                  conn.setAutoCommit(true);
                } catch (SQLException e) {
                  throw new CrmDatabaseException("closing " + what, e);
                }
              });
    } catch (SQLException e) {
      if (c != null) {
        try {
          c.close();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new CrmDatabaseException(what, e);
    }
  }

  /**
   * {@code value} checked for storage as text: PostgreSQL text cannot hold NUL characters, and ids
   * are bounded by {@link #MAX_ID_LENGTH}; each failure names {@code field}.
   */
  static String id(String field, String value) {
    Objects.requireNonNull(value, field + " must not be null");
    if (value.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          field
              + " must be at most "
              + MAX_ID_LENGTH
              + " characters but was "
              + value.length()
              + " characters: '"
              + excerpt(value)
              + "'");
    }
    return text(field, value);
  }

  /**
   * {@code value} checked for storage as text: no NUL character (PostgreSQL text cannot hold one).
   */
  static String text(String field, String value) {
    int nul = value.indexOf('\0');
    if (nul >= 0) {
      throw new IllegalArgumentException(
          field
              + " must not contain a NUL character (U+0000) but has one at index "
              + nul
              + ": '"
              + excerpt(value)
              + "'");
    }
    return value;
  }

  /** The first 40 characters of {@code value}, NULs shown as \0, for messages. */
  static String excerpt(String value) {
    String head = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    return head.replace("\0", "\\0");
  }

  static void setInstant(PreparedStatement s, int index, Instant at) throws SQLException {
    s.setLong(index, at.getEpochSecond());
    s.setInt(index + 1, at.getNano());
  }

  static Instant instant(ResultSet r, String seconds, String nanos) throws SQLException {
    return Instant.ofEpochSecond(r.getLong(seconds), r.getInt(nanos));
  }

  static void checkRange(Instant from, Instant to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from " + from + " but was: " + to);
    }
  }
}
