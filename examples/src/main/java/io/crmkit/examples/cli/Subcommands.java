package io.crmkit.examples.cli;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Registers the {@code crm} subcommands. */
final class Subcommands {

  private Subcommands() {}

  /** A subcommand's class (whose {@link Command} annotation names it) and how to make it. */
  private record Entry(Class<?> type, Supplier<Object> make) {

    boolean named(String name) {
      Command c = type.getAnnotation(Command.class);
      return c.name().equals(name) || Arrays.asList(c.aliases()).contains(name);
    }
  }

  private static final List<Entry> ALL =
      List.of(
          new Entry(SummaryCommand.class, SummaryCommand::new),
          new Entry(RfmCommand.class, RfmCommand::new),
          new Entry(AbcCommand.class, AbcCommand::new),
          new Entry(FitCommand.class, FitCommand::new),
          new Entry(PredictCommand.class, PredictCommand::new),
          new Entry(ClvCommand.class, ClvCommand::new),
          new Entry(ScoreCommand.class, ScoreCommand::new),
          new Entry(ChurnCommand.class, ChurnCommand::new),
          new Entry(LifecycleCommand.class, LifecycleCommand::new),
          new Entry(LoyaltyCommand.class, LoyaltyCommand::new),
          new Entry(RecommendCommand.class, RecommendCommand::new),
          new Entry(ReportCommand.class, ReportCommand::new),
          new Entry(ProfileCommand.class, ProfileCommand::new),
          new Entry(DemoCommand.class, DemoCommand::new),
          new Entry(DbCommand.class, DbCommand::new));

  /** Registers every subcommand. */
  static void register(CommandLine cl) {
    for (Entry e : ALL) {
      cl.addSubcommand(e.make().get());
    }
    Converters.register(
        cl); // after the subcommands: picocli registers converters on the commands present
  }

  /**
   * Registers only the subcommand that the first argument names, when it names one, else every
   * subcommand: picocli builds the model of every option of every registered command before it
   * parses, about half the start-up of a {@code crm} run with all fifteen (issue 22). The one
   * command parses, runs, prints its help and its errors as with all of them registered; {@code crm
   * --help}, {@code crm help …} and unknown commands see them all.
   */
  static void register(CommandLine cl, String... args) {
    if (args.length > 0) {
      for (Entry e : ALL) {
        if (e.named(args[0])) {
          cl.addSubcommand(e.make().get());
          Converters.register(cl);
          return;
        }
      }
    }
    register(cl);
  }
}
