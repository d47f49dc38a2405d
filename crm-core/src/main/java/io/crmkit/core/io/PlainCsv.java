package io.crmkit.core.io;

import com.fasterxml.jackson.core.io.NumberInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plain comma-separated file read at byte level: a header line, then rows whose fields are
 * located (not copied) in the file's bytes, so that a million-row summary file costs one read and
 * one scan, and a column becomes a {@code double[]} without a {@code String} per value.
 *
 * <p>"Plain" means what every reader of this library agrees on, so that a caller can take this path
 * first and keep its own reader, with its own messages, for everything else: ASCII only, no quotes,
 * no control characters but tabs, line ends {@code \n} or {@code \r\n}, empty lines (skipped) but
 * no lines of only spaces, and no row with fewer fields than the header (extra fields are ignored).
 * {@link #read} returns empty for any other file; it never rejects one.
 *
 * <p>Fields are trimmed of spaces and tabs. A decimal column ({@link #decimals}) holds exactly what
 * {@link Double#parseDouble} gives for each field, and exists only when every field is a plain
 * decimal ({@code [+-]digits[.digits][e[+-]digits]}): up to 19 significant digits through an exact
 * long and either one correctly rounded division (below 2^53) or the Eisel-Lemire algorithm, longer
 * ones and the rare undecided cases through Jackson's port of FastDoubleParser (correctly rounded
 * too). Immutable once read.
 *
 * @since 0.1
 */
public final class PlainCsv {

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  private final String source;
  private final byte[] bytes;
  private final List<String> header;
  private final long headerLine;
  private final int rows;
  private final int width;
  private final int[]
      bounds; // per row width + 1 offsets: field j is [bounds[j], bounds[j + 1] - 1)
  private final int[] lines;
  private final boolean extraFields;

  private PlainCsv(
      String source,
      byte[] bytes,
      List<String> header,
      long headerLine,
      int rows,
      int[] bounds,
      int[] lines,
      boolean extraFields) {
    this.extraFields = extraFields;
    this.source = source;
    this.bytes = bytes;
    this.header = header;
    this.headerLine = headerLine;
    this.rows = rows;
    this.width = header.size();
    this.bounds = bounds;
    this.lines = lines;
  }

  /** The file as a plain CSV table, or empty when it is not plain (see the class comment). */
  public static Optional<PlainCsv> read(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    byte[] bytes;
    try {
      if (Files.size(file) > Integer.MAX_VALUE - 16) {
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return scan(
        file.getFileName() == null ? file.toString() : file.getFileName().toString(), bytes);
  }

  private static Optional<PlainCsv> scan(String source, byte[] b) {
    int n = b.length;
    int p = 0;
    int line = 0;
    List<String> header = null;
    long headerLine = 0;
    int width = 0;
    int[] bounds = new int[0];
    int[] lines = new int[0];
    int rows = 0;
    boolean extra = false;
    while (p < n) {
      line++;
      int start = p;
      int fields = 0;
      int rowBase = rows * (width + 1);
      if (header != null && rowBase + width + 1 > bounds.length) {
        int cap = Math.max(1024, rows * 2);
        bounds = Arrays.copyOf(bounds, cap * (width + 1));
        lines = Arrays.copyOf(lines, cap);
      }
      if (header != null) {
        bounds[rowBase] = p;
      }
      while (p < n) {
        int k = CLASSES[b[p] & 0xFF];
        if (k != ORDINARY) {
          if (k == LINE_FEED) {
            break;
          }
          if (k == COMMA) {
            fields++;
            if (header != null && fields <= width) {
              bounds[rowBase + fields] = p + 1;
            }
          } else if (k == CARRIAGE_RETURN) {
            if (p + 1 >= n || b[p + 1] != '\n') {
              return Optional.empty(); // a lone carriage return
            }
          } else {
            return Optional.empty(); // a quote, a control character or a byte above 0x7F
          }
        }
        p++;
      }
      int end = p > start && b[p - 1] == '\r' ? p - 1 : p;
      p++; // past the line break
      if (end == start) {
        continue; // an empty line
      }
      if (fields == 0 && onlySpace(b, start, end)) {
        return Optional.empty(); // a line of spaces: the readers differ on those
      }
      if (header == null) {
        header = new ArrayList<>();
        int f = start;
        for (int i = start; i <= end; i++) {
          if (i == end || b[i] == ',') {
            header.add(new String(b, f, i - f, StandardCharsets.ISO_8859_1).trim());
            f = i + 1;
          }
        }
        headerLine = line;
        width = header.size();
        bounds = new int[1024 * (width + 1)];
        lines = new int[1024];
        continue;
      }
      if (fields + 1 < width) {
        return Optional.empty(); // a row with fewer fields than the header
      }
      if (fields + 1 == width) {
        bounds[rowBase + width] = end + 1;
      }
      extra |= fields + 1 > width;
      lines[rows++] = line;
    }
    if (header == null) {
      return Optional.empty();
    }
    return Optional.of(
        new PlainCsv(source, b, List.copyOf(header), headerLine, rows, bounds, lines, extra));
  }

  private static final byte ORDINARY = 0;
  private static final byte LINE_FEED = 1;
  private static final byte COMMA = 2;
  private static final byte CARRIAGE_RETURN = 3;
  private static final byte REFUSED = 4;

  /** The class of each byte in {@link #scan}: printable ASCII and tabs are ordinary. */
  private static final byte[] CLASSES = new byte[256];

  static {
    for (int c = 0; c < 256; c++) {
      CLASSES[c] = c == '\t' || (c >= ' ' && c <= 0x7F && c != '"') ? ORDINARY : REFUSED;
    }
    CLASSES['\n'] = LINE_FEED;
    CLASSES[','] = COMMA;
    CLASSES['\r'] = CARRIAGE_RETURN;
  }

  private static boolean onlySpace(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The file name, for messages. */
  public String source() {
    return source;
  }

  /** The header's names, trimmed. */
  public List<String> header() {
    return header;
  }

  /** The 1-based line number of the header. */
  public long headerLine() {
    return headerLine;
  }

  /** The number of data rows. */
  public int rows() {
    return rows;
  }

  /**
   * Whether some row has more fields than the header (they are ignored here; strict readers refuse
   * them).
   */
  public boolean hasExtraFields() {
    return extraFields;
  }

  /** The 1-based line number of data row {@code row}. */
  public long line(int row) {
    Objects.checkIndex(row, rows);
    return lines[row];
  }

  private int from(int row, int column) {
    int s = bounds[row * (width + 1) + column];
    int e = bounds[row * (width + 1) + column + 1] - 1;
    while (s < e && bytes[s] <= ' ') {
      s++;
    }
    return s;
  }

  private int to(int row, int column) {
    int s = bounds[row * (width + 1) + column];
    int e = bounds[row * (width + 1) + column + 1] - 1;
    while (e > s && bytes[e - 1] <= ' ') {
      e--;
    }
    return e;
  }

  /** The trimmed text of a field. */
  public String text(int row, int column) {
    Objects.checkIndex(row, rows);
    Objects.checkIndex(column, width);
    int s = from(row, column);
    return new String(bytes, s, Math.max(0, to(row, column) - s), StandardCharsets.ISO_8859_1);
  }

  /** The trimmed texts of a column. */
  public String[] texts(int column) {
    Objects.checkIndex(column, width);
    String[] out = new String[rows];
    for (int r = 0; r < rows; r++) {
      int s = from(r, column);
      out[r] = new String(bytes, s, Math.max(0, to(r, column) - s), StandardCharsets.ISO_8859_1);
    }
    return out;
  }

  /**
   * The column as numbers, when every field is a canonical non-negative decimal long of at most 18
   * digits ({@code "0"}, {@code "42"}; not {@code "042"}); empty otherwise.
   */
  public Optional<long[]> canonicalLongs(int column) {
    Objects.checkIndex(column, width);
    long[] out = new long[rows];
    for (int r = 0; r < rows; r++) {
      int s = from(r, column);
      int e = to(r, column);
      if (e - s < 1 || e - s > 18 || (e - s > 1 && bytes[s] == '0')) {
        return Optional.empty();
      }
      long v = 0;
      for (int i = s; i < e; i++) {
        int d = bytes[i] - '0';
        if (d < 0 || d > 9) {
          return Optional.empty();
        }
        v = v * 10 + d;
      }
      out[r] = v;
    }
    return Optional.of(out);
  }

  /**
   * The column as {@link Double#parseDouble} reads it, when every field is a plain decimal; empty
   * otherwise.
   */
  public Optional<double[]> decimals(int column) {
    Objects.checkIndex(column, width);
    double[] out = new double[rows];
    char[] scratch = new char[64];
    for (int r = 0; r < rows; r++) {
      int s = from(r, column);
      int e = to(r, column);
      double d = fastDecimal(bytes, s, e);
      if (Double.isNaN(d)) {
        if (!isDecimal(bytes, s, e)) {
          return Optional.empty();
        }
        int len = e - s;
        if (len > scratch.length) {
          scratch = new char[len];
        }
        for (int i = 0; i < len; i++) {
          scratch[i] = (char) bytes[s + i];
        }
        d = NumberInput.parseDouble(scratch, 0, len, true);
      }
      out[r] = d;
    }
    return Optional.of(out);
  }

  /**
   * {@code [+-]digits[.digits]} of at most 19 significant digits and 64 decimals, exactly as {@link
   * Double#parseDouble} reads it; NaN for anything else and for the rare values this method cannot
   * decide (then the caller parses the text). A significand below 2^53 with at most 22 decimals
   * takes one correctly rounded division by an exact power of ten; longer ones the Eisel-Lemire
   * algorithm ({@link EiselLemire}).
   */
  static double fastDecimal(byte[] b, int s, int e) {
    if (s == e) {
      return Double.NaN;
    }
    int i = s;
    boolean negative = false;
    if (b[i] == '-' || b[i] == '+') {
      negative = b[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int significant = 0;
    int scale = -1;
    for (; i < e; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0'); // unsigned: at most 19 digits, below 2^64
        digits++;
        if (mantissa != 0 && ++significant > 19) {
          return Double.NaN;
        }
        if (scale >= 0 && ++scale > -EiselLemire.Q_MIN) {
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
    double d;
    if (mantissa == 0) {
      d = 0;
    } else if (mantissa > 0 && mantissa <= (1L << 53) && scale < POWERS_OF_TEN.length) {
      d = scale <= 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
    } else {
      d = EiselLemire.toDouble(mantissa, scale <= 0 ? 0 : -scale);
    }
    return negative ? -d : d;
  }

  /** {@link TransactionCsvReader#isDecimal} over bytes. */
  static boolean isDecimal(byte[] b, int s, int e) {
    int i = s;
    if (i < e && (b[i] == '+' || b[i] == '-')) {
      i++;
    }
    int digits = 0;
    while (i < e && b[i] >= '0' && b[i] <= '9') {
      i++;
      digits++;
    }
    if (i < e && b[i] == '.') {
      i++;
      while (i < e && b[i] >= '0' && b[i] <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < e && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < e && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int exp = 0;
      while (i < e && b[i] >= '0' && b[i] <= '9') {
        i++;
        exp++;
      }
      if (exp == 0) {
        return false;
      }
    }
    return i == e;
  }

  @Override
  public String toString() {
    return "PlainCsv[" + source + ", " + rows + " rows, columns " + header + "]";
  }
}
