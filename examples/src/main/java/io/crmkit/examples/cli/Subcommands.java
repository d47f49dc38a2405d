package io.crmkit.examples.cli;

import picocli.CommandLine;

/** Registers the {@code crm} subcommands. */
final class Subcommands {

  private Subcommands() {}

  static void register(CommandLine cl) {
    cl.addSubcommand(new SummaryCommand());
    cl.addSubcommand(new RfmCommand());
    cl.addSubcommand(new AbcCommand());
    cl.addSubcommand(new FitCommand());
    cl.addSubcommand(new PredictCommand());
    cl.addSubcommand(new ClvCommand());
    cl.addSubcommand(new ScoreCommand());
    cl.addSubcommand(new ChurnCommand());
    cl.addSubcommand(new LifecycleCommand());
    cl.addSubcommand(new LoyaltyCommand());
    cl.addSubcommand(new RecommendCommand());
    cl.addSubcommand(new ReportCommand());
    cl.addSubcommand(new ProfileCommand());
    cl.addSubcommand(new DemoCommand());
    cl.addSubcommand(new DbCommand());
    Converters.register(
        cl); // after the subcommands: picocli registers converters on the commands present
  }
}
