package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.TransactionModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crm clv}: discounted customer lifetime value from a transaction model and a spend model. */
@Command(name = "clv", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Per customer id,expected_purchases,expected_spend,clv: discounted purchases over --horizon-months "
        + "times the Gamma-Gamma expected spend, in the currency of the summary.")
final class ClvCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--model", paramLabel = "FILE", required = true, description = "A transaction model file (crm fit).")
  Path model;

  @Option(names = "--spend-model", paramLabel = "FILE", required = true, description = "A gammagamma model file.")
  Path spendModel;

  @Option(names = "--summary", paramLabel = "FILE", required = true,
      description = "A summary file with monetary_value, one row per customer.")
  Path summary;

  @Option(names = "--horizon-months", paramLabel = "N", required = true, description = "Months of the horizon.")
  int months;

  @Option(names = "--discount-rate", paramLabel = "R", defaultValue = "0.01",
      description = "Discount rate per month (default 0.01).")
  double discountRate;

  @Option(names = "--unit", paramLabel = "UNIT",
      description = {"Time unit of the summary: days or weeks. Default: the unit recorded in the model file (weeks for "
          + "files that record none); a unit other than the model's is refused.",
          "A month is 365.25/12 = 30.4375 days (4.348 weeks); lifetimes uses 4.345 weeks (30 days for daily models): "
          + "0.06%% on CDNOW's 12-month CLV."})
  Optional<String> unit = Optional.empty();

  @Mixin
  OutputOptions output = new OutputOptions();

  @Override
  public Integer call() {
    if (months < 1) {
      throw new CliErrors.UsageException("--horizon-months must be at least 1 but was: " + months);
    }
    if (!(discountRate >= 0) || Double.isInfinite(discountRate)) {
      throw new CliErrors.UsageException("--discount-rate must be a number of at least 0 but was: " + discountRate);
    }
    TransactionModel m = ModelFiles.transactionModel(model);
    String modelUnit = ModelFiles.unitFor(model, unit);
    if (!modelUnit.equals("days") && !modelUnit.equals("weeks")) {
      throw new IllegalArgumentException(model + ": CLV in months needs a model fitted in days or weeks but it was fitted in "
          + modelUnit);
    }
    TimeScale scale = SummaryCommand.unit(modelUnit);
    GammaGammaModel g = ModelFiles.spendModel(spendModel);
    SummaryTable table = SummaryTable.read(summary);
    table.monetaryValues();
    CustomerSummaries s = table.toSummaries(scale);
    CustomerLifetimeValue clv = scale.equals(TimeScale.DAYS) ? CustomerLifetimeValue.monthsOfDailyModel(m, g, months, discountRate)
        : CustomerLifetimeValue.monthsOfWeeklyModel(m, g, months, discountRate);
    output.emit(table(s, clv), spec.commandLine().getOut());
    return 0;
  }

  static Table table(CustomerSummaries s, CustomerLifetimeValue clv) {
    double[] values = clv.values(s);
    Table t = Table.of("id", "expected_purchases", "expected_spend", "clv");
    for (int i = 0; i < s.size(); i++) {
      double spend = clv.spend().conditionalExpectedSpend(s.frequency(i), s.frequency(i) > 0 ? s.monetaryValue(i) : 0);
      double purchases = values[i] / spend; // clv = discounted purchases × expected spend (> 0)
      t.add(s.id(i), purchases, spend, values[i]);
    }
    return t;
  }
}
