package io.crmkit.examples.cli;

import io.crmkit.core.io.CsvRowWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The {@code --out} and {@code --json} options shared by the subcommands that print a table. */
final class OutputOptions {

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the result to FILE instead of stdout.")
  Optional<Path> out = Optional.empty();

  @Option(names = "--json", description = "Print JSON instead of CSV.")
  boolean json;

  /** Writes the table to {@code --out} or to {@code stdout}, as CSV or JSON. */
  void emit(Table table, java.io.PrintWriter stdout) {
    if (out.isPresent()) {
      try (Writer w = Files.newBufferedWriter(out.get(), StandardCharsets.UTF_8)) {
        write(table, w);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out.get() + ": " + e.getMessage(), e);
      }
    } else {
      write(table, stdout);
    }
  }

  /** Writes one CSV row (the fields of row {@code i}, without the row end). */
  @FunctionalInterface
  interface CsvRow {
    void write(CsvRowWriter csv, int i);
  }

  /**
   * Writes {@code rows} rows to {@code --out} or to {@code stdout}: as CSV straight through one
   * {@link CsvRowWriter} (no object per row; the same bytes as the table's CSV), or, with {@code
   * --json}, as the table that {@code table} builds.
   */
  void emit(
      Supplier<Table> table, String[] columns, int rows, CsvRow row, java.io.PrintWriter stdout) {
    if (json) {
      emit(table.get(), stdout);
      return;
    }
    if (out.isPresent()) {
      try (Writer w = Files.newBufferedWriter(out.get(), StandardCharsets.UTF_8)) {
        writeRows(columns, rows, row, w);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out.get() + ": " + e.getMessage(), e);
      }
    } else {
      writeRows(columns, rows, row, stdout);
    }
  }

  private static void writeRows(String[] columns, int rows, CsvRow row, Writer w) {
    CsvRowWriter csv = CsvRowWriter.to(w).header(columns);
    for (int i = 0; i < rows; i++) {
      row.write(csv, i);
      csv.endRow();
    }
    csv.flush();
  }

  private void write(Table table, Writer w) {
    if (json) {
      table.writeJson(w);
    } else {
      table.writeCsv(w);
    }
  }
}
