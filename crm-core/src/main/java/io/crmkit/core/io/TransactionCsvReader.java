package io.crmkit.core.io;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.core.transaction.TransactionKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads transactions from a delimited (FastCSV) or whitespace-separated file in a {@link
 * TransactionCsvFormat}: as {@link Transaction} values, or straight into {@link TransactionColumns}
 * without an object per row (the fast path for large files).
 *
 * <p>Blank lines are skipped and counted. Every other line is a data row that is either imported
 * or rejected: with {@link ErrorPolicy#FAIL_FAST} (the default) the first bad row throws an {@link
 * ImportException}; with {@link ErrorPolicy#COLLECT} the good rows are imported and every bad one
 * is listed in the {@link ImportReport}. A row is bad when a mapped column is missing, the customer
 * id is blank, the timestamp does not match its format, the amount is not a finite decimal number
 * or is negative, the currency is unknown (or, for columns, differs from earlier rows), or the kind
 * is neither purchase nor refund. Extra columns are ignored. Immutable and thread-safe.
 */
public final class TransactionCsvReader {

  /** Distinct timestamp texts remembered per read (files repeat dates far more often than not). */
  private static final int TIMESTAMP_CACHE = 1 << 14;

  private final TransactionCsvFormat format;
  private final ErrorPolicy policy;

  private TransactionCsvReader(TransactionCsvFormat format, ErrorPolicy policy) {
    this.format = Objects.requireNonNull(format, "format must not be null");
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
  }

  /** A reader of files in {@code format} that fails on the first bad row. */
  public static TransactionCsvReader of(TransactionCsvFormat format) {
    return new TransactionCsvReader(format, ErrorPolicy.FAIL_FAST);
  }

  /** The same reader with another error policy. */
  public TransactionCsvReader withErrorPolicy(ErrorPolicy newPolicy) {
    return new TransactionCsvReader(format, newPolicy);
  }

  /** The same reader, importing good rows and reporting the bad ones. */
  public TransactionCsvReader collectingRejectedRows() {
    return withErrorPolicy(ErrorPolicy.COLLECT);
  }

  public TransactionCsvFormat format() {
    return format;
  }

  /** The transactions of a UTF-8 file. */
  public ImportResult<List<Transaction>> readTransactions(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readTransactions(r, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The transactions of {@code reader}; {@code source} names it in messages. */
  public ImportResult<List<Transaction>> readTransactions(Reader reader, String source) {
    List<Transaction> out = new ArrayList<>();
    ImportReport report = read(reader, source, new Sink() {
      @Override
      public void accept(ParsedRow row) {
        Money money = Money.of(new BigDecimal(row.amountText), row.currency);
        TransactionId id = TransactionId.of(row.id);
        Optional<TransactionId> refunded = row.refundOf.isEmpty() ? Optional.empty() : Optional.of(TransactionId.of(row.refundOf));
        out.add(new Transaction(id, CustomerId.of(row.customerId), Instant.ofEpochSecond(row.epochSecond), money,
            List.of(), row.refund ? TransactionKind.REFUND : TransactionKind.PURCHASE, refunded));
      }
    });
    return new ImportResult<>(List.copyOf(out), report);
  }

  /**
   * The rows of a UTF-8 file as columns, without an object per row. Plain ASCII files in a simple
   * delimited format take a byte-level fast path with the same results ({@code ByteColumnsReader}).
   */
  public ImportResult<TransactionColumns> readColumns(Path file) {
    Optional<ImportResult<TransactionColumns>> fast = ByteColumnsReader.read(file, format);
    if (fast.isPresent()) {
      return fast.get();
    }
    try (Reader r = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16)) {
      return readColumns(r, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The rows of {@code reader} as columns; all amounts must be in one currency. */
  public ImportResult<TransactionColumns> readColumns(Reader reader, String source) {
    TransactionColumns.Builder b = TransactionColumns.builder(1 << 12);
    Currency[] seen = new Currency[1];
    ImportReport report = read(reader, source, new Sink() {
      @Override
      public String check(ParsedRow row) {
        if (seen[0] != null && !seen[0].equals(row.currency)) {
          return "is a different currency from " + seen[0] + " of the earlier rows (columns hold one currency)";
        }
        return null;
      }

      @Override
      public void accept(ParsedRow row) {
        seen[0] = row.currency;
        b.currency(row.currency);
        b.add(row.customerId, row.epochSecond, row.amount, row.refund);
      }
    });
    if (seen[0] == null) {
      b.currency(format.currency());
    }
    return new ImportResult<>(b.build(), report);
  }

  /** One row's fields after parsing. */
  private static final class ParsedRow {
    String customerId;
    long epochSecond;
    String amountText;
    double amount;
    Currency currency;
    String id;
    boolean refund;
    String refundOf;
  }

  private interface Sink {
    /** A reason to reject a parsed row (reported against the currency column), or null. */
    default String check(ParsedRow row) {
      return null;
    }

    void accept(ParsedRow row);
  }

  private static final class Indexes {
    int customer;
    int timestamp;
    int amount;
    int currency = -1;
    int id = -1;
    int kind = -1;
    int refundOf = -1;
    String[] names;
  }

  private ImportReport read(Reader reader, String source, Sink sink) {
    Objects.requireNonNull(reader, "reader must not be null");
    Objects.requireNonNull(source, "source must not be null");
    List<RejectedRow> rejected = new ArrayList<>();
    long dataRows = 0;
    long imported = 0;
    long blank = 0;
    ParsedRow row = new ParsedRow();
    String lastTimestamp = null;
    java.util.HashMap<String, Long> timestamps = new java.util.HashMap<>();
    long lastEpoch = 0;
    String lastCurrencyCode = null;
    Currency lastCurrency = null;
    try (RowSource rows = RowSource.open(reader, format.separator())) {
      Indexes ix = null;
      if (!format.header()) {
        ix = resolve(null, source, 0);
      }
      while (nextRow(rows, source)) {
        if (rows.blank()) {
          blank++;
          continue;
        }
        if (ix == null) {
          String[] names = new String[rows.fieldCount()];
          for (int i = 0; i < names.length; i++) {
            names[i] = rows.field(i).trim();
          }
          ix = resolve(names, source, rows.line());
          continue;
        }
        dataRows++;
        RejectedRow bad = null;
        String column = "";
        String value = "";
        try {
          column = columnName(ix, ix.customer, format.customerId());
          value = "";
          value = field(rows, ix.customer, ix, format.customerId());
          String customer = value.trim();
          if (customer.isEmpty()) {
            throw new RowError("is blank: a customer id is required");
          }
          if (format.numericCustomerIds()) {
            customer = canonicalNumber(customer);
          }
          row.customerId = customer;

          column = columnName(ix, ix.timestamp, format.timestamp());

          value = "";
          value = field(rows, ix.timestamp, ix, format.timestamp()).trim();
          if (!value.equals(lastTimestamp)) {
            Long cached = timestamps.get(value);
            if (cached == null) {
              cached = format.timestampFormat().parseEpochSecond(value, format.zone());
              if (timestamps.size() >= TIMESTAMP_CACHE) {
                timestamps.clear();
              }
              timestamps.put(value, cached);
            }
            lastEpoch = cached;
            lastTimestamp = value;
          }
          row.epochSecond = lastEpoch;

          column = columnName(ix, ix.amount, format.amount());

          value = "";
          value = field(rows, ix.amount, ix, format.amount()).trim();
          row.amountText = value;
          row.amount = parseAmount(value);

          row.currency = format.currency();
          if (ix.currency >= 0) {
            column = columnName(ix, ix.currency, format.currencyColumn().get());
            value = "";
            value = field(rows, ix.currency, ix, format.currencyColumn().get()).trim();
            if (!value.isEmpty()) {
              if (!value.equals(lastCurrencyCode)) {
                try {
                  lastCurrency = Currency.getInstance(value);
                } catch (IllegalArgumentException e) {
                  throw new RowError("is not an ISO 4217 currency code");
                }
                lastCurrencyCode = value;
              }
              row.currency = lastCurrency;
            }
          }
          String reason = sink.check(row);
          if (reason != null) {
            value = row.currency.getCurrencyCode();
            column = ix.currency >= 0 ? columnName(ix, ix.currency, format.currencyColumn().get()) : "currency";
            throw new RowError(reason);
          }

          row.id = "L" + rows.line();
          if (ix.id >= 0) {
            column = columnName(ix, ix.id, format.transactionId().get());
            value = "";
            value = field(rows, ix.id, ix, format.transactionId().get()).trim();
            if (value.isEmpty()) {
              throw new RowError("is blank: a transaction id is required when the id column is mapped");
            }
            row.id = value;
          }
          row.refund = false;
          if (ix.kind >= 0) {
            column = columnName(ix, ix.kind, format.kind().get());
            value = "";
            value = field(rows, ix.kind, ix, format.kind().get()).trim();
            String k = value.toLowerCase(Locale.ROOT);
            if (k.equals("refund")) {
              row.refund = true;
            } else if (!k.isEmpty() && !k.equals("purchase")) {
              throw new RowError("is not a transaction kind: expected purchase or refund");
            }
          }
          row.refundOf = "";
          if (ix.refundOf >= 0) {
            column = columnName(ix, ix.refundOf, format.refundOf().get());
            value = "";
            value = field(rows, ix.refundOf, ix, format.refundOf().get()).trim();
            row.refundOf = value;
          }
          if (row.refund && row.refundOf.isEmpty()) {
            throw new RowError("is empty: a refund must name the transaction it refunds");
          }
          if (!row.refund && !row.refundOf.isEmpty()) {
            throw new RowError("names a refunded transaction but the row is a purchase");
          }
          sink.accept(row);
          imported++;
        } catch (RowError e) {
          bad = new RejectedRow(rows.line(), column, value, e.getMessage(), rows.raw());
        } catch (IllegalArgumentException e) {
          bad = new RejectedRow(rows.line(), column, value, e.getMessage(), rows.raw());
        }
        if (bad != null) {
          if (policy == ErrorPolicy.FAIL_FAST) {
            throw ImportException.of(source, bad);
          }
          rejected.add(bad);
        }
      }
      if (ix == null) {
        throw new ImportException(source, 1, "", "", "has no header line");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return new ImportReport(source, dataRows, imported, blank, rejected);
  }

  private static boolean nextRow(RowSource rows, String source) throws IOException {
    long before = rows.line();
    try {
      return rows.next();
    } catch (UncheckedIOException e) {
      throw e;
    } catch (RuntimeException e) {
      // FastCSV refuses malformed quoting; the whole file is suspect, so this ends the import
      throw new ImportException(source, before + 1, "", "", "is not valid CSV: " + e.getMessage());
    }
  }

  private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

  /**
   * The value of a plain decimal ({@code [+-]digits[.digits]}, at most 15 significant digits) or
   * NaN for anything else. Exact: the digits form a long below 2^53 and the division by an exact
   * power of ten is correctly rounded, so the result equals {@link Double#parseDouble}.
   */
  static double fastDecimal(String s) {
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    long mantissa = 0;
    int digits = 0;
    int significant = 0;
    int scale = -1;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (mantissa != 0 && ++significant > 15) {
          return Double.NaN;
        }
        if (scale >= 0 && ++scale >= POWERS_OF_TEN.length) {
          return Double.NaN;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    double d = scale <= 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
    return negative ? -d : d;
  }

  /** Optional sign, digits with an optional decimal point, optional exponent: nothing else. */
  static boolean isDecimal(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exp = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        exp++;
      }
      if (exp == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static String canonicalNumber(String id) {
    int i = 0;
    while (i < id.length() - 1 && id.charAt(i) == '0') {
      i++;
    }
    String digits = id.substring(i);
    if (digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new RowError("is not a whole number: the format reads customer ids as numbers");
    }
    return digits;
  }

  private static double parseAmount(String value) {
    if (value.isEmpty()) {
      throw new RowError("is empty: an amount is required");
    }
    double d = fastDecimal(value);
    if (Double.isNaN(d)) {
      if (!isDecimal(value)) {
        throw new RowError("is not a decimal number");
      }
      d = Double.parseDouble(value);
    }
    if (!Double.isFinite(d)) {
      throw new RowError("is too large for an amount");
    }
    if (d < 0) {
      throw new RowError("is negative: amounts are not negative (a kind column marks refunds)");
    }
    return d;
  }

  private static String field(RowSource rows, int index, Indexes ix, Column column) {
    if (index >= rows.fieldCount()) {
      throw new RowError("is missing: the row has " + rows.fieldCount() + " fields but column " + columnName(ix, index, column)
          + " is field " + (index + 1));
    }
    return rows.field(index);
  }

  private static String columnName(Indexes ix, int index, Column column) {
    if (ix.names != null && index < ix.names.length) {
      return "'" + ix.names[index] + "'";
    }
    return column.toString();
  }

  private Indexes resolve(String[] names, String source, long line) {
    Indexes ix = new Indexes();
    ix.names = names;
    ix.customer = index(format.customerId(), names, source, line);
    ix.timestamp = index(format.timestamp(), names, source, line);
    ix.amount = index(format.amount(), names, source, line);
    ix.currency = format.currencyColumn().map(c -> index(c, names, source, line)).orElse(-1);
    ix.id = format.transactionId().map(c -> index(c, names, source, line)).orElse(-1);
    ix.kind = format.kind().map(c -> index(c, names, source, line)).orElse(-1);
    ix.refundOf = format.refundOf().map(c -> index(c, names, source, line)).orElse(-1);
    return ix;
  }

  private static int index(Column column, String[] names, String source, long line) {
    if (column instanceof Column.Index i) {
      return i.index();
    }
    String wanted = ((Column.Named) column).name().trim();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equalsIgnoreCase(wanted)) {
        return i;
      }
    }
    throw new ImportException(source, line, column.toString(), "",
        "is not in the header; the header has " + java.util.Arrays.toString(names));
  }

  /** A bad field; carries only the reason, the caller adds line, column and value. */
  private static final class RowError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowError(String reason) {
      super(reason, null, false, false);
    }
  }
}
