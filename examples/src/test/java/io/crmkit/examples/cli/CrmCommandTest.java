package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrmCommandTest {

  @Test
  void no_subcommand_is_a_usage_error_with_the_usage_line() {
    CliTestSupport.Result r = crm();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("a subcommand is required").contains("Usage: crm");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknown_option_is_a_usage_error() {
    CliTestSupport.Result r = crm("demo", "--bogus");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--bogus'").contains("Usage: crm demo");
  }

  @Test
  void help_lists_the_subcommands() {
    CliTestSupport.Result r = crm("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("demo");
  }

  @TempDir Path dir;

  @Test
  void demo_runs_end_to_end_and_writes_the_report() throws IOException {
    Path report = dir.resolve("demo.html");
    CliTestSupport.Result r = crm("demo", "--report", report.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("Loaded 6,919 transactions")
        .contains("CustomerSummaries[2357 customers")
        .contains("RFM segments")
        .contains("Champions")
        .contains("ABC classes by total spend")
        .contains("BG/NBD      r=0.2426 alpha=4.4136 a=0.7929 b=2.4259")
        .contains("Gamma-Gamma p=6.2496 q=3.7442 v=15.4435")
        .contains("holdout check:")
        .contains("Top 10 customers by 12-month CLV")
        .contains("Churn risk")
        .contains("critical")
        .contains("Lifecycle stages at 1998-06-30")
        .contains("LAPSED")
        .contains("Loyalty: the CD Club")
        .contains("tier_Gold")
        .contains("points issued")
        .contains("Report written to " + report);
    assertThat(Files.readString(report)).contains("<svg").contains("</html>");
  }

  @Test
  void every_subcommand_has_help() {
    for (String sub :
        new String[] {
          "summary",
          "rfm",
          "abc",
          "fit",
          "predict",
          "clv",
          "churn",
          "lifecycle",
          "loyalty",
          "report",
          "demo"
        }) {
      CliTestSupport.Result r = crm(sub, "--help");
      assertThat(r.exitCode()).as(sub).isZero();
      assertThat(r.out()).as(sub).contains("Usage: crm " + sub);
    }
  }

  /**
   * A run with every subcommand registered (the command line of {@code CrmCommand.commandLine()}).
   */
  private static CliTestSupport.Result withAll(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = CrmCommand.commandLine();
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliTestSupport.Result(code, out.toString(), err.toString());
  }

  @Test
  void a_run_registers_only_the_named_subcommand_and_prints_what_a_run_with_all_prints() {
    picocli.CommandLine all = CrmCommand.commandLine();
    assertThat(all.getSubcommands()).hasSizeGreaterThan(10);
    for (String name : all.getSubcommands().keySet()) {
      if (name.equals("help")) {
        continue;
      }
      assertThat(CrmCommand.commandLine(name, "--help").getSubcommands().keySet())
          .as(name)
          .containsExactlyInAnyOrder(name, "help");
      for (String[] args :
          new String[][] {{name, "--help"}, {name, "--bogus"}, {name, "--version"}}) {
        CliTestSupport.Result one = crm(args);
        CliTestSupport.Result every = withAll(args);
        assertThat(one).as(String.join(" ", args)).isEqualTo(every);
      }
    }
    // no subcommand named first: all of them, as before
    assertThat(CrmCommand.commandLine("--help").getSubcommands())
        .hasSameSizeAs(all.getSubcommands());
    assertThat(CrmCommand.commandLine("bogus").getSubcommands())
        .hasSameSizeAs(all.getSubcommands());
    assertThat(crm("bogus")).isEqualTo(withAll("bogus"));
    assertThat(crm("help", "fit")).isEqualTo(withAll("help", "fit"));
  }
}
