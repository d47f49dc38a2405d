package io.crmkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

  private void write(Table table, Writer w) {
    if (json) {
      table.writeJson(w);
    } else {
      table.writeCsv(w);
    }
  }
}
