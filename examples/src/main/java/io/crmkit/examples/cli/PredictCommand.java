package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.model.TransactionModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm predict}: P(alive) and expected purchases of every customer from a fitted model. */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Per customer id,p_alive,expected_purchases over the next --horizon time units, from a model file of crm fit.")
final class PredictCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      required = true,
      description = "A transaction model file (crm fit).")
  Path model;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      required = true,
      description = "A summary file, one row per customer.")
  Path summary;

  @Mixin HorizonOption horizon = new HorizonOption();

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      description =
          "Time unit of the summary (days or weeks); must be the unit recorded in the model file (the default).")
  Optional<String> unit = Optional.empty();

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() {
    double h = horizon.value();
    TransactionModel m = ModelFiles.transactionModel(model);
    String modelUnit = ModelFiles.unitFor(model, unit);
    CustomerSummaries s =
        SummaryTable.read(summary)
            .toSummaries(modelUnit.equals("days") ? TimeScale.DAYS : TimeScale.WEEKS);
    double[] alive = m.probabilityAlive(s);
    double[] expected = m.expectedPurchases(h, s);
    output.emit(
        () -> {
          Table t = Table.of(COLUMNS);
          for (int i = 0; i < s.size(); i++) {
            t.add(s.id(i), alive[i], expected[i]);
          }
          return t;
        },
        COLUMNS,
        s.size(),
        (csv, i) -> csv.text(s.id(i)).number(alive[i]).number(expected[i]),
        spec.commandLine().getOut());
    return 0;
  }

  static final String[] COLUMNS = {"id", "p_alive", "expected_purchases"};
}
