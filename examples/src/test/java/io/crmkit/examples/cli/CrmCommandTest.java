package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

  @Test
  void demo_prints_the_summaries_of_the_bundled_sample() {
    CliTestSupport.Result r = crm("demo");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Loaded 6,919 transactions").contains("CustomerSummaries[2357 customers");
  }
}
