package io.crmkit.core.summary;

import io.crmkit.core.transaction.Transaction;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Transactions as columns of primitive arrays, the input of {@link CustomerSummaries#of}: per row a
 * customer key, an instant (epoch seconds, UTC) and an amount (in units of one currency, never
 * negative), and whether the row is a refund.
 *
 * <p>Customer ids that are canonical decimal numbers ({@code "42"}, not {@code "042"}) are kept as
 * {@code long} keys without any object per row; any other id switches the table to a dictionary of
 * distinct id strings (one {@code String} per customer, not per row). Build with {@link
 * #builder()}.
 *
 * @since 0.1
 */
public final class TransactionColumns {

  private final int size;
  private final long[] keys;
  private final long[] epochSeconds;
  private final double[] amounts;
  private final boolean[] refunds; // null when there are none
  private final String[] dictionary; // null in numeric mode
  private final Currency currency; // null when unknown

  private TransactionColumns(Builder b) {
    this.size = b.size;
    // a builder filled to its capacity hands its arrays over (and copies them if it is used again)
    boolean exact = b.keys.length == b.size && (b.refunds == null || b.refunds.length == b.size);
    b.shared = exact;
    this.keys = exact ? b.keys : Arrays.copyOf(b.keys, b.size);
    this.epochSeconds = exact ? b.epochSeconds : Arrays.copyOf(b.epochSeconds, b.size);
    this.amounts = exact ? b.amounts : Arrays.copyOf(b.amounts, b.size);
    this.refunds = b.refunds == null ? null : exact ? b.refunds : Arrays.copyOf(b.refunds, b.size);
    this.dictionary = b.dictionary == null ? null : b.dictionary.toArray(new String[0]);
    this.currency = b.currency;
  }

  /** A builder for about 16 rows; it grows as needed. */
  public static Builder builder() {
    return new Builder(16);
  }

  /** A builder sized for {@code expectedRows} rows. */
  public static Builder builder(int expectedRows) {
    if (expectedRows < 0) {
      throw new IllegalArgumentException(
          "expectedRows must not be negative but was: " + expectedRows);
    }
    return new Builder(Math.max(16, expectedRows));
  }

  /** The columns of the given transactions, which must all be in one currency. */
  public static TransactionColumns of(Iterable<Transaction> transactions) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    Builder b = builder();
    for (Transaction t : transactions) {
      Objects.requireNonNull(t, "transactions must not contain null");
      b.currency(t.total().currency());
      b.add(
          t.customerId().value(),
          t.timestamp().getEpochSecond(),
          t.total().amount().doubleValue(),
          t.isRefund());
    }
    return b.build();
  }

  /** The number of rows (transactions). */
  public int size() {
    return size;
  }

  /** Whether customer keys are the numeric ids themselves (true) or indexes into a dictionary. */
  public boolean numericIds() {
    return dictionary == null;
  }

  /** The currency of the amounts, when known. */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  /** The customer id of row {@code row}. */
  public String customerId(int row) {
    Objects.checkIndex(row, size);
    return idOfKey(keys[row]);
  }

  String idOfKey(long key) {
    return dictionary == null ? Long.toString(key) : dictionary[(int) key];
  }

  /** The instant of row {@code row} (0-based), in seconds since 1970-01-01T00:00:00Z. */
  public long epochSecond(int row) {
    Objects.checkIndex(row, size);
    return epochSeconds[row];
  }

  /** The amount of row {@code row} (0-based), in units of the currency (of {@link #currency()}). */
  public double amount(int row) {
    Objects.checkIndex(row, size);
    return amounts[row];
  }

  /** Whether row {@code row} (0-based) is a refund. */
  public boolean isRefund(int row) {
    Objects.checkIndex(row, size);
    return refunds != null && refunds[row];
  }

  /**
   * A number that identifies the customer of row {@code row} within this table: equal for two rows
   * exactly when their customer ids are equal. It is the id itself for numeric ids and an index
   * into the id dictionary otherwise, so it lets per-customer aggregations run on primitive keys
   * without building a string per row. Not comparable across tables.
   */
  public long customerKey(int row) {
    Objects.checkIndex(row, size);
    return keys[row];
  }

  // package-private raw access for the summary calculator
  long[] rawKeys() {
    return keys;
  }

  long[] rawEpochSeconds() {
    return epochSeconds;
  }

  double[] rawAmounts() {
    return amounts;
  }

  boolean[] rawRefunds() {
    return refunds;
  }

  String[] rawDictionary() {
    return dictionary;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            "TransactionColumns["
                + size
                + " rows"
                + (currency == null ? "" : ", " + currency.getCurrencyCode())
                + "]");
    for (int i = 0; i < Math.min(size, 5); i++) {
      sb.append(
          String.format(
              java.util.Locale.ROOT,
              "%n  %-12s %s %12.2f%s",
              customerId(i),
              Instant.ofEpochSecond(epochSeconds[i]),
              amounts[i],
              isRefund(i) ? " refund" : ""));
    }
    if (size > 5) {
      sb.append(String.format(java.util.Locale.ROOT, "%n  … %d more", size - 5));
    }
    return sb.toString();
  }

  /**
   * Appends rows; not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private int size;
    private long[] keys;
    private long[] epochSeconds;
    private double[] amounts;
    private boolean[] refunds;
    private java.util.ArrayList<String> dictionary;
    private Map<String, Integer> dictionaryIndex;
    private Currency currency;
    private boolean shared; // the arrays belong to a built table too

    private Builder(int capacity) {
      keys = new long[capacity];
      epochSeconds = new long[capacity];
      amounts = new double[capacity];
    }

    /** Declares the currency of the amounts; a different one later is an error. */
    public Builder currency(Currency c) {
      Objects.requireNonNull(c, "currency must not be null");
      if (currency != null && !currency.equals(c)) {
        throw new IllegalArgumentException(
            "all transactions must be in one currency: had " + currency + " and then " + c);
      }
      currency = c;
      return this;
    }

    /** A purchase of {@code amount} by {@code customerId} at {@code epochSecond}. */
    public Builder add(String customerId, long epochSecond, double amount) {
      return add(customerId, epochSecond, amount, false);
    }

    /**
     * A purchase or refund ({@code refund}) of {@code amount} (not negative) by {@code customerId}.
     */
    public Builder add(String customerId, long epochSecond, double amount, boolean refund) {
      Objects.requireNonNull(customerId, "customerId must not be null");
      if (customerId.isBlank()) {
        throw new IllegalArgumentException("customerId must not be blank (row " + size + ")");
      }
      long key;
      if (dictionary == null) {
        long parsed = parseCanonical(customerId);
        if (parsed >= 0) {
          key = parsed;
        } else {
          switchToDictionary();
          key = dictionaryKey(customerId);
        }
      } else {
        key = dictionaryKey(customerId);
      }
      append(key, epochSecond, amount, refund);
      return this;
    }

    /**
     * A purchase by the customer whose id is the decimal form of {@code numericId} (not negative).
     */
    public Builder add(long numericId, long epochSecond, double amount) {
      return add(numericId, epochSecond, amount, false);
    }

    /** A purchase or refund by the customer whose id is the decimal form of {@code numericId}. */
    public Builder add(long numericId, long epochSecond, double amount, boolean refund) {
      if (numericId < 0) {
        throw new IllegalArgumentException("numericId must not be negative but was: " + numericId);
      }
      long key = dictionary == null ? numericId : dictionaryKey(Long.toString(numericId));
      append(key, epochSecond, amount, refund);
      return this;
    }

    private void append(long key, long epochSecond, double amount, boolean refund) {
      if (!(amount >= 0) || Double.isInfinite(amount)) {
        throw new IllegalArgumentException(
            "amount must be a finite number not below zero but was: "
                + amount
                + " (row "
                + size
                + ")");
      }
      if (size == keys.length || shared) {
        int cap =
            size < keys.length
                ? keys.length
                : Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8L, keys.length * 2L));
        shared = false;
        keys = Arrays.copyOf(keys, cap);
        epochSeconds = Arrays.copyOf(epochSeconds, cap);
        amounts = Arrays.copyOf(amounts, cap);
        if (refunds != null) {
          refunds = Arrays.copyOf(refunds, cap);
        }
      }
      keys[size] = key;
      epochSeconds[size] = epochSecond;
      amounts[size] = amount;
      if (refund) {
        if (refunds == null) {
          refunds = new boolean[keys.length];
        }
        refunds[size] = true;
      }
      size++;
    }

    private long dictionaryKey(String id) {
      Integer k = dictionaryIndex.get(id);
      if (k == null) {
        k = dictionary.size();
        dictionary.add(id);
        dictionaryIndex.put(id, k);
      }
      return k;
    }

    private void switchToDictionary() {
      if (shared) {
        keys = keys.clone();
      }
      dictionary = new java.util.ArrayList<>();
      dictionaryIndex = new HashMap<>();
      for (int i = 0; i < size; i++) {
        keys[i] = dictionaryKey(Long.toString(keys[i]));
      }
    }

    /** The number of rows added so far. */
    public int size() {
      return size;
    }

    /** The table of the rows added, in the order added. */
    public TransactionColumns build() {
      return new TransactionColumns(this);
    }
  }

  /**
   * The value of a canonical non-negative decimal long ("0", "42"; not "042", "+4", "-1"), or -1.
   */
  static long parseCanonical(String s) {
    int n = s.length();
    if (n == 0 || n > 18) {
      return -1;
    }
    if (n > 1 && s.charAt(0) == '0') {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
