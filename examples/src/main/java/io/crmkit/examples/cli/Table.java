package io.crmkit.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.crmkit.core.io.CsvRowWriter;
import io.crmkit.core.json.CrmJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A result of a {@code crm} subcommand: named columns and rows of strings and numbers, written as
 * CSV (a header line, numbers in their shortest exact decimal form) or as a JSON array of objects.
 * A table that carries notes (such as the customers a summary left out, see {@link #note}) is
 * written in JSON as an object: {@code {"rows": [...], "excluded": [...]}}; CSV holds the rows
 * only.
 */
final class Table {

  private final List<String> columns;
  private final List<Object[]> rows = new ArrayList<>();
  private final java.util.Map<String, List<java.util.Map<String, String>>> notes =
      new java.util.LinkedHashMap<>();

  private Table(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  static Table of(String... columns) {
    return new Table(List.of(columns));
  }

  static Table of(List<String> columns) {
    return new Table(columns);
  }

  List<String> columns() {
    return columns;
  }

  /**
   * Adds a row: {@code String}, {@code Integer}, {@code Long} or {@code Double} values, one per
   * column.
   */
  Table add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "a row needs " + columns.size() + " values " + columns + " but had " + values.length);
    }
    for (Object v : values) {
      Objects.requireNonNull(v, "a table value must not be null");
    }
    rows.add(values.clone());
    return this;
  }

  int size() {
    return rows.size();
  }

  /**
   * Attaches a list of notes written next to the rows in JSON, e.g. {@code "excluded"}: [{"id": …,
   * "reason": …}].
   */
  Table note(String field, List<java.util.Map<String, String>> items) {
    notes.put(field, List.copyOf(items));
    return this;
  }

  Object value(int row, int column) {
    return rows.get(row)[column];
  }

  void writeCsv(Writer out) {
    CsvRowWriter csv =
        CsvRowWriter.to(out); // one buffer, no String per number; flushed, not closed
    csv.header(columns.toArray(new String[0]));
    for (Object[] row : rows) {
      for (Object v : row) {
        if (v instanceof String s) {
          csv.text(s);
        } else if (v instanceof Double d) {
          csv.number(d);
        } else {
          csv.integer(((Number) v).longValue());
        }
      }
      csv.endRow();
    }
    csv.flush();
  }

  void writeJson(Writer out) {
    try (JsonGenerator g = CrmJackson.writer().createGenerator(new NonClosing(out))) {
      g.useDefaultPrettyPrinter();
      if (!notes.isEmpty()) {
        g.writeStartObject();
        g.writeFieldName("rows");
      }
      g.writeStartArray();
      for (Object[] row : rows) {
        g.writeStartObject();
        for (int c = 0; c < row.length; c++) {
          g.writeFieldName(columns.get(c));
          Object v = row[c];
          if (v instanceof String s) {
            g.writeString(s);
          } else if (v instanceof Double d) {
            if (Double.isFinite(d)) {
              g.writeNumber(d);
            } else {
              g.writeNull();
            }
          } else if (v instanceof Integer i) {
            g.writeNumber(i);
          } else {
            g.writeNumber(((Number) v).longValue());
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!notes.isEmpty()) {
        for (var e : notes.entrySet()) {
          g.writeFieldName(e.getKey());
          g.writeStartArray();
          for (var item : e.getValue()) {
            g.writeStartObject();
            for (var kv : item.entrySet()) {
              g.writeStringField(kv.getKey(), kv.getValue());
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String number(Object v) {
    if (v instanceof Double d) {
      return CsvRowWriter.shortest(d);
    }
    return v.toString();
  }

  /** Pretty text for the terminal: aligned columns, numbers with {@code digits} decimals. */
  String pretty(int digits, int maxRows) {
    int n = Math.min(maxRows, rows.size());
    String[][] cells = new String[n + 1][columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      cells[0][c] = columns.get(c);
    }
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < columns.size(); c++) {
        Object v = rows.get(r)[c];
        cells[r + 1][c] =
            v instanceof Double d
                ? String.format(Locale.ROOT, "%,." + digits + "f", d)
                : v instanceof String s
                    ? s
                    : String.format(Locale.ROOT, "%,d", ((Number) v).longValue());
      }
    }
    int[] width = new int[columns.size()];
    for (String[] row : cells) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < cells.length; r++) {
      for (int c = 0; c < columns.size(); c++) {
        boolean text = r == 0 || rows.get(r - 1)[c] instanceof String;
        String cell = cells[r][c];
        String pad = " ".repeat(width[c] - cell.length());
        sb.append("  ").append(text && c == 0 ? cell + pad : pad + cell);
      }
      sb.append('\n');
    }
    if (rows.size() > n) {
      sb.append(String.format(Locale.ROOT, "  … %,d more rows%n", rows.size() - n));
    }
    return sb.toString();
  }

  /** Keeps Jackson from closing the caller's writer. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  @Override
  public String toString() {
    return "Table" + columns + " of " + rows.size() + " rows";
  }
}
