package io.crmkit.jdbc;

import java.sql.SQLException;

/**
 * A database operation failed: the message says which operation on what (an id, a table), the SQL
 * state and the driver's message. It never carries a connection's URL parameters, user or password.
 *
 * @since 0.1
 */
public final class CrmDatabaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CrmDatabaseException(String what, SQLException cause) {
    super(what + " failed: " + describe(cause), cause);
  }

  CrmDatabaseException(String message) {
    super(message);
  }

  /** The SQL state of the underlying failure, empty when there is none. */
  public String sqlState() {
    return getCause() instanceof SQLException s && s.getSQLState() != null ? s.getSQLState() : "";
  }

  private static String describe(SQLException e) {
    String state = e.getSQLState() == null ? "" : "[" + e.getSQLState() + "] ";
    return state + e.getMessage();
  }
}
