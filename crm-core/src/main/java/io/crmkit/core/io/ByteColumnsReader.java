package io.crmkit.core.io;

import io.crmkit.core.summary.TransactionColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The fast path of {@link TransactionCsvReader#readColumns(Path)}: a byte-level parser of a
 * delimited file straight into {@link TransactionColumns}, with no {@code String} per field.
 *
 * <p>It reads the file twice through one 1 MiB buffer: once to count the lines (eight bytes at a
 * time), so that the columns are allocated once at their final size (24 bytes per row: key, epoch
 * second, amount), then to parse. Customer ids that are canonical numbers become {@code long} keys
 * without allocation; other ids are interned as byte slices ({@link ByteSlices}), one {@code
 * String} per distinct customer. Timestamps go through a direct-mapped cache of the distinct texts
 * (a day-number cache: a 10-byte date or the date part of a {@code yyyy-MM-ddTHH:mm:ssZ} instant);
 * a miss is parsed by {@link TimestampFormat} itself, so every value means exactly what the general
 * reader makes of it. Amounts of at most 15 significant digits are read as an unscaled {@code long}
 * and one correctly rounded division by a power of ten (the same as {@link Double#parseDouble}).
 *
 * <p>It handles the subset where it can be sure to agree with the general reader: a printable ASCII
 * separator, no optional columns (currency, id, kind, refund-of), an ASCII file without quotes,
 * control characters (tab aside) or lone carriage returns, and only good rows. On anything else, on
 * a line or field that reaches a size of the reader's {@link ImportLimits}, and on the first row
 * the general reader would reject, {@link #read} returns empty and the caller reads the file with
 * the general reader, which then reports every error with its line, column and value exactly as
 * before (so nothing is dropped and no message changes). A jqwik property ({@code
 * ByteColumnsReaderProperties}) checks the agreement on random valid and invalid files.
 */
final class ByteColumnsReader {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int BUFFER = 1 << 20;
  private static final int CACHE = 1 << 13;

  private ByteColumnsReader() {}

  /** Whether files in {@code format} can take the fast path (their rows still may not). */
  static boolean supports(TransactionCsvFormat format) {
    if (format.separator().isEmpty()) {
      return false;
    }
    char c = format.separator().get();
    return c > ' '
        && c < 0x7F
        && c != '"'
        && format.currencyColumn().isEmpty()
        && format.transactionId().isEmpty()
        && format.kind().isEmpty()
        && format.refundOf().isEmpty();
  }

  /** Signals that the general reader must read this file. */
  private static final class NotFast extends Exception {
    private static final long serialVersionUID = 1L;

    NotFast() {
      super(null, null, false, false);
    }
  }

  @SuppressWarnings(
      "StaticAssignmentOfThrowable") // a stackless signal to the general reader, never seen by
  // callers
  private static final NotFast NOT_FAST = new NotFast();

  /**
   * The columns of {@code file}, or empty when the general reader must read it. A line, field or
   * amount that reaches a size of {@code limits} also sends the file to the general reader, which
   * refuses it with the message of the limit (so the limits hold on either path).
   */
  static Optional<ImportResult<TransactionColumns>> read(
      Path file, TransactionCsvFormat format, ImportLimits limits) {
    if (!supports(format)) {
      return Optional.empty();
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return Optional.of(new Parse(format, limits, file.getFileName().toString()).run(ch));
    } catch (NotFast e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** One read of one file. */
  private static final class Parse {
    private final TransactionCsvFormat format;
    private final int maxRecord;
    private final int maxField;
    private final int maxAmount;
    private final String source;
    private final byte separator;
    private final TimestampFormat timestampFormat;
    private final ZoneId zone;
    private final boolean isoInstant;
    private final boolean numericIds;
    private byte[] buf = new byte[BUFFER];
    private int customer = -1;
    private int timestamp = -1;
    private int amount = -1;
    private int lastNeeded;
    private boolean headerSeen;
    private long dataRows;
    private long blank;
    private boolean dictionary;
    private ByteSlices ids;
    private TransactionColumns.Builder columns;
    // direct-mapped cache of timestamp texts of up to 16 bytes: text packed in two longs and its
    // length
    private final long[] cacheLow = new long[CACHE];
    private final long[] cacheHigh = new long[CACHE];
    private final int[] cacheLength = new int[CACHE];
    private final long[] cacheValue = new long[CACHE];

    Parse(TransactionCsvFormat format, ImportLimits limits, String source) throws NotFast {
      this.format = format;
      // one byte of margin: the general reader decides every case at a limit
      this.maxRecord = limits.maxRecordLength() - 1;
      this.maxField = limits.maxFieldLength() - 1;
      this.maxAmount = limits.maxAmountLength() - 1;
      this.source = source;
      this.separator = (byte) (char) format.separator().get();
      this.timestampFormat = format.timestampFormat();
      this.zone = format.zone();
      this.isoInstant = timestampFormat.equals(TimestampFormat.isoInstant());
      this.numericIds = format.numericCustomerIds();
      if (!format.header()) {
        resolve(null);
      }
    }

    ImportResult<TransactionColumns> run(FileChannel ch) throws IOException, NotFast {
      long lines = countLines(ch);
      long expected = lines - (format.header() ? 1 : 0);
      if (lines > Integer.MAX_VALUE - 16) {
        throw NOT_FAST;
      }
      columns = TransactionColumns.builder((int) Math.max(0, expected));
      columns.currency(format.currency());
      ch.position(0);
      int start = 0;
      int limit = 0;
      while (true) {
        // every complete line in buf[start, limit)
        while (true) {
          int e = start;
          while (e < limit && buf[e] != '\n') {
            e++;
          }
          if (e == limit) {
            break;
          }
          line(start, e > start && buf[e - 1] == '\r' ? e - 1 : e);
          start = e + 1;
        }
        if (start > 0) {
          System.arraycopy(buf, start, buf, 0, limit - start);
          limit -= start;
          start = 0;
        }
        if (limit == buf.length) {
          buf = java.util.Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
        }
        int n = ch.read(ByteBuffer.wrap(buf, limit, buf.length - limit));
        if (n < 0) {
          if (limit > 0) {
            line(
                0,
                limit); // the last line, without a line break (a trailing \r is refused by line())
          }
          break;
        }
        limit += n; // (a byte order mark, like any byte above 0x7F, sends the file to the general
        // reader)
      }
      if (!headerSeen) {
        throw NOT_FAST; // no header line: the general reader names the error
      }
      return new ImportResult<>(
          columns.build(), new ImportReport(source, dataRows, dataRows, blank, List.of()));
    }

    private long countLines(FileChannel ch) throws IOException {
      long lines = 0;
      byte last = '\n';
      while (true) {
        int n = ch.read(ByteBuffer.wrap(buf));
        if (n < 0) {
          break;
        }
        if (n == 0) {
          continue;
        }
        int i = 0;
        for (; i + 8 <= n; i += 8) {
          long w = (long) LONGS.get(buf, i) ^ 0x0A0A0A0A0A0A0A0AL;
          long t = ((w & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | w;
          lines += Long.bitCount(~t & 0x8080808080808080L);
        }
        for (; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
        last = buf[n - 1];
      }
      return last == '\n' ? lines : lines + 1;
    }

    private void line(int from, int to) throws NotFast {
      // blank: only spaces and tabs (the separator is neither)
      int i = from;
      while (i < to && (buf[i] == ' ' || buf[i] == '\t')) {
        i++;
      }
      if (i == to) {
        blank++;
        return;
      }
      if (to - from > maxRecord) {
        throw NOT_FAST; // at or beyond the record limit
      }
      if (!headerSeen) {
        header(from, to);
        return;
      }
      dataRows++;
      int cs = -1;
      int ce = -1;
      int ts = -1;
      int te = -1;
      int as = -1;
      int ae = -1;
      int field = 0;
      int fieldStart = from;
      for (int p = from; ; p++) {
        byte c = p < to ? buf[p] : separator;
        if (c == separator) {
          if (field == customer) {
            cs = fieldStart;
            ce = p;
          }
          if (field == timestamp) {
            ts = fieldStart;
            te = p;
          }
          if (field == amount) {
            as = fieldStart;
            ae = p;
          }
          if (p >= to) {
            break;
          }
          field++;
          fieldStart = p + 1;
        } else if (c == '"' || c < 0 || (c < ' ' && c != '\t')) {
          throw NOT_FAST;
        }
      }
      if (field < lastNeeded) {
        throw NOT_FAST; // a missing column
      }
      if (ce - cs > maxField || te - ts > maxField || ae - as > maxAmount) {
        throw NOT_FAST; // at or beyond a field limit
      }
      long epoch = epochSecond(ts, te);
      double value = amount(as, ae);
      customer(cs, ce, epoch, value);
    }

    private void customer(int s, int e, long epoch, double value) throws NotFast {
      while (s < e && buf[s] <= ' ') {
        s++;
      }
      while (e > s && buf[e - 1] <= ' ') {
        e--;
      }
      if (s == e) {
        throw NOT_FAST; // blank id
      }
      if (numericIds) {
        while (s < e - 1 && buf[s] == '0') {
          s++;
        }
        long v = digits(s, e);
        if (v < 0) {
          throw NOT_FAST; // not a whole number
        }
        add(v, s, e, epoch, value);
        return;
      }
      long v = (e - s > 1 && buf[s] == '0') ? -1 : digits(s, e);
      add(v, s, e, epoch, value);
    }

    /** The value of 1 to 18 decimal digits, or -1. */
    private long digits(int s, int e) {
      if (e - s > 18) {
        return -1;
      }
      long v = 0;
      for (int i = s; i < e; i++) {
        int d = buf[i] - '0';
        if (d < 0 || d > 9) {
          return -1;
        }
        v = v * 10 + d;
      }
      return v;
    }

    private void add(long numeric, int s, int e, long epoch, double value) {
      if (numeric >= 0 && !dictionary) {
        columns.add(numeric, epoch, value, false);
        return;
      }
      if (ids == null) {
        ids = new ByteSlices();
      }
      dictionary = true;
      columns.add(ids.intern(buf, s, e), epoch, value, false);
    }

    private long epochSecond(int s, int e) throws NotFast {
      while (s < e && buf[s] <= ' ') {
        s++;
      }
      while (e > s && buf[e - 1] <= ' ') {
        e--;
      }
      int len = e - s;
      if (isoInstant
          && len == 20
          && buf[s + 10] == 'T'
          && buf[s + 19] == 'Z'
          && buf[s + 13] == ':'
          && buf[s + 16] == ':') {
        int hh = two(s + 11);
        int mm = two(s + 14);
        int ss = two(s + 17);
        if (hh >= 0 && hh <= 23 && mm >= 0 && mm <= 59 && ss >= 0 && ss <= 59) {
          return cached(s, s + 10, true) + hh * 3600L + mm * 60L + ss;
        }
      }
      if (len <= 16) {
        return cached(s, e, false);
      }
      return parse(s, e, false);
    }

    private int two(int p) {
      int a = buf[p] - '0';
      int b = buf[p + 1] - '0';
      return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
    }

    /**
     * The epoch second of a text of at most 16 bytes (a date part of an instant when {@code
     * datePart}).
     */
    private long cached(int s, int e, boolean datePart) throws NotFast {
      int len = e - s;
      long low = 0;
      long high = 0;
      for (int i = 0; i < len; i++) {
        long b = buf[s + i] & 0xFF;
        if (i < 8) {
          low |= b << (8 * i);
        } else {
          high |= b << (8 * (i - 8));
        }
      }
      long h = low * 0x9E3779B97F4A7C15L + high * 0xC2B2AE3D27D4EB4FL + len;
      int slot = (int) (h >>> 51) & (CACHE - 1);
      if (cacheLength[slot] == len + 1 && cacheLow[slot] == low && cacheHigh[slot] == high) {
        return cacheValue[slot];
      }
      long v = parse(s, e, datePart);
      cacheLow[slot] = low;
      cacheHigh[slot] = high;
      cacheLength[slot] = len + 1;
      cacheValue[slot] = v;
      return v;
    }

    /** Parses by {@link TimestampFormat} itself: exact by construction. */
    private long parse(int s, int e, boolean datePart) throws NotFast {
      String text = new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
      try {
        return timestampFormat.parseEpochSecond(datePart ? text + "T00:00:00Z" : text, zone);
      } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException ex) {
        throw NOT_FAST;
      }
    }

    private double amount(int s, int e) throws NotFast {
      while (s < e && buf[s] <= ' ') {
        s++;
      }
      while (e > s && buf[e - 1] <= ' ') {
        e--;
      }
      if (s == e) {
        throw NOT_FAST; // empty amount
      }
      double d = PlainCsv.fastDecimal(buf, s, e);
      if (Double.isNaN(d)) {
        String text = new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
        if (!TransactionCsvReader.isDecimal(text)) {
          throw NOT_FAST;
        }
        d = Double.parseDouble(text);
      }
      if (!Double.isFinite(d) || d < 0) {
        throw NOT_FAST;
      }
      return d == 0 ? 0.0 : d; // "-0" is zero, as the general reader has it
    }

    private void header(int from, int to) throws NotFast {
      List<String> names = new java.util.ArrayList<>();
      int fieldStart = from;
      for (int p = from; ; p++) {
        byte c = p < to ? buf[p] : separator;
        if (c == separator) {
          names.add(
              new String(buf, fieldStart, p - fieldStart, StandardCharsets.ISO_8859_1).trim());
          if (p >= to) {
            break;
          }
          fieldStart = p + 1;
        } else if (c == '"' || c < 0 || (c < ' ' && c != '\t')) {
          throw NOT_FAST;
        }
      }
      resolve(names.toArray(new String[0]));
    }

    private void resolve(String[] names) throws NotFast {
      headerSeen = true;
      customer = index(format.customerId(), names);
      timestamp = index(format.timestamp(), names);
      amount = index(format.amount(), names);
      lastNeeded = Math.max(customer, Math.max(timestamp, amount));
      if (customer < 0 || timestamp < 0 || amount < 0) {
        throw NOT_FAST; // a column not in the header: the general reader names it
      }
    }

    private static int index(Column column, String[] names) {
      if (column instanceof Column.Index i) {
        return i.index();
      }
      String wanted = ((Column.Named) column).name().trim();
      for (int i = 0; names != null && i < names.length; i++) {
        if (names[i].equalsIgnoreCase(wanted)) {
          return i;
        }
      }
      return -1;
    }
  }
}
