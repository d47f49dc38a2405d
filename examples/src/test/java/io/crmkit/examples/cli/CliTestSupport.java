package io.crmkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

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
}
