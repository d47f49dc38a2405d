package io.crmkit.core.io;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/** Lines of a delimited or whitespace-separated file as fields, with 1-based line numbers. */
abstract class RowSource implements Closeable {

  abstract boolean next() throws IOException;

  abstract long line();

  abstract int fieldCount();

  abstract String field(int i);

  abstract boolean blank();

  abstract String raw();

  static RowSource open(Reader reader, java.util.Optional<Character> separator) {
    return separator.isEmpty() ? new Whitespace(reader) : new Delimited(reader, separator.get());
  }

  /** Runs of spaces and tabs separate fields; no quoting. */
  static final class Whitespace extends RowSource {
    private final BufferedReader in;
    private String current;
    private long line;
    private String[] fields = new String[8];
    private int count;

    Whitespace(Reader reader) {
      this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    }

    @Override
    boolean next() throws IOException {
      current = in.readLine();
      if (current == null) {
        return false;
      }
      line++;
      count = 0;
      int n = current.length();
      int i = 0;
      while (i < n) {
        while (i < n && isSpace(current.charAt(i))) {
          i++;
        }
        if (i == n) {
          break;
        }
        int start = i;
        while (i < n && !isSpace(current.charAt(i))) {
          i++;
        }
        if (count == fields.length) {
          fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = current.substring(start, i);
      }
      return true;
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }

    @Override
    long line() {
      return line;
    }

    @Override
    int fieldCount() {
      return count;
    }

    @Override
    String field(int i) {
      return fields[i];
    }

    @Override
    boolean blank() {
      return count == 0;
    }

    @Override
    String raw() {
      return current;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** RFC 4180 fields through FastCSV. */
  static final class Delimited extends RowSource {
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> it;
    private final char separator;
    private CsvRecord current;

    Delimited(Reader in, char separator) {
      this.separator = separator;
      this.reader = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(false)
          .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(in);
      this.it = reader.iterator();
    }

    @Override
    boolean next() {
      if (!it.hasNext()) {
        return false;
      }
      current = it.next();
      return true;
    }

    @Override
    long line() {
      return current == null ? 0 : current.getStartingLineNumber();
    }

    @Override
    int fieldCount() {
      return current.getFieldCount();
    }

    @Override
    String field(int i) {
      return current.getField(i);
    }

    @Override
    boolean blank() {
      return current.getFieldCount() == 1 && current.getField(0).isBlank();
    }

    @Override
    String raw() {
      return String.join(String.valueOf(separator), current.getFields());
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
