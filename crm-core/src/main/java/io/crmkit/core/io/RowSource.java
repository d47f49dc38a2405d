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

  /** Physical lines the current record runs over (more than 1 only for quoted line breaks). */
  abstract long lineSpan();

  /** After the last record: the physical lines of the input (ended by \n, \r\n or \r). */
  abstract long physicalLines();

  /** Counts line terminators as characters pass through, as the CSV parser numbers lines. */
  static final class LineCounting extends java.io.FilterReader {
    private long terminators;
    private boolean lastWasCr;
    private boolean openLine;

    LineCounting(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      for (int i = 0; i < n; i++) {
        count(buf[off + i]);
      }
      return n;
    }

    private void count(char c) {
      if (c == '\n') {
        if (!lastWasCr) {
          terminators++;
        }
        openLine = false;
        lastWasCr = false;
      } else if (c == '\r') {
        terminators++;
        openLine = false;
        lastWasCr = true;
      } else {
        openLine = true;
        lastWasCr = false;
      }
    }

    long lines() {
      return terminators + (openLine ? 1 : 0);
    }
  }

  static RowSource open(
      Reader reader, java.util.Optional<Character> separator, int maxRecordLength) {
    return separator.isEmpty()
        ? new Whitespace(reader, maxRecordLength)
        : new Delimited(reader, separator.get(), maxRecordLength);
  }

  /** A record longer than the limit: the import ends at its line. */
  static final class RecordTooLongException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long line;

    RecordTooLongException(long line, long length, int limit) {
      super(
          "is "
              + String.format(java.util.Locale.ROOT, "%,d", length)
              + " characters long: records are limited to "
              + String.format(java.util.Locale.ROOT, "%,d", limit)
              + " characters (ImportLimits.maxRecordLength)",
          null,
          false,
          false);
      this.line = line;
    }

    long line() {
      return line;
    }
  }

  /** Runs of spaces and tabs separate fields; no quoting. */
  static final class Whitespace extends RowSource {
    private final BufferedReader in;
    private final int maxRecordLength;
    private String current;
    private long line;
    private String[] fields = new String[8];
    private int count;

    Whitespace(Reader reader, int maxRecordLength) {
      this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
      this.maxRecordLength = maxRecordLength;
    }

    @Override
    boolean next() throws IOException {
      current = in.readLine();
      if (current == null) {
        return false;
      }
      line++;
      if (current.length() > maxRecordLength) {
        throw new RecordTooLongException(line, current.length(), maxRecordLength);
      }
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
    long lineSpan() {
      return 1;
    }

    @Override
    long physicalLines() {
      return line;
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
    private CsvRecord pending;
    private RuntimeException pendingFailure;
    private boolean started;
    private final LineCounting counter;
    private final int maxRecordLength;

    /**
     * FastCSV's buffer for records of up to {@code maxRecordLength} characters. It must be well
     * above FastCSV's 8,192-character read size: with a maximum of 8,192 or 8,193, FastCSV 4.0.0
     * refuses the last record of a file without a final line break as "insufficient buffer" (a
     * random jqwik seed found it), so the record limit is checked here, not by the buffer.
     */
    private static int bufferFor(int maxRecordLength) {
      return (int)
          Math.min(Integer.MAX_VALUE - 16, Math.max(maxRecordLength, 1 << 16) + (1L << 15));
    }

    Delimited(Reader input, char separator, int maxRecordLength) {
      this.separator = separator;
      this.maxRecordLength = maxRecordLength;
      this.counter = new LineCounting(input);
      Reader in = counter;
      this.reader =
          CsvReader.builder()
              .fieldSeparator(separator)
              .skipEmptyLines(false)
              .allowExtraFields(true)
              .allowMissingFields(true)
              .maxBufferSize(bufferFor(maxRecordLength))
              .ofCsvRecord(in);
      this.it = reader.iterator();
    }

    /** Reads one record ahead, so that the span of the current record is known. */
    @Override
    boolean next() {
      if (!started) {
        started = true;
        fetch();
      }
      if (pendingFailure != null) {
        RuntimeException e = pendingFailure;
        pendingFailure = null;
        throw e;
      }
      if (pending == null) {
        return false;
      }
      current = pending;
      fetch();
      return true;
    }

    private void fetch() {
      pending = null;
      try {
        if (it.hasNext()) {
          CsvRecord next = it.next();
          long length = next.getFieldCount() - 1L;
          for (int i = 0; i < next.getFieldCount(); i++) {
            length += next.getField(i).length();
          }
          if (length > maxRecordLength) {
            throw new RecordTooLongException(next.getStartingLineNumber(), length, maxRecordLength);
          }
          pending = next;
        }
      } catch (RuntimeException e) {
        pendingFailure = e;
      }
    }

    @Override
    long lineSpan() {
      if (pending != null) {
        return pending.getStartingLineNumber() - current.getStartingLineNumber();
      }
      long breaks = 1;
      for (String f : current.getFields()) {
        breaks += f.chars().filter(c -> c == '\n' || c == '\r').count();
      }
      return breaks;
    }

    @Override
    long physicalLines() {
      return counter.lines();
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
