package io.crmkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 2,000 seeded mutations of valid transaction files (byte flips, truncations, inserted quotes,
 * invalid UTF-8, huge fields, byte order marks, wrong column counts, stray line breaks ...), each
 * read strictly and leniently, as objects and as columns. Every read either throws an {@link
 * ImportException} naming a line of the file with a bounded message, or accounts for every line:
 * header + blank lines + imported + rejected = the lines of the file. A strict read stops at the
 * first row a lenient read rejects. Uses only the readers' public API (it runs against older
 * versions too).
 */
class CsvFuzzTest {

  static final int FILES = 2000;
  static final long SEED = 20261202L;

  @TempDir Path dir;

  enum Mutation {
    FLIP_BYTE,
    TRUNCATE,
    INSERT_QUOTE,
    INVALID_UTF8,
    HUGE_FIELD,
    BOM,
    DROP_FIELD,
    EXTRA_FIELD,
    LINE_BREAK,
    DELETE_BYTES,
    DUPLICATE_LINE,
    NEGATIVE,
    HUGE_EPOCH,
    BLANK_LINES,
    HEADER_ONLY
  }

  @Test
  void every_mutated_file_is_imported_line_for_line_or_refused_naming_a_line() throws IOException {
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int refusedStrict = 0;
    int refusedLenient = 0;
    long rejectedRows = 0;
    for (int f = 0; f < FILES; f++) {
      boolean whitespace = random.nextInt(4) == 0;
      boolean epoch = random.nextInt(3) == 0;
      byte[] bytes = base(random, whitespace, epoch);
      List<Mutation> applied = new ArrayList<>();
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        applied.add(mutation);
        bytes = mutate(bytes, mutation, random);
      }
      Path file = dir.resolve("f" + f + ".csv");
      Files.write(file, bytes);
      TransactionCsvFormat.Builder b = TransactionCsvFormat.builder(ZoneOffset.UTC);
      if (whitespace) {
        b.whitespaceSeparated()
            .header(false)
            .customerId(Column.at(0))
            .timestamp(Column.at(1), TimestampFormat.epochSeconds())
            .amount(Column.at(2));
      } else if (epoch) {
        b.timestamp(Column.named("timestamp"), TimestampFormat.epochSeconds());
      }
      TransactionCsvFormat format = b.build();
      long lines = lines(bytes);
      String name = "file " + f + " " + applied;
      for (boolean columns : new boolean[] {false, true}) {
        Outcome strict = read(TransactionCsvReader.of(format), file, columns);
        Outcome lenient =
            read(TransactionCsvReader.of(format).collectingRejectedRows(), file, columns);
        check(
            name + (columns ? " columns" : " objects") + " strict",
            strict,
            lines,
            format.header(),
            failures);
        check(
            name + (columns ? " columns" : " objects") + " lenient",
            lenient,
            lines,
            format.header(),
            failures);
        if (strict.report != null && strict.report.hasRejections()) {
          failures.add(name + ": a strict read reported rejections instead of failing");
        }
        if (lenient.report != null && lenient.report.hasRejections()) {
          long first = lenient.report.rejected().get(0).line();
          if (strict.error == null || strict.error.line() != first) {
            failures.add(
                name
                    + ": lenient rejected line "
                    + first
                    + " first but strict "
                    + describe(strict));
          }
        }
        if (lenient.report != null && !lenient.report.hasRejections() && strict.error != null) {
          failures.add(
              name
                  + ": strict failed ("
                  + strict.error.getMessage()
                  + ") but lenient rejected nothing");
        }
        if (!columns) {
          refusedStrict += strict.error != null || strict.other != null ? 1 : 0;
          refusedLenient += lenient.error != null || lenient.other != null ? 1 : 0;
          rejectedRows += lenient.report == null ? 0 : lenient.report.rejected().size();
        }
      }
    }
    System.out.printf(
        "CsvFuzzTest: %d files; refused strict %d, refused lenient %d, rows rejected leniently %d; failures %d%n",
        FILES, refusedStrict, refusedLenient, rejectedRows, failures.size());
    assertThat(failures)
        .as(
            "%d failures; first: %s",
            failures.size(), failures.subList(0, Math.min(5, failures.size())))
        .isEmpty();
  }

  record Outcome(ImportReport report, long values, ImportException error, RuntimeException other) {}

  static Outcome read(TransactionCsvReader reader, Path file, boolean columns) {
    try {
      if (columns) {
        ImportResult<io.crmkit.core.summary.TransactionColumns> r = reader.readColumns(file);
        return new Outcome(r.report(), r.value().size(), null, null);
      }
      ImportResult<List<io.crmkit.core.transaction.Transaction>> r = reader.readTransactions(file);
      return new Outcome(r.report(), r.value().size(), null, null);
    } catch (ImportException e) {
      return new Outcome(null, 0, e, null);
    } catch (RuntimeException e) {
      return new Outcome(null, 0, null, e);
    }
  }

  static String describe(Outcome o) {
    return o.error != null
        ? "failed at line " + o.error.line()
        : o.other != null ? "threw " + o.other : "rejected nothing";
  }

  static void check(String name, Outcome o, long lines, boolean header, List<String> failures) {
    if (o.other != null) {
      failures.add(
          name
              + ": threw "
              + o.other.getClass().getName()
              + ": "
              + String.valueOf(o.other.getMessage())
                  .substring(0, Math.min(200, String.valueOf(o.other.getMessage()).length())));
      return;
    }
    if (o.error != null) {
      if (o.error.line() < 1 || o.error.line() > lines + 1) {
        failures.add(
            name + ": ImportException at line " + o.error.line() + " of a " + lines + "-line file");
      }
      if (o.error.getMessage().length() > 1000) {
        failures.add(name + ": a " + o.error.getMessage().length() + "-character message");
      }
      return;
    }
    ImportReport r = o.report;
    if (r.dataRows() != r.imported() + r.rejected().size() || o.values != r.imported()) {
      failures.add(
          name
              + ": "
              + r.imported()
              + " imported + "
              + r.rejected().size()
              + " rejected != "
              + r.dataRows());
    }
    long accounted = (header ? 1 : 0) + r.blankLines() + r.dataRows();
    if (accounted != lines) {
      failures.add(
          name
              + ": "
              + accounted
              + " lines accounted for (header, "
              + r.blankLines()
              + " blank, "
              + r.dataRows()
              + " rows) but the file has "
              + lines);
    }
  }

  /**
   * Lines of the file as a reader sees them: UTF-8 (bad bytes replaced), BOM dropped, \n, \r\n or
   * \r ends a line.
   */
  static long lines(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    long n = 0;
    int i = 0;
    while (i < text.length()) {
      int lineEnd = i;
      while (lineEnd < text.length()
          && text.charAt(lineEnd) != '\n'
          && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      n++;
      if (lineEnd < text.length()
          && text.charAt(lineEnd) == '\r'
          && lineEnd + 1 < text.length()
          && text.charAt(lineEnd + 1) == '\n') {
        lineEnd++;
      }
      i = lineEnd + 1;
    }
    return n;
  }

  static byte[] base(Random random, boolean whitespace, boolean epoch) {
    StringBuilder sb = new StringBuilder();
    if (!whitespace) {
      sb.append(
          random.nextBoolean()
              ? "customer_id,timestamp,amount\n"
              : "customer_id,timestamp,amount,note\n");
    }
    int rows = 1 + random.nextInt(30);
    for (int i = 0; i < rows; i++) {
      String customer = Integer.toString(1 + random.nextInt(10));
      long second = 1_700_000_000L + random.nextInt(10_000_000);
      String ts =
          whitespace || epoch
              ? Long.toString(second)
              : java.time.Instant.ofEpochSecond(second).toString();
      String amount = random.nextInt(20) + "." + random.nextInt(10) + random.nextInt(10);
      if (whitespace) {
        sb.append(customer)
            .append(random.nextBoolean() ? "  " : "\t")
            .append(ts)
            .append(' ')
            .append(amount)
            .append('\n');
      } else {
        sb.append(customer).append(',').append(ts).append(',').append(amount);
        if (random.nextBoolean()) {
          sb.append(",\"note, with comma\"");
        }
        sb.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
      }
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] mutate(byte[] in, Mutation m, Random random) {
    int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 16);
    switch (m) {
      case FLIP_BYTE -> {
        byte[] copy = in.clone();
        if (copy.length > 0) {
          int i = Math.min(at, copy.length - 1);
          copy[i] = (byte) (copy[i] ^ (1 << random.nextInt(8)));
        }
        return copy;
      }
      case TRUNCATE -> {
        return java.util.Arrays.copyOf(in, at);
      }
      case INSERT_QUOTE -> {
        return insert(in, at, new byte[] {'"'});
      }
      case INVALID_UTF8 -> {
        byte[][] bad = {
          {(byte) 0xFF},
          {(byte) 0xC3},
          {(byte) 0xE2, (byte) 0x82},
          {(byte) 0x80},
          {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
        };
        return insert(in, at, bad[random.nextInt(bad.length)]);
      }
      case HUGE_FIELD -> {
        int n = random.nextBoolean() ? 5_000 : 200_000;
        byte c = (byte) (random.nextBoolean() ? '9' : 'x');
        byte[] huge = new byte[n];
        java.util.Arrays.fill(huge, c);
        return insert(in, at, huge);
      }
      case BOM -> {
        return insert(
            in,
            random.nextInt(3) == 0 ? at : 0,
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      case DROP_FIELD, EXTRA_FIELD -> {
        String s = new String(in, StandardCharsets.ISO_8859_1);
        String[] lines = s.split("\n", -1);
        int line = random.nextInt(lines.length);
        if (m == Mutation.DROP_FIELD) {
          int comma = Math.max(lines[line].lastIndexOf(','), lines[line].lastIndexOf(' '));
          if (comma >= 0) {
            lines[line] = lines[line].substring(0, comma);
          }
        } else {
          lines[line] = lines[line] + ",extra,\"x\"";
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
      }
      case LINE_BREAK -> {
        return insert(in, at, random.nextBoolean() ? new byte[] {'\n'} : new byte[] {'\r'});
      }
      case DELETE_BYTES -> {
        int n = Math.min(in.length - Math.min(at, in.length), 1 + random.nextInt(8));
        out.write(in, 0, Math.min(at, in.length));
        out.write(in, Math.min(at, in.length) + n, in.length - Math.min(at, in.length) - n);
        return out.toByteArray();
      }
      case DUPLICATE_LINE -> {
        String s = new String(in, StandardCharsets.ISO_8859_1);
        int nl = s.indexOf('\n');
        return nl < 0 ? in : (s + s.substring(nl + 1)).getBytes(StandardCharsets.ISO_8859_1);
      }
      case NEGATIVE -> {
        return insert(in, at, new byte[] {'-'});
      }
      case HUGE_EPOCH -> {
        return insert(in, at, "92233720368547758079".getBytes(StandardCharsets.US_ASCII));
      }
      case BLANK_LINES -> {
        return insert(in, at, "\n  \n\t\n".getBytes(StandardCharsets.US_ASCII));
      }
      case HEADER_ONLY -> {
        String s = new String(in, StandardCharsets.ISO_8859_1);
        int nl = s.indexOf('\n');
        return nl < 0 ? in : s.substring(0, nl + 1).getBytes(StandardCharsets.ISO_8859_1);
      }
      default -> throw new AssertionError(m);
    }
  }

  static byte[] insert(byte[] in, int at, byte[] what) {
    int i = Math.min(at, in.length);
    byte[] out = new byte[in.length + what.length];
    System.arraycopy(in, 0, out, 0, i);
    System.arraycopy(what, 0, out, i, what.length);
    System.arraycopy(in, i, out, i + what.length, in.length - i);
    return out;
  }
}
