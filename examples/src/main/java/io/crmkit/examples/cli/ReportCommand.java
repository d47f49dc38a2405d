package io.crmkit.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crm report}: one self-contained HTML page with the charts of the analysis. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Writes one self-contained HTML page (charts as inline SVG) from a transactions file: RFM heat map, "
        + "segment sizes, ABC Pareto curve, P(alive) matrix, predicted vs actual holdout purchases, churn bands, "
        + "lifecycle stages, and the loyalty tier distribution with --program and --tiers."})
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  TransactionOptions transactions = new TransactionOptions();

  @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "weeks", description = "days or weeks (default).")
  String unit;

  @Option(names = "--calibration-end", paramLabel = "DATE", required = true, description = "Last day of the calibration period.")
  LocalDate calibrationEnd;

  @Option(names = "--observation-end", paramLabel = "DATE", description = "Last day of the holdout period (adds the holdout chart).")
  Optional<LocalDate> observationEnd = Optional.empty();

  @Option(names = "--title", paramLabel = "TEXT", defaultValue = "crmkit customer report", description = "Page title.")
  String title;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The HTML file to write.")
  Path out;

  @Option(names = "--program", paramLabel = "FILE", description = "A loyalty programme (JSON) to replay: adds the tier chart.")
  Optional<Path> program = Optional.empty();

  @Option(names = "--tiers", paramLabel = "FILE", description = "The programme's tiers (JSON).")
  Optional<Path> tiers = Optional.empty();

  @Override
  public Integer call() {
    var scale = SummaryCommand.unit(unit);
    if (observationEnd.isPresent() && !observationEnd.get().isAfter(calibrationEnd)) {
      throw new CliErrors.UsageException("--observation-end " + observationEnd.get() + " must be after --calibration-end "
          + calibrationEnd);
    }
    if (tiers.isPresent() && program.isEmpty()) {
      throw new CliErrors.UsageException("--tiers needs --program");
    }
    var scenario = program.map(p -> Loyalty.scenario(p, tiers));
    Analysis a = Analysis.of(transactions.read(), transactions.zone, scale, calibrationEnd, observationEnd, scenario,
        scenario.isPresent() ? transactions.readTransactions() : java.util.List.of());
    a.report(title).write(out);
    return 0;
  }
}
