package io.crmkit.examples.cli;

import picocli.CommandLine;

/** Registers the {@code crm} subcommands. */
final class Subcommands {

  private Subcommands() {}

  static void register(CommandLine cl) {
    cl.addSubcommand(new DemoCommand());
  }
}
