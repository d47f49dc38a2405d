package io.crmkit.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm report}: one self-contained HTML page with the charts of the analysis. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes one self-contained HTML page (charts as inline SVG) from a transactions file: RFM heat map, "
          + "segment sizes, ABC Pareto curve, P(alive) matrix, predicted vs actual holdout purchases, churn bands, "
          + "lifecycle stages, and the loyalty tier distribution with --program and --tiers."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin TransactionOptions transactions = new TransactionOptions();

  @Mixin PeriodOptions period = new PeriodOptions();

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      defaultValue = "crmkit customer report",
      description = "Page title.")
  String title;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      description = "The HTML file to write.")
  Path out;

  @Option(
      names = "--program",
      paramLabel = "FILE",
      description = "A loyalty programme (JSON) to replay: adds the tier chart.")
  Optional<Path> program = Optional.empty();

  @Option(names = "--tiers", paramLabel = "FILE", description = "The programme's tiers (JSON).")
  Optional<Path> tiers = Optional.empty();

  @Override
  public Integer call() {
    var scale = period.scale();
    var observationEnd = period.holdoutEnd();
    if (tiers.isPresent() && program.isEmpty()) {
      throw new CliErrors.UsageException("--tiers needs --program");
    }
    if (program.isPresent() && tiers.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "crm: --program without --tiers: the programme is replayed but the report has no "
                  + "loyalty tier chart (give --tiers FILE)");
    }
    var scenario = program.map(p -> Loyalty.scenario(p, tiers));
    var columns = transactions.read();
    Analysis a =
        Analysis.of(
            columns,
            transactions.zone,
            scale,
            period.calibrationEnd,
            observationEnd,
            scenario,
            scenario.isPresent() ? transactions.readTransactions() : java.util.List.of());
    Exclusions.warn(
        spec.commandLine().getErr(),
        transactions.source(),
        Exclusions.of(columns, a.summaries, period.summaryOptions(transactions.zone)),
        a.summaries.size());
    a.report(title, transactions.source()).write(out);
    return 0;
  }
}
