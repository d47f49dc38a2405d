package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.TransactionModel;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that {@code crm clv} and {@code crm score} share (a picocli mixin): the two model
 * files, the summary file, the CLV horizon in months, the monthly discount rate and the time unit;
 * {@link #load()} checks them and reads the files.
 */
final class ClvOptions {

  @Option(
      names = "--model",
      paramLabel = "FILE",
      required = true,
      description = "A transaction model file (crm fit).")
  Path model;

  @Option(
      names = "--spend-model",
      paramLabel = "FILE",
      required = true,
      description = "A gammagamma model file.")
  Path spendModel;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      required = true,
      description = "A summary file with monetary_value, one row per customer.")
  Path summary;

  @Option(
      names = "--horizon-months",
      paramLabel = "N",
      required = true,
      description = "Months of the CLV horizon.")
  int months;

  @Option(
      names = "--discount-rate",
      paramLabel = "R",
      defaultValue = "0.01",
      description = "Discount rate per month (default 0.01).")
  double discountRate;

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      description = {
        "Time unit of the summary: days or weeks. Default: the unit recorded in the model file (weeks for "
            + "files that record none); a unit other than the model's is refused.",
        "A month is 365.25/12 = 30.4375 days (4.348 weeks); lifetimes uses 4.345 weeks (30 days for daily models): "
            + "0.06%% on CDNOW's 12-month CLV."
      })
  Optional<String> unit = Optional.empty();

  /** The checked options with their files read. */
  record Inputs(
      TransactionModel model,
      GammaGammaModel spend,
      CustomerSummaries summaries,
      CustomerLifetimeValue clv) {}

  /**
   * Checks the numbers, reads both models and the summary (which must have monetary values) in the
   * model's unit.
   */
  Inputs load() {
    if (months < 1) {
      throw new CliErrors.UsageException("--horizon-months must be at least 1 but was: " + months);
    }
    if (!(discountRate >= 0) || Double.isInfinite(discountRate)) {
      throw new CliErrors.UsageException(
          "--discount-rate must be a number of at least 0 but was: " + discountRate);
    }
    TransactionModel m = ModelFiles.transactionModel(model);
    String modelUnit = ModelFiles.unitFor(model, unit);
    if (!modelUnit.equals("days") && !modelUnit.equals("weeks")) {
      throw new IllegalArgumentException(
          model
              + ": CLV in months needs a model fitted in days or weeks but it was fitted in "
              + modelUnit);
    }
    TimeScale scale = SummaryCommand.unit(modelUnit);
    GammaGammaModel g = ModelFiles.spendModel(spendModel);
    SummaryTable table = SummaryTable.read(summary);
    table.monetaryValues();
    CustomerSummaries s =
        table.toSummaries(scale); // the table is garbage once the summaries are built
    CustomerLifetimeValue clv =
        scale.equals(TimeScale.DAYS)
            ? CustomerLifetimeValue.monthsOfDailyModel(m, g, months, discountRate)
            : CustomerLifetimeValue.monthsOfWeeklyModel(m, g, months, discountRate);
    return new Inputs(m, g, s, clv);
  }
}
