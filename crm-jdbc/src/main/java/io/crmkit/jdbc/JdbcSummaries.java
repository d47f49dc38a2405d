package io.crmkit.jdbc;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.CustomerSummary;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TransactionColumns;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Per-customer summaries of the transactions in {@code <schema>.transaction_rows} (loaded by {@link
 * TransactionCopy}), two ways:
 *
 * <ul>
 *   <li>{@link #of}: the rows are streamed, in load order, through a server-side cursor into
 *       crm-core's columnar {@link TransactionColumns} (primitive arrays, one string per customer,
 *       about 25 bytes per row) and summarised by {@link CustomerSummaries#of(TransactionColumns,
 *       SummaryOptions)}: exactly the in-memory result.
 *   <li>{@link #computedInDatabase}: one SQL query groups the rows by customer in the database
 *       (local times in the options' zone, purchase periods, calibration and holdout split,
 *       distinct periods, first-period spend, refunds) and only one row per customer crosses the
 *       network; the last arithmetic (times in the unit, the mean repeat spend) follows crm-core's
 *       definitions. Region zones are converted by PostgreSQL's time-zone database (the same IANA
 *       rules as the JVM's, up to their release dates); fixed offsets by adding the offset.
 * </ul>
 *
 * @since 0.1
 */
public final class JdbcSummaries {

  private static final int FETCH = 10_000;

  private JdbcSummaries() {}

  /**
   * The summaries of every row of {@code schema}'s {@code transaction_rows}, under {@code options}.
   */
  public static CustomerSummaries of(
      DataSource dataSource, DbSchema schema, SummaryOptions options) {
    Objects.requireNonNull(options, "options must not be null");
    return CustomerSummaries.of(columns(dataSource, schema), options);
  }

  /**
   * The summaries of every row of {@code schema}'s {@code transaction_rows} under {@code options},
   * grouped by customer in the database (see the class comment).
   */
  public static CustomerSummaries computedInDatabase(
      DataSource dataSource, DbSchema schema, SummaryOptions options) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    Objects.requireNonNull(schema, "schema must not be null");
    Objects.requireNonNull(options, "options must not be null");
    String table = schema.table("transaction_rows");
    long period = options.purchasePeriod().seconds();
    double periodInUnits = period / options.unit().seconds();
    long calEndExcl = (options.calibrationEnd().toEpochDay() + 1) * 86_400L;
    boolean hasHoldout = options.holdoutEnd().isPresent();
    long obsEndExcl =
        hasHoldout ? (options.holdoutEnd().get().toEpochDay() + 1) * 86_400L : calEndExcl;
    long calEndPeriod = Math.floorDiv(calEndExcl - 1, period);
    double holdoutDuration =
        hasHoldout ? (Math.floorDiv(obsEndExcl - 1, period) - calEndPeriod) * periodInUnits : 0;
    boolean fixed = options.zone().getRules().isFixedOffset();
    String local =
        fixed ? "(at_s + ?)" : "extract(epoch FROM (to_timestamp(at_s) AT TIME ZONE ?))::bigint";
    // p(t): the purchase period of local second t, floor division
    String p = "((t - (((t % ?) + ?) % ?)) / ?)";
    String cal = "NOT refund AND t < ?";
    String sql =
        "SELECT customer_id, count(*) FILTER (WHERE "
            + cal
            + ") AS cal_n,"
            + " count(DISTINCT "
            + p
            + ") FILTER (WHERE "
            + cal
            + ") AS cal_periods,"
            + " min(t) FILTER (WHERE "
            + cal
            + ") AS min_t, max(t) FILTER (WHERE "
            + cal
            + ") AS max_t,"
            + " coalesce(sum(amount) FILTER (WHERE "
            + cal
            + "), 0) AS cal_total,"
            + " coalesce(sum(amount) FILTER (WHERE "
            + cal
            + " AND "
            + p
            + " = first_period), 0) AS first_amount,"
            + " coalesce(sum(amount) FILTER (WHERE refund AND t < ?), 0) AS cal_refunds,"
            + " count(DISTINCT "
            + p
            + ") FILTER (WHERE NOT refund AND t >= ?) AS hold_periods,"
            + " min(currency) AS currency, max(currency) AS other_currency"
            + " FROM (SELECT customer_id, refund, amount, currency, t,"
            + " min("
            + p
            + ") FILTER (WHERE "
            + cal
            + ") OVER (PARTITION BY customer_id) AS first_period"
            + " FROM (SELECT customer_id, refund, amount, currency, "
            + local
            + " AS t FROM "
            + table
            + ") l"
            + " WHERE t < ?) r GROUP BY customer_id";
    return Sql.inTransaction(
        dataSource,
        "summarising " + table + " in the database",
        c -> {
          CustomerSummaries.Builder b = CustomerSummaries.builder(options.unit());
          String[] currency = {null};
          try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            // in the order of the ?s: cal; p, cal; cal; cal; cal; cal, p; refunds; p, holdout;
            // window p, cal; zone; end
            s.setLong(i++, calEndExcl);
            i = periodParameters(s, i, period);
            s.setLong(i++, calEndExcl);
            s.setLong(i++, calEndExcl);
            s.setLong(i++, calEndExcl);
            s.setLong(i++, calEndExcl);
            s.setLong(i++, calEndExcl);
            i = periodParameters(s, i, period);
            s.setLong(i++, calEndExcl);
            i = periodParameters(s, i, period);
            s.setLong(i++, calEndExcl);
            i = periodParameters(s, i, period);
            s.setLong(i++, calEndExcl);
            if (fixed) {
              s.setLong(
                  i++,
                  options.zone().getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds());
            } else {
              s.setString(i++, options.zone().getId());
            }
            s.setLong(i, obsEndExcl);
            s.setFetchSize(FETCH);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                int calN = r.getInt("cal_n");
                if (calN == 0) {
                  continue; // no purchase in the calibration period: not summarised (crm-core
                  // counts it as late)
                }
                String cur = r.getString("currency");
                String other = r.getString("other_currency");
                if (cur != null
                    && (!cur.equals(other) || (currency[0] != null && !currency[0].equals(cur)))) {
                  throw new CrmDatabaseException(
                      table + " mixes currencies: summarise one currency at a time");
                }
                currency[0] = cur == null ? currency[0] : cur;
                long minT = r.getLong("min_t");
                long maxT = r.getLong("max_t");
                long minPeriod = Math.floorDiv(minT, period);
                long maxPeriod = Math.floorDiv(maxT, period);
                int x = r.getInt("cal_periods") - 1;
                double calTotal = r.getDouble("cal_total");
                double firstAmount = r.getDouble("first_amount");
                CustomerSummary summary =
                    CustomerSummary.of(
                            CustomerId.of(r.getString("customer_id")),
                            x,
                            (maxPeriod - minPeriod) * periodInUnits,
                            (calEndPeriod - minPeriod) * periodInUnits,
                            x == 0 ? 0 : Math.max(0, (calTotal - firstAmount) / x),
                            calTotal - r.getDouble("cal_refunds"),
                            calN)
                        .withFirstPurchase(LocalDate.ofEpochDay(Math.floorDiv(minT, 86_400L)))
                        .withLastPurchase(LocalDate.ofEpochDay(Math.floorDiv(maxT, 86_400L)));
                b.add(
                    hasHoldout ? summary.withHoldoutFrequency(r.getInt("hold_periods")) : summary);
              }
            }
          }
          if (hasHoldout && holdoutDuration > 0) {
            b.holdoutDuration(holdoutDuration);
          }
          if (currency[0] != null) {
            b.currency(Currency.getInstance(currency[0].trim()));
          }
          return b.build();
        });
  }

  private static int periodParameters(PreparedStatement s, int i, long period)
      throws java.sql.SQLException {
    for (int k = 0; k < 4; k++) {
      s.setLong(i + k, period);
    }
    return i + 4;
  }

  /** The rows of {@code schema}'s {@code transaction_rows} as columns, in load order. */
  public static TransactionColumns columns(DataSource dataSource, DbSchema schema) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    Objects.requireNonNull(schema, "schema must not be null");
    String table = schema.table("transaction_rows");
    return Sql.inTransaction(
        dataSource,
        "reading " + table,
        c -> {
          long n = Sql.count(c, "SELECT count(*) FROM " + table);
          TransactionColumns.Builder b =
              TransactionColumns.builder((int) Math.min(n, Integer.MAX_VALUE - 16));
          String currency = null;
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT customer_id, at_s, amount, refund, currency FROM "
                      + table
                      + " ORDER BY row_id")) {
            s.setFetchSize(FETCH);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                String cur = r.getString(5);
                if (cur != null && currency == null) {
                  currency = cur;
                  b.currency(Currency.getInstance(cur));
                } else if (cur != null && !cur.equals(currency)) {
                  throw new CrmDatabaseException(
                      table
                          + " mixes currencies "
                          + currency
                          + " and "
                          + cur
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
