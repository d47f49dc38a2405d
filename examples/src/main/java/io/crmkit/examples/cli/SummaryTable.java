package io.crmkit.examples.cli;

import io.crmkit.core.io.ImportException;
import io.crmkit.core.io.PlainCsv;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A summary file as columns: a header, then one row per customer (or per group of identical
 * customers with a {@code weights} count). Columns are matched by name, case-insensitively (an
 * exact match first): {@code id} ({@code ID}, {@code customer_id}), {@code frequency} or {@code x},
 * {@code recency} or {@code t_x}, {@code T}, {@code monetary_value} or {@code zbar}, {@code
 * periods} (BG/BB's opportunities, used as T) and {@code weights}. Other columns are ignored. A bad
 * value fails naming the file, line, column and value.
 */
final class SummaryTable {

  final String source;
  private final Optional<String[]> textIds;
  final Optional<double[]> x;
  final Optional<double[]> tx;
  final Optional<double[]> age;
  final Optional<double[]> monetary;
  final Optional<double[]> periods;
  final Optional<double[]> weights;
  final Optional<double[]> totalSpend;
  final Optional<double[]> transactionCount;
  final int rows;
  private final List<String> header;
  private final long[] lines;
  // the ids as numbers when they all are canonical numbers (then textIds is empty); null otherwise
  private long[] numberIds;

  private SummaryTable(
      String source,
      List<String> header,
      long[] lines,
      int rows,
      Optional<String[]> ids,
      Optional<double[]> x,
      Optional<double[]> tx,
      Optional<double[]> age,
      Optional<double[]> monetary,
      Optional<double[]> periods,
      Optional<double[]> weights,
      Optional<double[]> totalSpend,
      Optional<double[]> transactionCount) {
    this.totalSpend = totalSpend;
    this.transactionCount = transactionCount;
    this.source = source;
    this.header = header;
    this.lines = lines;
    this.rows = rows;
    this.textIds = ids;
    this.x = x;
    this.tx = tx;
    this.age = age;
    this.monetary = monetary;
    this.periods = periods;
    this.weights = weights;
  }

  static SummaryTable read(Path file) {
    Optional<SummaryTable> fast = Files.isRegularFile(file) ? plain(file) : Optional.empty();
    return fast.isPresent() ? fast.get() : readLines(file);
  }

  /** Reads the file line by line (the general reader, which names every error). */
  static SummaryTable readLines(Path file) {
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<String> lines;
    try (BufferedReader r = new BufferedReader(io.crmkit.core.io.Inputs.open(file))) {
      lines = r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      throw new ImportException(source, 1, "", "", "is empty: a header line is required");
    }
    List<String> header = Arrays.stream(split(lines.get(first))).map(String::trim).toList();
    long headerLine = first + 1L;
    int id = find(header, "id", "customer_id");
    int cx = find(header, "frequency", "x");
    int ctx = find(header, "recency", "t_x");
    int ct = find(header, "T");
    int cm = find(header, "monetary_value", "zbar");
    int cp = find(header, "periods");
    int cw = find(header, "weights", "weight", "count");
    int cs = find(header, "total_spend");
    int cn = find(header, "transaction_count");
    if (cx < 0) {
      throw new ImportException(
          source,
          headerLine,
          "'frequency'",
          "",
          "is not in the header (accepted names: frequency, x); the header has " + header);
    }
    List<String[]> data = new ArrayList<>();
    List<Long> lineNumbers = new ArrayList<>();
    for (int i = first + 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        data.add(split(lines.get(i)));
        lineNumbers.add((long) i + 1);
      }
    }
    int n = data.size();
    SummaryTable t =
        new SummaryTable(
            source,
            header,
            lineNumbers.stream().mapToLong(Long::longValue).toArray(),
            n,
            id < 0 ? Optional.empty() : Optional.of(texts(data, lineNumbers, id, header, source)),
            column(data, lineNumbers, cx, header, source, true),
            column(data, lineNumbers, ctx, header, source, false),
            column(data, lineNumbers, ct, header, source, false),
            column(data, lineNumbers, cm, header, source, false),
            column(data, lineNumbers, cp, header, source, true),
            column(data, lineNumbers, cw, header, source, false),
            signed(data, lineNumbers, cs, header, source),
            column(data, lineNumbers, cn, header, source, true));
    t.checkRows();
    return t;
  }

  /**
   * The table of a plain file whose values are all good, read at byte level ({@link PlainCsv});
   * empty for anything else, which {@link #read} then reads (and reports) line by line.
   */
  private static Optional<SummaryTable> plain(Path file) {
    Optional<PlainCsv> read = PlainCsv.read(file);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    PlainCsv csv = read.get();
    List<String> header = csv.header();
    int id = find(header, "id", "customer_id");
    int cx = find(header, "frequency", "x");
    if (cx < 0 || find(header, "total_spend") >= 0 || find(header, "transaction_count") >= 0) {
      return Optional.empty(); // the general reader reads the totals
    }
    // ids that are canonical numbers stay numbers (no String per row), as CustomerSummaries keeps
    // them
    Optional<long[]> numbers = id < 0 ? Optional.empty() : csv.canonicalLongs(id);
    Optional<String[]> ids =
        id < 0 || numbers.isPresent() ? Optional.empty() : Optional.of(csv.texts(id));
    if (ids.isPresent() && Arrays.stream(ids.get()).anyMatch(String::isEmpty)) {
      return Optional.empty();
    }
    int[] columns = {
      cx,
      find(header, "recency", "t_x"),
      find(header, "T"),
      find(header, "monetary_value", "zbar"),
      find(header, "periods"),
      find(header, "weights", "weight", "count")
    };
    boolean[] whole = {true, false, false, false, true, false};
    List<Optional<double[]>> values = new ArrayList<>();
    for (int k = 0; k < columns.length; k++) {
      if (columns[k] < 0) {
        values.add(Optional.empty());
        continue;
      }
      Optional<double[]> v = csv.decimals(columns[k]);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      for (double d : v.get()) {
        if (!(d >= 0) || Double.isInfinite(d) || (whole[k] && d != Math.rint(d))) {
          return Optional.empty();
        }
      }
      values.add(v);
    }
    long[] lines = new long[csv.rows()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = csv.line(i);
    }
    SummaryTable t =
        new SummaryTable(
            csv.source(),
            header,
            lines,
            csv.rows(),
            ids,
            values.get(0),
            values.get(1),
            values.get(2),
            values.get(3),
            values.get(4),
            values.get(5),
            Optional.empty(),
            Optional.empty());
    t.numberIds = numbers.orElse(null);
    try {
      t.checkRows();
    } catch (ImportException e) {
      return Optional.empty();
    }
    return Optional.of(t);
  }

  private void checkRows() {
    for (int i = 0; i < rows; i++) {
      if (tx.isPresent() && timeOf().isPresent() && tx.get()[i] > timeOf().get()[i]) {
        throw new ImportException(
            source,
            lines[i],
            "'" + name("recency", "t_x") + "'",
            Table.number(tx.get()[i]),
            "is greater than T = "
                + Table.number(timeOf().get()[i])
                + ": the last purchase must be within the observation");
      }
      if (weights.isPresent() && !(weights.get()[i] > 0)) {
        throw new ImportException(
            source,
            lines[i],
            "'" + name("weights") + "'",
            Table.number(weights.get()[i]),
            "is not a positive count of customers");
      }
    }
  }

  private Optional<double[]> timeOf() {
    return periods.isPresent() ? periods : age;
  }

  private String name(String... candidates) {
    int i = find(header, candidates);
    return i < 0 ? candidates[0] : header.get(i);
  }

  /** The named column, or a data error naming the accepted names when the file has none. */
  double[] require(Optional<double[]> column, String... names) {
    return column.orElseThrow(
        () ->
            new ImportException(
                source,
                1,
                "'" + names[0] + "'",
                "",
                "is not in the header (accepted names: "
                    + String.join(", ", names)
                    + "); the header has "
                    + header));
  }

  double[] frequencies() {
    return require(x, "frequency", "x");
  }

  double[] recencies() {
    return require(tx, "recency", "t_x");
  }

  /** T, or {@code periods} when the file has that column instead (BG/BB). */
  double[] ages() {
    return timeOf()
        .orElseThrow(
            () ->
                new ImportException(
                    source,
                    1,
                    "'T'",
                    "",
                    "is not in the header (accepted names: T, periods); the header has " + header));
  }

  double[] monetaryValues() {
    return require(monetary, "monetary_value", "zbar");
  }

  /** A data error about row {@code row} (0-based) in the column first named in {@code names}. */
  ImportException error(int row, String value, String reason, String... names) {
    return new ImportException(source, lines[row], "'" + name(names) + "'", value, reason);
  }

  double[] weightsOrOnes() {
    return weights.orElseGet(
        () -> {
          double[] w = new double[rows];
          Arrays.fill(w, 1);
          return w;
        });
  }

  /** The id column, when the file has one. */
  Optional<String[]> ids() {
    if (numberIds == null) {
      return textIds;
    }
    String[] s = new String[rows];
    for (int i = 0; i < rows; i++) {
      s[i] = Long.toString(numberIds[i]);
    }
    return Optional.of(s);
  }

  String[] idsOrRowNumbers() {
    return ids()
        .orElseGet(
            () -> {
              String[] s = new String[rows];
              for (int i = 0; i < rows; i++) {
                s[i] = Integer.toString(i + 1);
              }
              return s;
            });
  }

  /**
   * Whether the file has the total_spend and transaction_count columns that {@code crm summary}
   * writes.
   */
  boolean hasTotals() {
    return totalSpend.isPresent() && transactionCount.isPresent();
  }

  /**
   * What M and F mean for this file, for a note on stderr when it lacks the columns {@code crm
   * summary} writes; empty when it has them.
   */
  Optional<String> totalsNote() {
    if (hasTotals()) {
      return Optional.empty();
    }
    return Optional.of(
        source
            + " has no total_spend and transaction_count columns: total spend is taken as frequency x "
            + "monetary_value (the repeat purchases only: each customer's first purchase is left out) and transactions as "
            + "frequency + 1 purchase periods; write the summary with crm summary for the full totals");
  }

  /**
   * The rows as customer summaries (one per row; a file with {@code weights} is refused, as its
   * rows are groups, not customers). Ids are the {@code id} column or the row numbers. Total spend
   * and transaction count are the {@code total_spend} and {@code transaction_count} columns when
   * the file has them, otherwise {@code frequency × monetary_value} and {@code frequency + 1} (see
   * {@link #totalsNote()}).
   */
  CustomerSummaries toSummaries(TimeScale unit) {
    if (weights.isPresent()) {
      throw new ImportException(
          source,
          1,
          "'" + name("weights") + "'",
          "",
          "groups customers: this command needs one row per customer");
    }
    double[] f = frequencies();
    double[] r = recencies();
    double[] t = ages();
    double[] m = monetary.orElse(new double[rows]);
    String[] id = numberIds != null && !hasTotals() ? null : idsOrRowNumbers();
    int[] frequency = new int[rows];
    double[] spend = new double[rows];
    CustomerSummaries.Builder b = CustomerSummaries.builder(unit);
    for (int i = 0; i < rows; i++) {
      if (hasTotals()) {
        try {
          b.add(
              io.crmkit.core.summary.CustomerSummary.of(
                  io.crmkit.core.customer.CustomerId.of(id[i]),
                  (int) f[i],
                  r[i],
                  t[i],
                  f[i] > 0 ? m[i] : 0,
                  totalSpend.get()[i],
                  (int) transactionCount.get()[i]));
        } catch (IllegalArgumentException e) {
          throw new ImportException(
              source, lines[i], "", "", "is not a valid summary row: " + e.getMessage());
        }
      }
      frequency[i] = (int) f[i];
      spend[i] = f[i] > 0 ? m[i] : 0;
    }
    if (hasTotals()) {
      return b.build();
    }
    return id == null
        ? CustomerSummaries.ofColumns(unit, numberIds, frequency, r, t, spend)
        : CustomerSummaries.ofColumns(unit, id, frequency, r, t, spend);
  }

  private static String[] split(String line) {
    String[] p = line.split(",", -1);
    for (int i = 0; i < p.length; i++) {
      String s = p[i].trim();
      if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
        s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
      }
      p[i] = s;
    }
    return p;
  }

  private static int find(List<String> names, String... candidates) {
    for (String c : candidates) {
      int i = names.indexOf(c);
      if (i >= 0) {
        return i;
      }
    }
    for (String c : candidates) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equalsIgnoreCase(c)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String[] texts(
      List<String[]> data, List<Long> lines, int c, List<String> header, String source) {
    String[] out = new String[data.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = field(data.get(i), c, lines.get(i), header, source);
      if (out[i].isEmpty()) {
        throw new ImportException(
            source,
            lines.get(i),
            "'" + header.get(c) + "'",
            "",
            "is blank: a customer id is required");
      }
    }
    return out;
  }

  private static String field(String[] row, int c, long line, List<String> header, String source) {
    if (c >= row.length) {
      throw new ImportException(
          source,
          line,
          "'" + header.get(c) + "'",
          "",
          "is missing: the row has " + row.length + " fields");
    }
    return row[c];
  }

  /** A column of numbers of at least 0 (whole numbers with {@code whole}). */
  private static Optional<double[]> column(
      List<String[]> data,
      List<Long> lines,
      int c,
      List<String> header,
      String source,
      boolean whole) {
    return numbers(data, lines, c, header, source, whole, false);
  }

  /** A column of finite numbers that may be negative (total spend less refunds). */
  private static Optional<double[]> signed(
      List<String[]> data, List<Long> lines, int c, List<String> header, String source) {
    return numbers(data, lines, c, header, source, false, true);
  }

  private static Optional<double[]> numbers(
      List<String[]> data,
      List<Long> lines,
      int c,
      List<String> header,
      String source,
      boolean whole,
      boolean negative) {
    if (c < 0) {
      return Optional.empty();
    }
    double[] out = new double[data.size()];
    for (int i = 0; i < out.length; i++) {
      String v = field(data.get(i), c, lines.get(i), header, source);
      double d;
      try {
        d = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        d = Double.NaN;
      }
      if (!Double.isFinite(d)
          || (d < 0 && !negative)
          || v.isEmpty()
          || Character.isLetter(v.charAt(v.length() - 1))) {
        throw new ImportException(
            source,
            lines.get(i),
            "'" + header.get(c) + "'",
            v,
            negative
                ? "is not a number"
                : "is not a " + (whole ? "whole number" : "number") + " of at least 0");
      }
      if (whole && d != Math.rint(d)) {
        throw new ImportException(
            source, lines.get(i), "'" + header.get(c) + "'", v, "is not a whole number");
      }
      out[i] = d;
    }
    return Optional.of(out);
  }

  @Override
  public String toString() {
    return "SummaryTable[" + source + ", " + rows + " rows, columns " + header + "]";
  }
}
