package io.crmkit.core.io;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The column mapping of a transactions file: which column holds the customer id, the timestamp (and
 * in which {@link TimestampFormat}), the amount, and optionally the currency, the transaction id,
 * the kind ({@code purchase} or {@code refund}) and the refunded transaction; the field separator
 * (or whitespace-separated, as CDNOW), whether the first line is a header, and the time zone in
 * which local dates and date-times are read (required: never the JVM default).
 *
 * <p>Columns are named (when there is a header) or given by 0-based position. Without a currency
 * column every amount is in {@link #currency()}. Without an id column, transaction ids are {@code
 * "L<line>"}. Immutable; build with {@link #builder(ZoneId)}.
 *
 * @since 0.1
 */
public final class TransactionCsvFormat {

  private final Optional<Character> separator;
  private final boolean header;
  private final Column customerId;
  private final Column timestamp;
  private final TimestampFormat timestampFormat;
  private final Column amount;
  private final Optional<Column> currencyColumn;
  private final Currency currency;
  private final Optional<Column> transactionId;
  private final Optional<Column> kind;
  private final Optional<Column> refundOf;
  private final ZoneId zone;
  private final boolean numericCustomerIds;
  private final AmountFormat amountFormat;
  private final NegativeAmounts negativeAmounts;

  private TransactionCsvFormat(Builder b) {
    this.amountFormat = b.amountFormat;
    this.negativeAmounts = b.negativeAmounts;
    this.numericCustomerIds = b.numericCustomerIds;
    this.separator = b.separator;
    this.header = b.header;
    this.customerId = b.customerId;
    this.timestamp = b.timestamp;
    this.timestampFormat = b.timestampFormat;
    this.amount = b.amount;
    this.currencyColumn = b.currencyColumn;
    this.currency = b.currency;
    this.transactionId = b.transactionId;
    this.kind = b.kind;
    this.refundOf = b.refundOf;
    this.zone = b.zone;
    for (Column c : new Column[] {customerId, timestamp, amount}) {
      if (!header && c instanceof Column.Named n) {
        throw new IllegalArgumentException(
            "column " + n + " is named but the format has no header: use Column.at(index)");
      }
    }
    for (Optional<Column> oc : java.util.List.of(currencyColumn, transactionId, kind, refundOf)) {
      if (!header && oc.isPresent() && oc.get() instanceof Column.Named n) {
        throw new IllegalArgumentException(
            "column " + n + " is named but the format has no header: use Column.at(index)");
      }
    }
  }

  /**
   * A builder with the defaults: comma-separated, header, columns {@code customer_id}, {@code
   * timestamp} (ISO instant) and {@code amount}, currency USD, no optional columns.
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  /**
   * The layout this library writes: {@code
   * id,customer_id,timestamp,amount,currency,kind,refund_of}.
   */
  public static TransactionCsvFormat standard() {
    return builder(ZoneOffset.UTC)
        .transactionId(Column.named("id"))
        .currencyColumn(Column.named("currency"))
        .kind(Column.named("kind"))
        .refundOf(Column.named("refund_of"))
        .build();
  }

  /**
   * {@code CDNOW_sample.txt}: no header; whitespace-separated master id, sample id, date ({@code
   * yyyyMMdd}), number of CDs, dollar value. The customer is the sample id as a number ({@code
   * "0001"} is customer {@code "1"}, as in the published summaries); UTC; USD.
   */
  public static TransactionCsvFormat cdnowSample() {
    return builder(ZoneOffset.UTC)
        .whitespaceSeparated()
        .header(false)
        .customerId(Column.at(1))
        .numericCustomerIds(true)
        .timestamp(Column.at(2), TimestampFormat.date("yyyyMMdd"))
        .amount(Column.at(4))
        .currency(Currency.getInstance("USD"))
        .build();
  }

  /**
   * {@code CDNOW_master.txt}: a header line, then whitespace-separated customer id, date ({@code
   * yyyyMMdd}), number of CDs, dollar value; ids as numbers ({@code "00001"} is {@code "1"}); UTC;
   * USD.
   */
  public static TransactionCsvFormat cdnowMaster() {
    return builder(ZoneOffset.UTC)
        .whitespaceSeparated()
        .header(true)
        .customerId(Column.at(0))
        .numericCustomerIds(true)
        .timestamp(Column.at(1), TimestampFormat.date("yyyyMMdd"))
        .amount(Column.at(3))
        .currency(Currency.getInstance("USD"))
        .build();
  }

  /** The field separator; empty when fields are separated by runs of spaces or tabs. */
  public Optional<Character> separator() {
    return separator;
  }

  /** Whether the first line is a header of column names rather than data. */
  public boolean header() {
    return header;
  }

  /** The column of the customer id. */
  public Column customerId() {
    return customerId;
  }

  /** The column of the transaction's date or instant, read in {@link #timestampFormat()}. */
  public Column timestamp() {
    return timestamp;
  }

  /** How the timestamp column is written. */
  public TimestampFormat timestampFormat() {
    return timestampFormat;
  }

  /**
   * The column of the amount, in units of the currency (read in the amount format of this file).
   */
  public Column amount() {
    return amount;
  }

  /** The column of each row's ISO 4217 currency code, when the file has one. */
  public Optional<Column> currencyColumn() {
    return currencyColumn;
  }

  /** The currency of amounts when there is no currency column (or the column is empty). */
  public Currency currency() {
    return currency;
  }

  /**
   * The column of the transaction id, when the file has one (otherwise ids are made from the line
   * number).
   */
  public Optional<Column> transactionId() {
    return transactionId;
  }

  /** The column of the transaction kind (purchase or refund), when the file has one. */
  public Optional<Column> kind() {
    return kind;
  }

  /** The column naming the purchase a refund reverses, when the file has one. */
  public Optional<Column> refundOf() {
    return refundOf;
  }

  /** The time zone in which local dates and date-times of the file are read. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Whether customer ids are read as whole numbers and kept in canonical form ({@code "007"} →
   * {@code "7"}).
   */
  public boolean numericCustomerIds() {
    return numericCustomerIds;
  }

  /** How amounts are written; {@link AmountFormat#plain()} by default. */
  public AmountFormat amountFormat() {
    return amountFormat;
  }

  /** What a negative amount means; {@link NegativeAmounts#REFUSE} by default. */
  public NegativeAmounts negativeAmounts() {
    return negativeAmounts;
  }

  /** A builder preset with every setting of this format, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder(zone);
    b.amountFormat = amountFormat;
    b.negativeAmounts = negativeAmounts;
    b.separator = separator;
    b.header = header;
    b.customerId = customerId;
    b.timestamp = timestamp;
    b.timestampFormat = timestampFormat;
    b.amount = amount;
    b.currencyColumn = currencyColumn;
    b.currency = currency;
    b.transactionId = transactionId;
    b.kind = kind;
    b.refundOf = refundOf;
    b.numericCustomerIds = numericCustomerIds;
    return b;
  }

  @Override
  public String toString() {
    return "TransactionCsvFormat["
        + separator.map(c -> "separator '" + c + "'").orElse("whitespace-separated")
        + (header ? ", header" : ", no header")
        + ", customer "
        + customerId
        + ", timestamp "
        + timestamp
        + " as "
        + timestampFormat
        + ", amount "
        + amount
        + (amountFormat.isPlain() ? "" : " as " + amountFormat)
        + (negativeAmounts == NegativeAmounts.REFUND ? " (negative amounts are refunds)" : "")
        + currencyColumn.map(c -> ", currency " + c).orElse(", in " + currency)
        + transactionId.map(c -> ", id " + c).orElse("")
        + kind.map(c -> ", kind " + c).orElse("")
        + refundOf.map(c -> ", refund of " + c).orElse("")
        + (numericCustomerIds ? ", numeric ids" : "")
        + ", zone "
        + zone
        + "]";
  }

  /**
   * Builds a {@link TransactionCsvFormat}; not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Optional<Character> separator = Optional.of(',');
    private boolean header = true;
    private Column customerId = Column.named("customer_id");
    private Column timestamp = Column.named("timestamp");
    private TimestampFormat timestampFormat = TimestampFormat.isoInstant();
    private Column amount = Column.named("amount");
    private Optional<Column> currencyColumn = Optional.empty();
    private Currency currency = Currency.getInstance("USD");
    private Optional<Column> transactionId = Optional.empty();
    private Optional<Column> kind = Optional.empty();
    private Optional<Column> refundOf = Optional.empty();
    private final ZoneId zone;
    private boolean numericCustomerIds;
    private AmountFormat amountFormat = AmountFormat.plain();
    private NegativeAmounts negativeAmounts = NegativeAmounts.REFUSE;

    private Builder(ZoneId zone) {
      this.zone =
          Objects.requireNonNull(
              zone, "zone must not be null (crmkit never uses the JVM default zone)");
    }

    /** Sets the field separator (default {@code ,}); a quote or line break is refused. */
    public Builder separator(char c) {
      if (c == '"' || c == '\n' || c == '\r') {
        throw new IllegalArgumentException(
            "separator must not be a quote or a line break but was: '" + c + "'");
      }
      separator = Optional.of(c);
      return this;
    }

    /**
     * Fields separated by runs of spaces or tabs; leading and trailing whitespace ignored; no
     * quoting.
     */
    public Builder whitespaceSeparated() {
      separator = Optional.empty();
      return this;
    }

    /** Sets whether the first line is a header of column names. */
    public Builder header(boolean hasHeader) {
      header = hasHeader;
      return this;
    }

    /** Sets the column of the customer id. */
    public Builder customerId(Column c) {
      customerId = Objects.requireNonNull(c, "customerId column must not be null");
      return this;
    }

    /** Sets the column of the timestamp and how it is written. */
    public Builder timestamp(Column c, TimestampFormat format) {
      timestamp = Objects.requireNonNull(c, "timestamp column must not be null");
      timestampFormat = Objects.requireNonNull(format, "timestamp format must not be null");
      return this;
    }

    /** Sets the column of the amount (in units of the currency). */
    public Builder amount(Column c) {
      amount = Objects.requireNonNull(c, "amount column must not be null");
      return this;
    }

    /**
     * A column with the ISO 4217 currency code of each row (an empty cell means {@link #currency}).
     */
    public Builder currencyColumn(Column c) {
      currencyColumn = Optional.of(Objects.requireNonNull(c, "currency column must not be null"));
      return this;
    }

    /** Sets the one currency of every amount in the file. */
    public Builder currency(Currency c) {
      currency = Objects.requireNonNull(c, "currency must not be null");
      return this;
    }

    /** Sets the column of the transaction id. */
    public Builder transactionId(Column c) {
      transactionId =
          Optional.of(Objects.requireNonNull(c, "transactionId column must not be null"));
      return this;
    }

    /**
     * A column with {@code purchase} or {@code refund} (case-insensitive; empty means purchase).
     */
    public Builder kind(Column c) {
      kind = Optional.of(Objects.requireNonNull(c, "kind column must not be null"));
      return this;
    }

    /** A column with the id of the transaction a refund refunds. */
    public Builder refundOf(Column c) {
      refundOf = Optional.of(Objects.requireNonNull(c, "refundOf column must not be null"));
      return this;
    }

    /**
     * Reads customer ids as whole numbers, so that zero-padded ids ({@code "0042"}) become {@code
     * "42"}.
     */
    public Builder numericCustomerIds(boolean numeric) {
      numericCustomerIds = numeric;
      return this;
    }

    /**
     * How the amount column is written, e.g. {@code AmountFormat.of(Locale.GERMANY)} for {@code
     * 1.234,50 €}.
     */
    public Builder amountFormat(AmountFormat f) {
      amountFormat = Objects.requireNonNull(f, "amount format must not be null");
      return this;
    }

    /**
     * What a negative amount means: a bad row (default) or a refund (see {@link
     * NegativeAmounts#REFUND}).
     */
    public Builder negativeAmounts(NegativeAmounts n) {
      negativeAmounts = Objects.requireNonNull(n, "negativeAmounts must not be null");
      return this;
    }

    /** The format with the settings made so far. */
    public TransactionCsvFormat build() {
      return new TransactionCsvFormat(this);
    }
  }
}
