package io.crmkit.examples.cli;

import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.simulation.RedemptionBehaviour;
import io.crmkit.loyalty.simulation.Scenario;
import io.crmkit.loyalty.simulation.SimulationOptions;
import io.crmkit.loyalty.simulation.SimulationReport;
import io.crmkit.loyalty.simulation.WhatIfSimulation;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm loyalty}: loyalty programme tools. */
@Command(
    name = "loyalty",
    mixinStandardHelpOptions = true,
    description = "Loyalty programme tools.",
    subcommands = {LoyaltyCommand.Simulate.class})
final class LoyaltyCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required (simulate)");
  }

  /**
   * {@code crm loyalty simulate}: the what-if replay of a programme over a transactions history.
   */
  @Command(
      name = "simulate",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Replays the transactions through a programme (JSON, see ProgramJson) and prints per month "
            + "month,issued,redeemed,expired,reversed,outstanding,liability and the members per tier (with --tiers).",
        "With --proposed: both programmes over the same history, with a scenario column."
      })
  static final class Simulate implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--program",
        paramLabel = "FILE",
        required = true,
        description = "The programme (JSON).")
    Path program;

    @Option(names = "--tiers", paramLabel = "FILE", description = "Its tiers (JSON).")
    Optional<Path> tiers = Optional.empty();

    @Option(
        names = "--proposed",
        paramLabel = "FILE",
        description = "A proposed programme to compare (JSON).")
    Optional<Path> proposed = Optional.empty();

    @Option(
        names = "--proposed-tiers",
        paramLabel = "FILE",
        description = "The proposed programme's tiers (JSON); default: --tiers.")
    Optional<Path> proposedTiers = Optional.empty();

    @Option(
        names = "--redeem-block",
        paramLabel = "POINTS",
        defaultValue = "0",
        description = "Members redeem in blocks of POINTS (default 0: never redeem).")
    long block;

    @Option(
        names = "--redeem-threshold",
        paramLabel = "POINTS",
        defaultValue = "0",
        description = "... once they hold at least POINTS (default: one block).")
    long threshold;

    @Mixin TransactionOptions transactions = new TransactionOptions();

    @Mixin OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
      if (proposedTiers.isPresent() && proposed.isEmpty()) {
        throw new CliErrors.UsageException("--proposed-tiers needs --proposed");
      }
      RedemptionBehaviour redemption;
      try {
        redemption =
            block == 0
                ? RedemptionBehaviour.none()
                : RedemptionBehaviour.blocksOf(block, threshold == 0 ? block : threshold);
      } catch (IllegalArgumentException e) {
        throw new CliErrors.UsageException("--redeem-block/--redeem-threshold: " + e.getMessage());
      }
      Scenario current = Loyalty.scenario(program, tiers);
      Optional<Scenario> other =
          proposed.map(p -> Loyalty.scenario(p, proposedTiers.or(() -> tiers)));
      List<Transaction> history = transactions.readTransactions();
      ZoneId zone = transactions.zone;
      SimulationOptions options = SimulationOptions.of(zone, redemption);
      SimulationReport a = WhatIfSimulation.replay(history, current, options).report();
      if (other.isEmpty()) {
        output.emit(Loyalty.months(a, false), spec.commandLine().getOut());
        return 0;
      }
      SimulationReport b = WhatIfSimulation.replay(history, other.get(), options).report();
      Table t = Loyalty.months(a, true);
      Table tb = Loyalty.months(b, true);
      if (!t.columns().equals(tb.columns())) {
        throw new CliErrors.UsageException(
            "the programmes' tiers differ: compare programmes with the same tiers");
      }
      for (int r = 0; r < tb.size(); r++) {
        Object[] row = new Object[tb.columns().size()];
        for (int c = 0; c < row.length; c++) {
          row[c] = tb.value(r, c);
        }
        t.add(row);
      }
      output.emit(t, spec.commandLine().getOut());
      return 0;
    }
  }
}
