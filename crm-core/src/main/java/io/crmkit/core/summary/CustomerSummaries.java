package io.crmkit.core.summary;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.transaction.Transaction;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Per-customer purchase summaries stored column-wise in primitive arrays (struct of arrays): the
 * input of RFM, ABC, buy-till-you-die models, CLV and loyalty analyses.
 *
 * <p>Rows are sorted by customer id (numerically when every id is a canonical decimal number,
 * otherwise by text), so a summary never depends on the order of its input. Row {@code i} is read
 * with the accessors ({@link #frequency(int)}, …) or as a {@link CustomerSummary} with {@link
 * #get(int)}; whole columns are returned as copies ({@link #frequencies()}, …). Times are in {@link
 * #unit()}, money in units of {@link #currency()}. See {@link CustomerSummary} for the definition
 * of each column. Immutable and thread-safe.
 *
 * <p>Memory: 60 bytes per customer with numeric ids (8 id, 4 frequency, 8 recency, 8 T, 8 monetary,
 * 8 total, 4 count, 4 + 4 dates, 4 holdout); a text id adds its {@code String}.
 *
 * @since 0.1
 */
public final class CustomerSummaries {

  static final int UNKNOWN_DAY = Integer.MIN_VALUE;

  private final int size;
  private final long[] numericIds;
  private final String[] stringIds;
  private final int[] frequency;
  private final double[] recency;
  private final double[] age;
  private final double[] monetary;
  private final double[] total;
  private final int[] txCount;
  private final int[] firstDay;
  private final int[] lastDay;
  private final int[] holdoutFrequency;
  private final TimeScale unit;
  private final Optional<LocalDate> calibrationEnd;
  private final Optional<LocalDate> holdoutEnd;
  private final double holdoutDuration;
  private final Optional<Currency> currency;
  private final Optional<TransactionAccounting> accounting;

  CustomerSummaries(
      int size,
      long[] numericIds,
      String[] stringIds,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetary,
      double[] total,
      int[] txCount,
      int[] firstDay,
      int[] lastDay,
      int[] holdoutFrequency,
      TimeScale unit,
      Optional<LocalDate> calibrationEnd,
      Optional<LocalDate> holdoutEnd,
      double holdoutDuration,
      Optional<Currency> currency,
      Optional<TransactionAccounting> accounting) {
    this.size = size;
    this.numericIds = numericIds;
    this.stringIds = stringIds;
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.monetary = monetary;
    this.total = total;
    this.txCount = txCount;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.holdoutFrequency = holdoutFrequency;
    this.unit = unit;
    this.calibrationEnd = calibrationEnd;
    this.holdoutEnd = holdoutEnd;
    this.holdoutDuration = holdoutDuration;
    this.currency = currency;
    this.accounting = accounting;
  }

  /** Summaries of the given transaction columns. */
  public static CustomerSummaries of(TransactionColumns transactions, SummaryOptions options) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    Objects.requireNonNull(options, "options must not be null");
    return SummaryCalculator.summarize(transactions, options);
  }

  /** Summaries of the given transactions, which must all be in one currency. */
  public static CustomerSummaries of(Iterable<Transaction> transactions, SummaryOptions options) {
    return of(TransactionColumns.of(transactions), options);
  }

  /**
   * Summaries of rows given as columns in the BTYD literature's form: the same summaries, and the
   * same errors, as adding row {@code i} with {@link Builder#add(String, int, double, double,
   * double)} and building, without an object per row. Rows are validated as {@link CustomerSummary}
   * validates them, ids must be unique, and the result is sorted by id. The arrays are read, not
   * kept; times are in {@code unit}, money in the currency of the source.
   *
   * @throws IllegalArgumentException naming the first bad row's customer, the field and its value,
   *     or the first repeated id
   */
  public static CustomerSummaries ofColumns(
      TimeScale unit,
      String[] ids,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetaryValue) {
    Objects.requireNonNull(ids, "ids must not be null");
    return ofColumns(unit, ids, null, frequency, recency, age, monetaryValue);
  }

  /**
   * {@link #ofColumns(TimeScale, String[], int[], double[], double[], double[])} for customer ids
   * that are numbers: {@code ids[i]} is the id written in decimal without leading zeros ({@code 42}
   * is customer {@code "42"}), from 0 to 10^18 − 1. The same summaries and errors as the text ids
   * would give, without a {@code String} per row.
   *
   * @throws IllegalArgumentException naming the first bad row's customer, the field and its value,
   *     the first repeated id, or an id outside 0 to 10^18 − 1
   */
  public static CustomerSummaries ofColumns(
      TimeScale unit,
      long[] ids,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetaryValue) {
    Objects.requireNonNull(ids, "ids must not be null");
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] < 0 || ids[i] >= 1_000_000_000_000_000_000L) {
        throw new IllegalArgumentException(
            "ids[" + i + "] must be a customer number from 0 to 10^18 - 1 but was: " + ids[i]);
      }
    }
    return ofColumns(unit, null, ids, frequency, recency, age, monetaryValue);
  }

  private static CustomerSummaries ofColumns(
      TimeScale unit,
      String[] textIds,
      long[] numberIds,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetaryValue) {
    Objects.requireNonNull(unit, "unit must not be null");
    int n = textIds != null ? textIds.length : numberIds.length;
    for (Object column : new Object[] {frequency, recency, age, monetaryValue}) {
      Objects.requireNonNull(column, "columns must not be null");
    }
    if (frequency.length != n
        || recency.length != n
        || age.length != n
        || monetaryValue.length != n) {
      throw new IllegalArgumentException(
          "columns must have one value per id ("
              + n
              + ") but had "
              + frequency.length
              + ", "
              + recency.length
              + ", "
              + age.length
              + ", "
              + monetaryValue.length);
    }
    long[] numeric = numberIds != null ? numberIds : new long[n];
    boolean allNumeric = true;
    String[] ids = textIds;
    for (int i = 0; i < n; i++) {
      if (numberIds != null) {
        int f = frequency[i];
        double r = recency[i];
        double t = age[i];
        double m = monetaryValue[i];
        if (!(f >= 0
            && f < Integer.MAX_VALUE
            && Double.isFinite(r)
            && r >= 0
            && Double.isFinite(t)
            && t >= r
            && (f != 0 || r == 0)
            && Double.isFinite(m)
            && m >= 0
            && Double.isFinite(f * m))) {
          CustomerSummary.of(Long.toString(numberIds[i]), f, r, t, m); // the row's message
        }
        continue;
      }
      String id = Objects.requireNonNull(ids[i], "ids must not contain null");
      int f = frequency[i];
      double r = recency[i];
      double t = age[i];
      double m = monetaryValue[i];
      boolean valid =
          f >= 0
              && f < Integer.MAX_VALUE
              && Double.isFinite(r)
              && r >= 0
              && Double.isFinite(t)
              && t >= r
              && (f != 0 || r == 0)
              && Double.isFinite(m)
              && m >= 0
              && Double.isFinite(f * m)
              && !id.isBlank()
              && id.equals(id.strip());
      if (!valid) {
        CustomerSummary.of(id, f, r, t, m); // throws the row's message
      }
      if (allNumeric) {
        numeric[i] = TransactionColumns.parseCanonical(id);
        allNumeric = numeric[i] >= 0;
      }
    }
    int[] order = allNumeric ? orderOf(numeric) : orderOf(ids);
    for (int k = 1; k < n; k++) {
      boolean repeated =
          allNumeric
              ? numeric[order[k]] == numeric[order[k - 1]]
              : ids[order[k]].equals(ids[order[k - 1]]);
      if (repeated && ids == null) {
        // the first repeated id in row order, as the text ids would name it
        Set<Long> seen = new HashSet<>();
        for (long id : numeric) {
          if (!seen.add(id)) {
            throw new IllegalArgumentException(
                "customer id must be unique but was repeated: " + id);
          }
        }
      }
      if (repeated) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
          if (!seen.add(id)) {
            throw new IllegalArgumentException(
                "customer id must be unique but was repeated: " + id);
          }
        }
      }
    }
    long[] numericIds = allNumeric ? new long[n] : null;
    String[] stringIds = allNumeric ? null : new String[n];
    int[] sortedFrequency = new int[n];
    double[] sortedRecency = new double[n];
    double[] sortedAge = new double[n];
    double[] sortedMonetary = new double[n];
    double[] total = new double[n];
    int[] txCount = new int[n];
    int[] unknown = new int[n];
    Arrays.fill(unknown, UNKNOWN_DAY);
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (allNumeric) {
        numericIds[k] = numeric[i];
      } else {
        stringIds[k] = ids[i];
      }
      sortedFrequency[k] = frequency[i];
      sortedRecency[k] = recency[i];
      sortedAge[k] = age[i];
      sortedMonetary[k] = monetaryValue[i];
      total[k] = frequency[i] * monetaryValue[i];
      txCount[k] = frequency[i] + 1;
    }
    return new CustomerSummaries(
        n,
        numericIds,
        stringIds,
        sortedFrequency,
        sortedRecency,
        sortedAge,
        sortedMonetary,
        total,
        txCount,
        unknown,
        unknown.clone(),
        null,
        unit,
        Optional.empty(),
        Optional.empty(),
        0,
        Optional.empty(),
        Optional.empty());
  }

  /**
   * The row order sorting {@code keys}: the identity when they are sorted already (files often
   * are).
   */
  private static int[] orderOf(long[] keys) {
    int n = keys.length;
    int[] order = new int[n];
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      sorted &= i == 0 || keys[i - 1] <= keys[i];
    }
    if (sorted) {
      return order;
    }
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
    long max = 0;
    for (long k : keys) {
      max = Math.max(max, k);
    }
    if (max < (1L << (63 - bits))) {
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        packed[i] = keys[i] << bits | i;
      }
      Arrays.sort(packed);
      for (int i = 0; i < n; i++) {
        order[i] = (int) (packed[i] & ((1L << bits) - 1));
      }
      return order;
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, Comparator.comparingLong(i -> keys[i]));
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  private static int[] orderOf(String[] keys) {
    int n = keys.length;
    Integer[] boxed = new Integer[n];
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
      sorted &= i == 0 || keys[i - 1].compareTo(keys[i]) <= 0;
    }
    if (!sorted) {
      Arrays.sort(boxed, Comparator.comparing(i -> keys[i]));
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  /** A builder of summaries from given rows (e.g. a summary file), with times in {@code unit}. */
  public static Builder builder(TimeScale unit) {
    return new Builder(unit);
  }

  /** Number of customers. */
  public int size() {
    return size;
  }

  /** Whether the table has no customers. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The id of row {@code i}. */
  public String id(int i) {
    Objects.checkIndex(i, size);
    return numericIds != null ? Long.toString(numericIds[i]) : stringIds[i];
  }

  /** The id of the customer in row {@code i} (0-based). */
  public CustomerId customerId(int i) {
    return CustomerId.of(id(i));
  }

  /** The row of the customer {@code id}, if present (binary search: O(log n)). */
  public OptionalInt indexOf(String id) {
    Objects.requireNonNull(id, "id must not be null");
    int i;
    if (numericIds != null) {
      long key = TransactionColumns.parseCanonical(id);
      if (key < 0) {
        return OptionalInt.empty();
      }
      i = Arrays.binarySearch(numericIds, 0, size, key);
    } else {
      i = Arrays.binarySearch(stringIds, 0, size, id);
    }
    return i >= 0 ? OptionalInt.of(i) : OptionalInt.empty();
  }

  /** The 0-based row of customer {@code id}, empty when the table has no such customer. */
  public OptionalInt indexOf(CustomerId id) {
    Objects.requireNonNull(id, "id must not be null");
    return indexOf(id.value());
  }

  /** The summary of customer {@code id}, if present. */
  public Optional<CustomerSummary> find(CustomerId id) {
    OptionalInt i = indexOf(id);
    return i.isPresent() ? Optional.of(get(i.getAsInt())) : Optional.empty();
  }

  /** Row {@code i} as a value. */
  public CustomerSummary get(int i) {
    Objects.checkIndex(i, size);
    return new CustomerSummary(
        customerId(i),
        frequency[i],
        recency[i],
        age[i],
        monetary[i],
        total[i],
        txCount[i],
        firstPurchase(i),
        lastPurchase(i),
        holdoutFrequency == null ? OptionalInt.empty() : OptionalInt.of(holdoutFrequency[i]));
  }

  /** The rows as an unmodifiable list view; each {@code get} creates a {@link CustomerSummary}. */
  public List<CustomerSummary> asList() {
    return new AbstractList<>() {
      @Override
      public CustomerSummary get(int index) {
        return CustomerSummaries.this.get(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** Repeat purchase periods of row {@code i} (x). */
  public int frequency(int i) {
    Objects.checkIndex(i, size);
    return frequency[i];
  }

  /** Time from first to last purchase of row {@code i}, in {@link #unit()} (t_x). */
  public double recency(int i) {
    Objects.checkIndex(i, size);
    return recency[i];
  }

  /**
   * Time from first purchase to the end of calibration of row {@code i}, in {@link #unit()} (T).
   */
  public double age(int i) {
    Objects.checkIndex(i, size);
    return age[i];
  }

  /**
   * Time since the last purchase at the end of calibration ({@code T − t_x}), in {@link #unit()}.
   */
  public double timeSinceLastPurchase(int i) {
    Objects.checkIndex(i, size);
    return age[i] - recency[i];
  }

  /** Mean value of the repeat purchase periods of row {@code i} (0 when frequency is 0). */
  public double monetaryValue(int i) {
    Objects.checkIndex(i, size);
    return monetary[i];
  }

  /** Calibration purchases less refunds of row {@code i}. */
  public double totalSpend(int i) {
    Objects.checkIndex(i, size);
    return total[i];
  }

  /** Purchase transactions in calibration of row {@code i}. */
  public int transactionCount(int i) {
    Objects.checkIndex(i, size);
    return txCount[i];
  }

  /**
   * The day of the first purchase of the customer in row {@code i}, empty when not known (summaries
   * read from a file).
   */
  public Optional<LocalDate> firstPurchase(int i) {
    Objects.checkIndex(i, size);
    return firstDay[i] == UNKNOWN_DAY
        ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(firstDay[i]));
  }

  /**
   * The day of the last purchase in calibration of the customer in row {@code i}, empty when not
   * known (summaries read from a file).
   */
  public Optional<LocalDate> lastPurchase(int i) {
    Objects.checkIndex(i, size);
    return lastDay[i] == UNKNOWN_DAY
        ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(lastDay[i]));
  }

  /** Whether the summaries carry a holdout period. */
  public boolean hasHoldout() {
    return holdoutFrequency != null;
  }

  /** Purchase periods of row {@code i} in the holdout period; throws when there is none. */
  public int holdoutFrequency(int i) {
    requireHoldout();
    Objects.checkIndex(i, size);
    return holdoutFrequency[i];
  }

  /** Length of the holdout period in {@link #unit()}; throws when there is none. */
  public double holdoutDuration() {
    requireHoldout();
    return holdoutDuration;
  }

  private void requireHoldout() {
    if (holdoutFrequency == null) {
      throw new IllegalStateException("these summaries have no holdout period");
    }
  }

  /** A copy of the frequency column. */
  public int[] frequencies() {
    return frequency.clone();
  }

  /** A copy of the recency column (t_x). */
  public double[] recencies() {
    return recency.clone();
  }

  /** A copy of the T column. */
  public double[] ages() {
    return age.clone();
  }

  /** A copy of the monetary value column. */
  public double[] monetaryValues() {
    return monetary.clone();
  }

  /** A copy of the total spend column. */
  public double[] totalSpends() {
    return total.clone();
  }

  /** A copy of the transaction count column. */
  public int[] transactionCounts() {
    return txCount.clone();
  }

  /** A copy of the holdout frequency column; throws when there is no holdout period. */
  public int[] holdoutFrequencies() {
    requireHoldout();
    return holdoutFrequency.clone();
  }

  /** A copy of the ids column. */
  public String[] ids() {
    String[] ids = new String[size];
    for (int i = 0; i < size; i++) {
      ids[i] = id(i);
    }
    return ids;
  }

  /** The unit of time of every recency, age and holdout-length column (for instance weeks). */
  public TimeScale unit() {
    return unit;
  }

  /** The last day of calibration, when the summaries were computed from transactions. */
  public Optional<LocalDate> calibrationEnd() {
    return calibrationEnd;
  }

  /** The last day of the holdout period, when the summaries have one. */
  public Optional<LocalDate> holdoutEnd() {
    return holdoutEnd;
  }

  /** The currency of the monetary columns, when known. */
  public Optional<Currency> currency() {
    return currency;
  }

  /** Where each input transaction went, when computed from transactions. */
  public Optional<TransactionAccounting> accounting() {
    return accounting;
  }

  /** The bytes held by the column arrays (array headers included, the id strings excluded). */
  public long retainedBytes() {
    long bytes = 0;
    bytes += arrayBytes(numericIds == null ? 0 : numericIds.length, 8);
    bytes += arrayBytes(stringIds == null ? 0 : stringIds.length, 4);
    bytes +=
        arrayBytes(size, 4) * 4
            + arrayBytes(size, 8) * 4; // frequency, count, first, last; recency, T, monetary, total
    bytes += arrayBytes(size, 4) * (holdoutFrequency == null ? 0 : 1);
    return bytes;
  }

  private static long arrayBytes(int length, int elementBytes) {
    return 16L + (long) length * elementBytes;
  }

  /** A small table: the first rows, then the number of rows left out. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "CustomerSummaries[%d customers, unit %s%s%s]%n",
            size,
            unit,
            calibrationEnd.map(d -> ", calibration to " + d).orElse(""),
            holdoutEnd.map(d -> ", holdout to " + d).orElse("")));
    sb.append(
        String.format(
            Locale.ROOT,
            "%-12s %9s %9s %9s %10s %10s%s%n",
            "id",
            "frequency",
            "recency",
            "T",
            "monetary",
            "total",
            hasHoldout() ? "   holdout" : ""));
    int shown = Math.min(size, 10);
    for (int i = 0; i < shown; i++) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-12s %9d %9.2f %9.2f %10.2f %10.2f%s%n",
              id(i),
              frequency[i],
              recency[i],
              age[i],
              monetary[i],
              total[i],
              hasHoldout() ? String.format(Locale.ROOT, " %9d", holdoutFrequency[i]) : ""));
    }
    if (size > shown) {
      sb.append(String.format(Locale.ROOT, "… %d more%n", size - shown));
    }
    return sb.toString();
  }

  /**
   * Collects rows given one by one; the built summaries are sorted by id. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final TimeScale unit;
    private final List<CustomerSummary> rows = new ArrayList<>();
    private Optional<Double> holdoutDuration = Optional.empty();
    private Optional<Currency> currency = Optional.empty();

    private Builder(TimeScale unit) {
      this.unit = Objects.requireNonNull(unit, "unit must not be null");
    }

    /** Adds one customer's row. */
    public Builder add(CustomerSummary row) {
      rows.add(Objects.requireNonNull(row, "row must not be null"));
      return this;
    }

    /** Adds a row as the BTYD literature gives it (see {@link CustomerSummary#of}). */
    public Builder add(String id, int frequency, double recency, double age, double monetaryValue) {
      return add(CustomerSummary.of(id, frequency, recency, age, monetaryValue));
    }

    /** The holdout period's length in the unit; required when rows carry holdout frequencies. */
    public Builder holdoutDuration(double duration) {
      if (!(duration > 0) || Double.isInfinite(duration)) {
        throw new IllegalArgumentException(
            "holdoutDuration must be positive and finite but was: " + duration);
      }
      holdoutDuration = Optional.of(duration);
      return this;
    }

    /** Sets the currency of the monetary columns. */
    public Builder currency(Currency c) {
      currency = Optional.of(Objects.requireNonNull(c, "currency must not be null"));
      return this;
    }

    /**
     * The table of the rows added, in the order added; {@link IllegalArgumentException} on a
     * duplicate customer id.
     */
    public CustomerSummaries build() {
      int n = rows.size();
      boolean numeric = true;
      Set<String> seen = new HashSet<>();
      for (CustomerSummary r : rows) {
        if (!seen.add(r.id().value())) {
          throw new IllegalArgumentException(
              "customer id must be unique but was repeated: " + r.id());
        }
        numeric &= TransactionColumns.parseCanonical(r.id().value()) >= 0;
      }
      long withHoldout = rows.stream().filter(r -> r.holdoutFrequency().isPresent()).count();
      if (withHoldout != 0 && withHoldout != n) {
        throw new IllegalArgumentException(
            "either every row or none must carry a holdout frequency, but "
                + withHoldout
                + " of "
                + n
                + " rows do");
      }
      if (withHoldout > 0 && holdoutDuration.isEmpty()) {
        throw new IllegalArgumentException(
            "rows carry holdout frequencies but holdoutDuration was not given");
      }
      List<CustomerSummary> sorted = new ArrayList<>(rows);
      if (numeric) {
        sorted.sort(
            Comparator.comparingLong(r -> TransactionColumns.parseCanonical(r.id().value())));
      } else {
        sorted.sort(Comparator.comparing(r -> r.id().value()));
      }
      long[] numericIds = numeric ? new long[n] : null;
      String[] stringIds = numeric ? null : new String[n];
      int[] frequency = new int[n];
      double[] recency = new double[n];
      double[] age = new double[n];
      double[] monetary = new double[n];
      double[] total = new double[n];
      int[] txCount = new int[n];
      int[] firstDay = new int[n];
      int[] lastDay = new int[n];
      int[] holdout = withHoldout > 0 ? new int[n] : null;
      for (int i = 0; i < n; i++) {
        CustomerSummary r = sorted.get(i);
        if (numeric) {
          numericIds[i] = TransactionColumns.parseCanonical(r.id().value());
        } else {
          stringIds[i] = r.id().value();
        }
        frequency[i] = r.frequency();
        recency[i] = r.recency();
        age[i] = r.age();
        monetary[i] = r.monetaryValue();
        total[i] = r.totalSpend();
        txCount[i] = r.transactionCount();
        firstDay[i] = r.firstPurchase().map(d -> (int) d.toEpochDay()).orElse(UNKNOWN_DAY);
        lastDay[i] = r.lastPurchase().map(d -> (int) d.toEpochDay()).orElse(UNKNOWN_DAY);
        if (holdout != null) {
          holdout[i] = r.holdoutFrequency().getAsInt();
        }
      }
      return new CustomerSummaries(
          n,
          numericIds,
          stringIds,
          frequency,
          recency,
          age,
          monetary,
          total,
          txCount,
          firstDay,
          lastDay,
          holdout,
          unit,
          Optional.empty(),
          Optional.empty(),
          holdout == null ? 0 : holdoutDuration.get(),
          currency,
          Optional.empty());
    }
  }
}
