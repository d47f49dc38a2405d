package io.crmkit.core.io;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.core.transaction.TransactionKind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
 * <p>Blank lines are skipped and counted. Every other line is a data row that is either imported or
 * rejected: with {@link ErrorPolicy#FAIL_FAST} (the default) the first bad row throws an {@link
 * ImportException}; with {@link ErrorPolicy#COLLECT} the good rows are imported and every bad one
 * is listed in the {@link ImportReport}. A row is bad when a mapped column is missing, the customer
 * id is blank, the timestamp does not match its format, the amount is not a finite decimal number
 * or is negative, the currency is unknown (or, for columns, differs from earlier rows), or the kind
 * is neither purchase nor refund. Extra columns are ignored.
 *
 * <p>Files are read as UTF-8; a leading byte order mark is skipped. Bytes that are not valid UTF-8
 * make their row bad (named by line and column), they do not end the import. A field longer than
 * the {@link ImportLimits} is a bad row; a record longer than them, or a quoted field that runs
 * over a line break (an unbalanced quote swallowing the lines after it), ends the import naming the
 * line, whatever the policy, as does a header that lacks a mapped column. Messages carry at most an
 * excerpt of about 100 characters of a value. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TransactionCsvReader {

  /** Distinct timestamp texts remembered per read (files repeat dates far more often than not). */
  private static final int TIMESTAMP_CACHE = 1 << 14;

  private final TransactionCsvFormat format;
  private final ErrorPolicy policy;
  private final ImportLimits limits;

  private TransactionCsvReader(
      TransactionCsvFormat format, ErrorPolicy policy, ImportLimits limits) {
    this.format = Objects.requireNonNull(format, "format must not be null");
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    this.limits = Objects.requireNonNull(limits, "limits must not be null");
  }

  /**
   * A reader of files in {@code format} that fails on the first bad row, with the default limits.
   */
  public static TransactionCsvReader of(TransactionCsvFormat format) {
    return new TransactionCsvReader(format, ErrorPolicy.FAIL_FAST, ImportLimits.defaults());
  }

  /** The same reader with another error policy. */
  public TransactionCsvReader withErrorPolicy(ErrorPolicy newPolicy) {
    return new TransactionCsvReader(format, newPolicy, limits);
  }

  /** The same reader with other size limits. */
  public TransactionCsvReader withLimits(ImportLimits newLimits) {
    return new TransactionCsvReader(format, policy, newLimits);
  }

  /** The size limits this reader applies to fields, amounts and records (in characters). */
  public ImportLimits limits() {
    return limits;
  }

  /** What this reader does with a bad row: fail the import or report and skip the row. */
  public ErrorPolicy errorPolicy() {
    return policy;
  }

  /** The same reader, importing good rows and reporting the bad ones. */
  public TransactionCsvReader collectingRejectedRows() {
    return withErrorPolicy(ErrorPolicy.COLLECT);
  }

  /** The file layout this reader reads. */
  public TransactionCsvFormat format() {
    return format;
  }

  /**
   * Whether the byte-level reader may read for this reader: plain decimal amounts and negative
   * amounts refused (the settings it implements; any other reads generally). It applies this
   * reader's size limits itself.
   */
  private boolean fastPathApplies() {
    return format.amountFormat().equals(AmountFormat.plain())
        && format.negativeAmounts() == NegativeAmounts.REFUSE;
  }

  /** The transactions of a UTF-8 file. */
  public ImportResult<List<Transaction>> readTransactions(Path file) {
    try (Reader r = Inputs.open(file)) {
      return readTransactions(r, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The transactions of {@code reader}; {@code source} names it in messages. */
  public ImportResult<List<Transaction>> readTransactions(Reader reader, String source) {
    List<Transaction> out = new ArrayList<>();
    ImportReport report =
        read(
            reader,
            source,
            new Sink() {
              @Override
              public void accept(ParsedRow row) {
                Money money = Money.of(new BigDecimal(row.amountText), row.currency);
                TransactionId id = TransactionId.of(row.id);
                CustomerId customer = CustomerId.of(row.customerId);
                Instant at = Instant.ofEpochSecond(row.epochSecond);
                TransactionKind kind =
                    row.refund ? TransactionKind.REFUND : TransactionKind.PURCHASE;
                out.add(
                    row.refundOf.isEmpty()
                        ? Transaction.of(id, customer, at, money, List.of(), kind)
                        : Transaction.of(
                            id,
                            customer,
                            at,
                            money,
                            List.of(),
                            kind,
                            TransactionId.of(row.refundOf)));
              }
            });
    return new ImportResult<>(List.copyOf(out), report);
  }

  /**
   * The rows of a UTF-8 file as columns, without an object per row. Plain ASCII files in a simple
   * delimited format take a byte-level fast path with the same results ({@code ByteColumnsReader}).
   */
  public ImportResult<TransactionColumns> readColumns(Path file) {
    if (fastPathApplies()
        && Files.isRegularFile(file)
        && Files.isReadable(file)) { // else Inputs names the problem
      Optional<ImportResult<TransactionColumns>> fast =
          ByteColumnsReader.read(file, format, limits);
      if (fast.isPresent()) {
        return fast.get();
      }
    }
    try (Reader r = Inputs.open(file)) {
      return readColumns(r, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The rows of {@code reader} as columns; all amounts must be in one currency. */
  public ImportResult<TransactionColumns> readColumns(Reader reader, String source) {
    TransactionColumns.Builder b = TransactionColumns.builder(1 << 12);
    Currency[] seen = new Currency[1];
    ImportReport report =
        read(
            reader,
            source,
            new Sink() {
              @Override
              public String check(ParsedRow row) {
                if (seen[0] != null && !seen[0].equals(row.currency)) {
                  return "is a different currency from "
                      + seen[0]
                      + " of the earlier rows (columns hold one currency)";
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
    @SuppressWarnings("UnusedVariable") // the sinks that check a row override this and read it
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
    java.util.HashMap<String, String> lastPurchase =
        format.negativeAmounts() == NegativeAmounts.REFUND ? new java.util.HashMap<>() : null;
    try (RowSource rows =
        RowSource.open(Inputs.skippingBom(reader), format.separator(), limits.maxRecordLength())) {
      Indexes ix = null;
      if (!format.header()) {
        ix = resolve(null, source, 0);
      }
      while (nextRow(rows, source)) {
        if (rows.blank()) {
          blank++;
          continue;
        }
        checkLineBreaks(rows, source, ix);
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
          value = field(rows, ix.customer, ix, format.customerId(), limits.maxFieldLength());
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
          value = field(rows, ix.timestamp, ix, format.timestamp(), limits.maxFieldLength()).trim();
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
          value = field(rows, ix.amount, ix, format.amount(), limits.maxAmountLength()).trim();
          String plain = format.amountFormat().normalize(value);
          row.amount =
              parseAmount(plain, format.amountFormat().isPlain(), format.negativeAmounts());
          boolean negative = row.amount < 0;
          row.amountText = negative ? plain.substring(1) : plain;
          row.amount = Math.abs(row.amount);

          row.currency = format.currency();
          if (ix.currency >= 0) {
            column = columnName(ix, ix.currency, format.currencyColumn().get());
            value = "";
            value =
                field(rows, ix.currency, ix, format.currencyColumn().get(), limits.maxFieldLength())
                    .trim();
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
            column =
                ix.currency >= 0
                    ? columnName(ix, ix.currency, format.currencyColumn().get())
                    : "currency";
            throw new RowError(reason);
          }

          row.id = "L" + rows.line();
          if (ix.id >= 0) {
            column = columnName(ix, ix.id, format.transactionId().get());
            value = "";
            value =
                field(rows, ix.id, ix, format.transactionId().get(), limits.maxFieldLength())
                    .trim();
            if (value.isEmpty()) {
              throw new RowError(
                  "is blank: a transaction id is required when the id column is mapped");
            }
            row.id = value;
          }
          row.refund = false;
          if (ix.kind >= 0) {
            column = columnName(ix, ix.kind, format.kind().get());
            value = "";
            value = field(rows, ix.kind, ix, format.kind().get(), limits.maxFieldLength()).trim();
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
            value =
                field(rows, ix.refundOf, ix, format.refundOf().get(), limits.maxFieldLength())
                    .trim();
            row.refundOf = value;
          }
          if (negative) {
            // NegativeAmounts.REFUND (parseAmount refused the row otherwise)
            column = columnName(ix, ix.amount, format.amount());
            value = rows.field(ix.amount).trim();
            row.refund = true;
            if (row.refundOf.isEmpty()) {
              String latest = lastPurchase.get(row.customerId);
              if (latest == null) {
                throw new RowError(
                    "is negative, a refund, but customer "
                        + row.customerId
                        + " has no earlier purchase in "
                        + "the file for it to refund (give the refunded id in a refund-of column)");
              }
              row.refundOf = latest;
            }
          }
          if (row.refund && row.refundOf.isEmpty()) {
            throw new RowError("is empty: a refund must name the transaction it refunds");
          }
          if (!row.refund && !row.refundOf.isEmpty()) {
            throw new RowError("names a refunded transaction but the row is a purchase");
          }
          if (row.refund && row.refundOf.equals(row.id)) {
            throw new RowError(
                "names its own transaction id " + row.id + " as the refunded transaction");
          }
          sink.accept(row);
          if (lastPurchase != null && !row.refund) {
            lastPurchase.put(row.customerId, row.id);
          }
          imported++;
        } catch (RowError e) {
          bad = new RejectedRow(rows.line(), column, value, e.getMessage(), rows.raw());
        } catch (IllegalArgumentException e) {
          bad = new RejectedRow(rows.line(), column, value, e.getMessage(), rows.raw());
        } catch (RuntimeException e) {
          // a failure this reader does not foresee still names its row rather than losing it
          bad = new RejectedRow(rows.line(), column, value, "could not be read: " + e, rows.raw());
        }
        if (bad != null) {
          if (policy == ErrorPolicy.FAIL_FAST) {
            throw ImportException.of(source, bad);
          }
          rejected.add(bad);
        }
      }
      long read = rows.line() + (rows.line() == 0 ? 0 : rows.lineSpan() - 1);
      if (rows.physicalLines() > read) {
        throw new ImportException(
            source,
            read + 1,
            "",
            "",
            "starts "
                + (rows.physicalLines() - read)
                + " lines that are not "
                + "CSV records (to line "
                + rows.physicalLines()
                + "): a quote opened there is not closed");
      }
      if (ix == null) {
        throw new ImportException(source, 1, "", "", "has no header line");
      }
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException(
          "cannot read " + source + " after line " + dataRows + ": " + e.getMessage(),
          e.getCause());
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
    } catch (RowSource.RecordTooLongException e) {
      throw new ImportException(source, e.line(), "", "", e.getMessage());
    } catch (RuntimeException e) {
      // FastCSV refuses malformed quoting or an over-long field; the whole file is suspect, so this
      // ends the import
      throw new ImportException(
          source,
          before + 1,
          "",
          "",
          "is not valid CSV (" + Inputs.excerpt(String.valueOf(e.getMessage())) + ")");
    }
  }

  /**
   * Ends the import when a record runs over several lines: in a transactions file that is a quote
   * opened and not closed on its line, which would swallow the lines after it into one record.
   */
  private static void checkLineBreaks(RowSource rows, String source, Indexes ix) {
    long span = rows.lineSpan();
    if (span > 1) {
      String column = "";
      for (int i = 0; i < rows.fieldCount() && column.isEmpty(); i++) {
        if (rows.field(i).indexOf('\n') >= 0 || rows.field(i).indexOf('\r') >= 0) {
          column =
              ix != null && ix.names != null && i < ix.names.length
                  ? "'" + ix.names[i] + "'"
                  : "#" + (i + 1);
        }
      }
      throw new ImportException(
          source,
          rows.line(),
          column,
          rows.raw().replace("\r", "\\r").replace("\n", "\\n"),
          "is a record that runs over "
              + span
              + " lines, to line "
              + (rows.line() + span - 1)
              + ": a quote opened in it "
              + "is not closed on its line (quoted line breaks are not supported in transaction files)");
    }
  }

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18
  };

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

  private static double parseAmount(String value, boolean plainFormat, NegativeAmounts negatives) {
    if (value.isEmpty()) {
      throw new RowError("is empty: an amount is required");
    }
    double d = fastDecimal(value);
    if (Double.isNaN(d)) {
      if (!isDecimal(value)) {
        throw new RowError(
            plainFormat && looksFormatted(value)
                ? "is not a plain decimal number: amounts with currency symbols or grouping (such as $1,234.50 or 1.234,50) "
                    + "need an AmountFormat (the CLI's --amount-format)"
                : "is not a decimal number");
      }
      d = Double.parseDouble(value);
    }
    if (!Double.isFinite(d)) {
      throw new RowError("is too large for an amount");
    }
    if (d < 0 && negatives == NegativeAmounts.REFUSE) {
      throw new RowError(
          "is negative: amounts are not negative (a kind column marks refunds, or read negative "
              + "amounts as refunds with NegativeAmounts.REFUND, the CLI's --negative-amounts refund)");
    }
    return d == 0 ? 0.0 : d; // "-0" is zero: one zero on every path
  }

  private static boolean looksFormatted(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '(' || Character.getType(c) == Character.CURRENCY_SYMBOL) {
        return true;
      }
    }
    return false;
  }

  private static String field(RowSource rows, int index, Indexes ix, Column column, int maxLength) {
    if (index >= rows.fieldCount()) {
      throw new RowError(
          "is missing: the row has "
              + rows.fieldCount()
              + " fields but column "
              + columnName(ix, index, column)
              + " is field "
              + (index + 1));
    }
    String f = rows.field(index);
    if (f.length() > maxLength) {
      throw new RowError(
          "is "
              + String.format(Locale.ROOT, "%,d", f.length())
              + " characters long: the limit is "
              + String.format(Locale.ROOT, "%,d", maxLength)
              + " (ImportLimits."
              + (index == ix.amount ? "maxAmountLength" : "maxFieldLength")
              + ")");
    }
    int bad = f.indexOf(Inputs.MALFORMED);
    if (bad >= 0) {
      throw new RowError(
          "is not valid UTF-8: the bytes at character "
              + (bad + 1)
              + " are not a UTF-8 sequence "
              + "(shown as U+FFFD; is the file in another encoding such as Windows-1252?)");
    }
    return f;
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
    throw new ImportException(
        source,
        line,
        column.toString(),
        "",
        "is not in the header; the header has " + Inputs.excerpt(java.util.Arrays.toString(names)));
  }

  /** A bad field; carries only the reason, the caller adds line, column and value. */
  private static final class RowError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowError(String reason) {
      super(reason, null, false, false);
    }
  }
}
