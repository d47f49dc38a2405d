package io.crmkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Runs the crm command in-process and captures what it prints. */
final class CliTestSupport {

  record Result(int exitCode, String out, String err) {}

  private CliTestSupport() {}

  static Result crm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CrmCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Copies a test resource of this package into {@code dir}. */
  static Path resource(String name, Path dir) {
    try (InputStream in = CliTestSupport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      Path p = dir.resolve(name);
      Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
