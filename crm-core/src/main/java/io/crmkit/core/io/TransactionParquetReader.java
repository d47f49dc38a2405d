package io.crmkit.core.io;

import io.crmkit.core.summary.TransactionColumns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Reads transactions from an Apache Parquet file straight into {@link TransactionColumns}, through
 * DuckDB's JDBC driver ({@code org.duckdb:duckdb_jdbc}, which must be on the class path at run
 * time; crm-core declares it optional). 10 M rows load in well under a second and a half.
 *
 * <p>The columns are those of a {@link TransactionCsvFormat} (by name, case-insensitively, or by
 * 0-based position; its zone, currency and timestamp format apply); currency, id, kind and
 * refund-of columns are not read from Parquet. Types: the customer id an integer (a non-negative
 * one is a numeric id) or a string (trimmed; numeric ids canonical when the format says so); the
 * timestamp a {@code DATE} (start of the day in the zone), a {@code TIMESTAMP} (local date-time in
 * the zone), a {@code TIMESTAMP WITH TIME ZONE}, an integer (epoch seconds, or milliseconds with
 * {@link TimestampFormat#epochMillis()}) or a string in the format's {@link TimestampFormat}; the
 * amount a {@code DECIMAL} (read as its exact unscaled {@code long}, then one correctly rounded
 * division, so {@code 12.34} is the same {@code double} as in a CSV file), a floating-point or
 * integer number, or a decimal string.
 *
 * <p>Errors are those of {@link TransactionCsvReader}, with the 1-based row number in place of the
 * line: a missing (null) or bad value fails the read with {@link ErrorPolicy#FAIL_FAST} or is
 * listed in the {@link ImportReport} with {@link ErrorPolicy#COLLECT}; nothing is dropped silently.
 * A rejected row's raw line is its three values as selected (dates as epoch days, timestamps as
 * epoch milliseconds, decimals as unscaled integers). Immutable and thread-safe.
 *
 * <p>Why DuckDB and not Apache Parquet's own Java reader: parquet-hadoop needs hadoop-common and
 * its dependency tree (tens of jars, with their own Guava, Jackson and Protobuf versions) even for
 * a local file, while duckdb_jdbc is one self-contained jar with no dependencies (about 80 MB, as
 * it carries the native engine for each platform) that reads Parquet column chunks in native code
 * and hands them over in vectors; see benchmarks/README.md for the figures.
 *
 * @since 0.1
 */
public final class TransactionParquetReader {

  private final TransactionCsvFormat format;
  private final ErrorPolicy policy;

  private TransactionParquetReader(TransactionCsvFormat format, ErrorPolicy policy) {
    this.format = Objects.requireNonNull(format, "format must not be null");
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    for (var optional :
        List.of(
            format.currencyColumn(), format.transactionId(), format.kind(), format.refundOf())) {
      if (optional.isPresent()) {
        throw new IllegalArgumentException(
            "Parquet input reads customer, timestamp and amount columns only, but the "
                + "format maps "
                + optional.get()
                + " too: "
                + format);
      }
    }
  }

  /**
   * A reader of Parquet files with the columns, zone and currency of {@code format}, failing on the
   * first bad row.
   */
  public static TransactionParquetReader of(TransactionCsvFormat format) {
    return new TransactionParquetReader(format, ErrorPolicy.FAIL_FAST);
  }

  /** The same reader with another error policy. */
  public TransactionParquetReader withErrorPolicy(ErrorPolicy newPolicy) {
    return new TransactionParquetReader(format, newPolicy);
  }

  /** Whether {@code file}'s name ends with {@code .parquet} (case-insensitively). */
  public static boolean isParquet(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
  }

  /** The rows of a Parquet file as columns. */
  public ImportResult<TransactionColumns> readColumns(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw new java.io.UncheckedIOException(
          new java.nio.file.NoSuchFileException(file.toString()));
    }
    Properties p = new Properties();
    p.setProperty(
        "threads", Integer.toString(Math.max(1, Runtime.getRuntime().availableProcessors())));
    try (Connection c = connect(p)) {
      List<String> names = new ArrayList<>();
      List<String> types = new ArrayList<>();
      try (PreparedStatement d = c.prepareStatement("DESCRIBE SELECT * FROM read_parquet(?)")) {
        d.setString(1, file.toAbsolutePath().toString());
        try (ResultSet r = d.executeQuery()) {
          while (r.next()) {
            names.add(r.getString(1));
            types.add(r.getString(2).toUpperCase(Locale.ROOT));
          }
        }
      }
      int ci = index(format.customerId(), names, source);
      int ti = index(format.timestamp(), names, source);
      int ai = index(format.amount(), names, source);
      String sql =
          "SELECT "
              + customerSql(names.get(ci), types.get(ci))
              + ", "
              + timestampSql(names.get(ti), types.get(ti))
              + ", "
              + amountSql(names.get(ai), types.get(ai))
              + " FROM read_parquet(?)";
      try (PreparedStatement q = c.prepareStatement(sql)) {
        q.setString(1, file.toAbsolutePath().toString());
        try (ResultSet r = q.executeQuery()) {
          return load(
              r,
              source,
              "'" + names.get(ci) + "'",
              types.get(ci),
              "'" + names.get(ti) + "'",
              types.get(ti),
              "'" + names.get(ai) + "'",
              types.get(ai),
              decimalScale(types.get(ai)));
        }
      }
    } catch (SQLException e) {
      throw new ImportException(source, 1, "", "", "cannot be read as Parquet: " + e.getMessage());
    }
  }

  private static Connection connect(Properties p) throws SQLException {
    try {
      return DriverManager.getConnection("jdbc:duckdb:", p);
    } catch (SQLException e) {
      if (e.getMessage() != null && e.getMessage().contains("No suitable driver")) {
        throw new IllegalStateException(
            "Parquet input needs DuckDB's JDBC driver (org.duckdb:duckdb_jdbc) on the "
                + "class path",
            e);
      }
      throw e;
    }
  }

  private static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private static boolean isInteger(String type) {
    return List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER")
        .contains(type);
  }

  private static String customerSql(String name, String type) {
    return isInteger(type)
        ? "CAST(" + quote(name) + " AS BIGINT)"
        : "CAST(" + quote(name) + " AS VARCHAR)";
  }

  private String timestampSql(String name, String type) {
    String q = quote(name);
    if (type.equals("DATE")) {
      return "CAST(" + q + " - DATE '1970-01-01' AS BIGINT)";
    }
    if (type.startsWith("TIMESTAMP")) {
      return "epoch_ms(" + q + ")";
    }
    if (isInteger(type) || type.equals("UBIGINT")) {
      return "CAST(" + q + " AS BIGINT)";
    }
    return "CAST(" + q + " AS VARCHAR)";
  }

  /** The scale of a DECIMAL(p, s) type of at most 18 digits, or -1. */
  private static int decimalScale(String type) {
    if (!type.startsWith("DECIMAL(")) {
      return -1;
    }
    String[] ps = type.substring(8, type.length() - 1).split(",", -1);
    int precision = Integer.parseInt(ps[0].trim());
    int scale = Integer.parseInt(ps[1].trim());
    return precision <= 18 ? scale : -1;
  }

  private static String amountSql(String name, String type) {
    String q = quote(name);
    int scale = decimalScale(type);
    if (scale >= 0) {
      return "CAST("
          + q
          + " * "
          + "1"
          + "0".repeat(scale)
          + " AS BIGINT)"; // exact: DECIMAL arithmetic
    }
    if (type.startsWith("DECIMAL")
        || type.equals("DOUBLE")
        || type.equals("FLOAT")
        || isInteger(type)
        || type.equals("UBIGINT")
        || type.equals("HUGEINT")) {
      return "CAST(" + q + " AS DOUBLE)";
    }
    return "CAST(" + q + " AS VARCHAR)";
  }

  private static int index(Column column, List<String> names, String source) {
    if (column instanceof Column.Index i) {
      if (i.index() >= names.size()) {
        throw new ImportException(
            source,
            1,
            column.toString(),
            "",
            "is not in the file: it has " + names.size() + " columns " + names);
      }
      return i.index();
    }
    String wanted = ((Column.Named) column).name().trim();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(wanted)) {
        return i;
      }
    }
    throw new ImportException(
        source, 1, column.toString(), "", "is not in the file; its columns are " + names);
  }

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18
  };

  /** A bad value: its reason. */
  private static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;

    Bad(String reason) {
      super(reason, null, false, false);
    }
  }

  private ImportResult<TransactionColumns> load(
      ResultSet r,
      String source,
      String customerName,
      String customerType,
      String timestampName,
      String timestampType,
      String amountName,
      String amountType,
      int scale)
      throws SQLException {
    TransactionColumns.Builder b = TransactionColumns.builder(1 << 16);
    b.currency(format.currency());
    boolean integerIds = isInteger(customerType);
    boolean dates = timestampType.equals("DATE");
    boolean instants =
        timestampType.startsWith("TIMESTAMP WITH TIME ZONE") || timestampType.equals("TIMESTAMPTZ");
    boolean local = timestampType.startsWith("TIMESTAMP") && !instants;
    boolean epochs = isInteger(timestampType) || timestampType.equals("UBIGINT");
    boolean millis = format.timestampFormat().equals(TimestampFormat.epochMillis());
    boolean numericAmount = !amountType.equals("VARCHAR") && !amountType.startsWith("BLOB");
    ZoneId zone = format.zone();
    boolean utc = zone.normalized().equals(ZoneOffset.UTC);
    long lastDay = Long.MIN_VALUE;
    long lastDayEpoch = 0;
    List<RejectedRow> rejected = new ArrayList<>();
    long row = 0;
    long imported = 0;
    while (r.next()) {
      row++;
      String column = customerName;
      String value = "";
      try {
        // customer
        long numeric = -1;
        String id = null;
        if (integerIds) {
          long v = r.getLong(1);
          if (r.wasNull()) {
            throw new Bad("is blank: a customer id is required");
          }
          if (v >= 0) {
            numeric = v;
          } else {
            id = Long.toString(v);
          }
        } else {
          String s = r.getString(1);
          value = s == null ? "" : s.trim();
          if (value.isEmpty()) {
            throw new Bad("is blank: a customer id is required");
          }
          id = format.numericCustomerIds() ? canonical(value) : value;
        }
        // timestamp
        column = timestampName;
        value = "";
        long epochSecond;
        if (dates || local || instants || epochs) {
          long v = r.getLong(2);
          if (r.wasNull()) {
            throw new Bad("is missing: a timestamp is required");
          }
          if (dates) {
            if (v != lastDay) {
              lastDayEpoch = LocalDate.ofEpochDay(v).atStartOfDay(zone).toEpochSecond();
              lastDay = v;
            }
            epochSecond = lastDayEpoch;
          } else if (instants || (local && utc)) {
            epochSecond = Math.floorDiv(v, 1000L);
          } else if (local) {
            epochSecond =
                LocalDateTime.ofEpochSecond(Math.floorDiv(v, 1000L), 0, ZoneOffset.UTC)
                    .atZone(zone)
                    .toEpochSecond();
          } else {
            epochSecond = millis ? Math.floorDiv(v, 1000L) : v;
          }
        } else {
          String s = r.getString(2);
          value = s == null ? "" : s.trim();
          if (s == null) {
            throw new Bad("is missing: a timestamp is required");
          }
          try {
            epochSecond = format.timestampFormat().parseEpochSecond(value, zone);
          } catch (IllegalArgumentException e) {
            throw new Bad(e.getMessage());
          }
        }
        // amount
        column = amountName;
        value = "";
        double amount;
        if (scale >= 0) {
          long unscaled = r.getLong(3);
          if (r.wasNull()) {
            throw new Bad("is empty: an amount is required");
          }
          amount =
              Math.abs(unscaled) < (1L << 53)
                  ? unscaled / POWERS_OF_TEN[scale]
                  : Double.parseDouble(java.math.BigDecimal.valueOf(unscaled, scale).toString());
        } else if (numericAmount) {
          amount = r.getDouble(3);
          if (r.wasNull()) {
            throw new Bad("is empty: an amount is required");
          }
          value = Double.toString(amount);
          if (Double.isNaN(amount)) {
            throw new Bad("is not a decimal number");
          }
        } else {
          String s = r.getString(3);
          value = s == null ? "" : s.trim();
          if (value.isEmpty()) {
            throw new Bad("is empty: an amount is required");
          }
          if (!TransactionCsvReader.isDecimal(value)) {
            throw new Bad("is not a decimal number");
          }
          amount = Double.parseDouble(value);
        }
        if (Double.isInfinite(amount)) {
          throw new Bad("is too large for an amount");
        }
        if (amount < 0) {
          value = value.isEmpty() ? CsvRowWriter.shortest(amount) : value;
          throw new Bad("is negative: amounts are not negative (a kind column marks refunds)");
        }
        if (numeric >= 0) {
          b.add(numeric, epochSecond, amount, false);
        } else {
          b.add(id, epochSecond, amount, false);
        }
        imported++;
      } catch (Bad e) {
        RejectedRow bad = new RejectedRow(row, column, value, e.getMessage(), raw(r));
        if (policy == ErrorPolicy.FAIL_FAST) {
          throw ImportException.of(source, bad);
        }
        rejected.add(bad);
      }
    }
    return new ImportResult<>(b.build(), new ImportReport(source, row, imported, 0, rejected));
  }

  private static String raw(ResultSet r) throws SQLException {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      String s = r.getString(i);
      sb.append(i > 1 ? "," : "").append(s == null ? "" : s);
    }
    return sb.toString();
  }

  private static String canonical(String id) throws Bad {
    int i = 0;
    while (i < id.length() - 1 && id.charAt(i) == '0') {
      i++;
    }
    String digits = id.substring(i);
    if (digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Bad("is not a whole number: the format reads customer ids as numbers");
    }
    return digits;
  }

  @Override
  public String toString() {
    return "TransactionParquetReader[" + format + ", " + policy + "]";
  }
}
