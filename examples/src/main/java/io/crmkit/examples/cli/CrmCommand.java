package io.crmkit.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crm} command: summaries, segments, models, churn, lifecycle, loyalty and an HTML
 * report from a transactions file. Results go to stdout (CSV by default, JSON with {@code --json})
 * or to {@code --out}; messages go to stderr. Exit codes: 0 success, 1 data error (naming file,
 * line, column and value), 2 usage error (with the usage line).
 */
@Command(
    name = "crm",
    mixinStandardHelpOptions = true,
    version = "crmkit 0.1.0-SNAPSHOT",
    description =
        "Customer analytics from a transactions file: summaries, RFM, ABC, BTYD models, CLV, churn, lifecycle, loyalty.",
    subcommands = {CommandLine.HelpCommand.class})
public final class CrmCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** Entry point of the executable jar. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command with the given streams and returns the exit code (for tests and embedding).
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(err, "err must not be null");
    CommandLine cl = commandLine(args);
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /** The configured picocli command line: usage errors exit 2, data errors exit 1. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CrmCommand());
    Subcommands.register(cl);
    return handlers(cl);
  }

  /**
   * The command line for these arguments: with only the subcommand that the first argument names
   * registered (when it names one), so a run pays for the model of one command's options, not of
   * all.
   */
  static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new CrmCommand());
    Subcommands.register(cl, args);
    return handlers(cl);
  }

  private static CommandLine handlers(CommandLine cl) {
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("crm: " + CliErrors.message(ex));
          if (CliErrors.isUsage(ex)) {
            commandLine.getErr().println(commandLine.getHelp().fullSynopsis().stripTrailing());
            commandLine
                .getErr()
                .println(
                    "Try '"
                        + commandLine.getCommandSpec().qualifiedName()
                        + " --help' for more information.");
          }
          commandLine.getErr().flush();
          return CliErrors.isUsage(ex) ? 2 : 1;
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("crm: " + ex.getMessage());
          c.getErr().println(c.getHelp().fullSynopsis().stripTrailing());
          c.getErr()
              .println(
                  "Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          c.getErr().flush();
          return 2;
        });
    return cl;
  }
}
