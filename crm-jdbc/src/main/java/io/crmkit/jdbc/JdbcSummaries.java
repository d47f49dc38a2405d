package io.crmkit.jdbc;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TransactionColumns;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Currency;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Per-customer summaries of the transactions in the database: the rows of {@code
 * <schema>.transaction_rows} (loaded by {@link TransactionCopy}) are streamed, in load order, through
 * a server-side cursor into crm-core's columnar {@link TransactionColumns} (primitive arrays, one
 * string per customer) and summarised by {@link CustomerSummaries#of(TransactionColumns,
 * SummaryOptions)}: the zone, unit, purchase period and calibration/holdout split are those of the
 * {@code options}, and the result is exactly the in-memory one. Memory is that of the columns (about
 * 25 bytes per row), not of row objects.
 */
public final class JdbcSummaries {

  private static final int FETCH = 10_000;

  private JdbcSummaries() {}

  /** The summaries of every row of {@code schema}'s {@code transaction_rows}, under {@code options}. */
  public static CustomerSummaries of(DataSource dataSource, DbSchema schema, SummaryOptions options) {
    Objects.requireNonNull(options, "options must not be null");
    return CustomerSummaries.of(columns(dataSource, schema), options);
  }

  /** The rows of {@code schema}'s {@code transaction_rows} as columns, in load order. */
  public static TransactionColumns columns(DataSource dataSource, DbSchema schema) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    Objects.requireNonNull(schema, "schema must not be null");
    String table = schema.table("transaction_rows");
    return Sql.inTransaction(dataSource, "reading " + table, c -> {
      long n = Sql.count(c, "SELECT count(*) FROM " + table);
      TransactionColumns.Builder b = TransactionColumns.builder((int) Math.min(n, Integer.MAX_VALUE - 16));
      String currency = null;
      try (PreparedStatement s = c.prepareStatement("SELECT customer_id, at_s, amount, refund, currency FROM " + table
          + " ORDER BY row_id")) {
        s.setFetchSize(FETCH);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            String cur = r.getString(5);
            if (cur != null && currency == null) {
              currency = cur;
              b.currency(Currency.getInstance(cur));
            } else if (cur != null && !cur.equals(currency)) {
              throw new CrmDatabaseException(table + " mixes currencies " + currency + " and " + cur
                  + ": summarise one currency at a time");
            }
            b.add(r.getString(1), r.getLong(2), r.getDouble(3), r.getBoolean(4));
          }
        }
      }
      return b.build();
    });
  }
}
