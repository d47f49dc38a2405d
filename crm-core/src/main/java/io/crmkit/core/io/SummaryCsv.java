package io.crmkit.core.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.CustomerSummary;
import io.crmkit.core.summary.TimeScale;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Customer summaries as CSV: {@code id,frequency,recency,T,monetary_value}, plus {@code
 * frequency_holdout,duration_holdout} when the summaries have a holdout period. Numbers are written
 * in their shortest exact decimal form, so a written file reads back to equal values.
 *
 * <p>The reader matches columns by name, case-insensitively: {@code id}, {@code ID} or {@code
 * customer_id}; {@code frequency} or {@code x}; {@code recency} or {@code t_x}; {@code T}; optional
 * {@code monetary_value} or {@code zbar}; optional {@code frequency_holdout} with {@code
 * duration_holdout}; optional {@code total_spend} and {@code transaction_count} (as the {@code crm
 * summary} command writes them; without them total spend is {@code frequency × monetary_value}, the
 * repeat purchases only, and the count {@code frequency + 1}, see {@link CustomerSummary#of}). It
 * reads the published CDNOW summaries as they are. Other columns are ignored. A bad row fails the
 * read naming the line, column, value and reason.
 *
 * @since 0.1
 */
public final class SummaryCsv {

  private SummaryCsv() {}

  /**
   * Writes {@code summaries} as CSV with a header line to {@code out} (left open); {@link
   * java.io.UncheckedIOException} on a write error.
   */
  public static void write(CustomerSummaries summaries, Writer out) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    Objects.requireNonNull(out, "out must not be null");
    CsvWriter csv = CsvWriter.builder().build(out);
    boolean holdout = summaries.hasHoldout();
    if (holdout) {
      csv.writeRecord(
          "id",
          "frequency",
          "recency",
          "T",
          "monetary_value",
          "frequency_holdout",
          "duration_holdout");
    } else {
      csv.writeRecord("id", "frequency", "recency", "T", "monetary_value");
    }
    for (int i = 0; i < summaries.size(); i++) {
      if (holdout) {
        csv.writeRecord(
            summaries.id(i),
            Integer.toString(summaries.frequency(i)),
            num(summaries.recency(i)),
            num(summaries.age(i)),
            num(summaries.monetaryValue(i)),
            Integer.toString(summaries.holdoutFrequency(i)),
            num(summaries.holdoutDuration()));
      } else {
        csv.writeRecord(
            summaries.id(i),
            Integer.toString(summaries.frequency(i)),
            num(summaries.recency(i)),
            num(summaries.age(i)),
            num(summaries.monetaryValue(i)));
      }
    }
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code summaries} as UTF-8 CSV with a header line to {@code file}, replacing it; {@link
   * java.io.UncheckedIOException} on a write error.
   */
  public static void write(CustomerSummaries summaries, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(summaries, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String num(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? String.format(Locale.ROOT, "%.1f", d)
        : Double.toString(d);
  }

  /** Reads a summary file whose times are in {@code unit}. */
  public static CustomerSummaries read(Path file, TimeScale unit) {
    Optional<CustomerSummaries> fast =
        Files.isRegularFile(file) && Files.isReadable(file)
            ? PlainSummaries.read(
                file, unit) // plain files with good rows only; else Inputs names the problem
            : Optional.empty();
    if (fast.isPresent()) {
      return fast.get();
    }
    try (Reader r = Inputs.open(file)) {
      return read(r, file.getFileName().toString(), unit);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads summaries from {@code in}; {@code source} names it in messages. */
  public static CustomerSummaries read(Reader in, String source, TimeScale unit) {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    CustomerSummaries.Builder b = CustomerSummaries.builder(unit);
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowMissingFields(true)
            .ofCsvRecord(Inputs.skippingBom(in))) {
      var it = csv.iterator();
      if (!it.hasNext()) {
        throw new ImportException(source, 1, "", "", "is empty: a header line is required");
      }
      CsvRecord header = it.next();
      List<String> names = new ArrayList<>();
      for (String f : header.getFields()) {
        names.add(f.trim());
      }
      long headerLine = header.getStartingLineNumber();
      int id = find(names, source, headerLine, true, "id", "customer_id");
      int x = find(names, source, headerLine, true, "frequency", "x");
      int tx = find(names, source, headerLine, true, "recency", "t_x");
      int t = find(names, source, headerLine, true, "T");
      int m = find(names, source, headerLine, false, "monetary_value", "zbar");
      int hx = find(names, source, headerLine, false, "frequency_holdout");
      int hd = find(names, source, headerLine, false, "duration_holdout");
      int ts = find(names, source, headerLine, false, "total_spend");
      int tc = find(names, source, headerLine, false, "transaction_count");
      if ((hx < 0) != (hd < 0)) {
        throw new ImportException(
            source,
            headerLine,
            hx < 0 ? "'duration_holdout'" : "'frequency_holdout'",
            "",
            "needs its partner column: frequency_holdout and duration_holdout go together");
      }
      double holdoutDuration = -1;
      while (it.hasNext()) {
        CsvRecord r = it.next();
        long line = r.getStartingLineNumber();
        String customer = field(r, id, names, source, line).trim();
        if (customer.isEmpty()) {
          throw new ImportException(
              source, line, "'" + names.get(id) + "'", "", "is blank: a customer id is required");
        }
        if (customer.indexOf(Inputs.MALFORMED) >= 0) {
          throw new ImportException(
              source,
              line,
              "'" + names.get(id) + "'",
              customer,
              "is not valid UTF-8: bytes that are " + "not a UTF-8 sequence (shown as U+FFFD)");
        }
        int frequency = (int) integer(r, x, names, source, line);
        double recency = decimal(r, tx, names, source, line);
        double age = decimal(r, t, names, source, line);
        double monetary = m < 0 ? 0 : decimal(r, m, names, source, line);
        OptionalInt holdout = OptionalInt.empty();
        if (hx >= 0) {
          holdout = OptionalInt.of((int) integer(r, hx, names, source, line));
          double d = decimal(r, hd, names, source, line);
          if (holdoutDuration >= 0 && d != holdoutDuration) {
            throw new ImportException(
                source,
                line,
                "'" + names.get(hd) + "'",
                r.getField(hd),
                "differs from "
                    + holdoutDuration
                    + " of the earlier rows: the holdout period is one for all");
          }
          holdoutDuration = d;
        }
        double total = ts < 0 ? frequency * monetary : decimal(r, ts, names, source, line);
        int count = tc < 0 ? frequency + 1 : (int) integer(r, tc, names, source, line);
        try {
          b.add(
              withHoldout(
                  CustomerSummary.of(
                      CustomerId.of(customer), frequency, recency, age, monetary, total, count),
                  holdout));
        } catch (IllegalArgumentException e) {
          throw new ImportException(
              source, line, "", "", "is not a valid summary row: " + e.getMessage());
        }
      }
      if (holdoutDuration > 0) {
        b.holdoutDuration(holdoutDuration);
      }
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        throw new ImportException(
            source, headerLine, "", "", "cannot be read as summaries: " + e.getMessage());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  static int find(
      List<String> names, String source, long line, boolean required, String... candidates) {
    for (String c : candidates) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equals(c)) {
          return i;
        }
      }
    }
    for (String c : candidates) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equalsIgnoreCase(c)) {
          return i;
        }
      }
    }
    if (required) {
      throw new ImportException(
          source,
          line,
          "'" + candidates[0] + "'",
          "",
          "is not in the header (accepted names: "
              + String.join(", ", candidates)
              + "); the header has "
              + Inputs.excerpt(names.toString()));
    }
    return -1;
  }

  private static String field(
      CsvRecord r, int index, List<String> names, String source, long line) {
    if (index >= r.getFieldCount()) {
      throw new ImportException(
          source,
          line,
          "'" + names.get(index) + "'",
          "",
          "is missing: the row has " + r.getFieldCount() + " fields");
    }
    return r.getField(index);
  }

  private static long integer(
      CsvRecord r, int index, List<String> names, String source, long line) {
    String v = field(r, index, names, source, line).trim();
    try {
      double d = Double.parseDouble(v);
      if (d != Math.rint(d)
          || d < 0
          || d > Integer.MAX_VALUE
          || !TransactionCsvReader.isDecimal(v)) {
        throw new NumberFormatException();
      }
      return (long) d;
    } catch (NumberFormatException e) {
      throw new ImportException(
          source, line, "'" + names.get(index) + "'", v, "is not a whole number of purchases");
    }
  }

  private static double decimal(
      CsvRecord r, int index, List<String> names, String source, long line) {
    String v = field(r, index, names, source, line).trim();
    if (!TransactionCsvReader.isDecimal(v)) {
      throw new ImportException(
          source, line, "'" + names.get(index) + "'", v, "is not a decimal number");
    }
    return Double.parseDouble(v);
  }

  private static CustomerSummary withHoldout(CustomerSummary s, OptionalInt holdoutFrequency) {
    return holdoutFrequency.isPresent() ? s.withHoldoutFrequency(holdoutFrequency.getAsInt()) : s;
  }
}
