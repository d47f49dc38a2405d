package io.crmkit.examples.cli;

import io.crmkit.core.io.CsvRowWriter;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.TransactionModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crm score}: {@code crm predict} and {@code crm clv} in one pass over a summary file: per
 * customer P(alive), expected purchases over {@code --horizon}, the Gamma-Gamma expected spend per
 * purchase and the discounted CLV over {@code --horizon-months}. The summary file is read once at
 * byte level into columns, the four scores are computed column-wise (the parts that depend on
 * (x, T) only once per distinct pair) and the rows are written through one buffer.
 */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Per customer id,p_alive,expected_purchases,expected_spend,clv in one pass: crm predict and crm clv "
        + "together, from a transaction model file and a gammagamma model file of crm fit.",
        "expected_purchases is over --horizon time units; clv is the discounted value over --horizon-months "
            + "(a month is 365.25/12 days), in the currency of the summary."})
final class ScoreCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--model", paramLabel = "FILE", required = true, description = "A transaction model file (crm fit).")
  Path model;

  @Option(names = "--spend-model", paramLabel = "FILE", required = true, description = "A gammagamma model file.")
  Path spendModel;

  @Option(names = "--summary", paramLabel = "FILE", required = true,
      description = "A summary file with monetary_value, one row per customer.")
  Path summary;

  @Option(names = "--horizon", paramLabel = "T", required = true,
      description = "Horizon of expected_purchases in the model's time unit.")
  double horizon;

  @Option(names = "--horizon-months", paramLabel = "N", required = true, description = "Months of the CLV horizon.")
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
    if (!(horizon >= 0) || Double.isInfinite(horizon)) {
      throw new CliErrors.UsageException("--horizon must be a number of at least 0 but was: " + horizon);
    }
    if (months < 1) {
      throw new CliErrors.UsageException("--horizon-months must be at least 1 but was: " + months);
    }
    if (!(discountRate >= 0) || Double.isInfinite(discountRate)) {
      throw new CliErrors.UsageException("--discount-rate must be a number of at least 0 but was: " + discountRate);
    }
    TransactionModel m = ModelFiles.transactionModel(model);
    TimeScale scale = SummaryCommand.unit(ModelFiles.unitFor(model, unit));
    GammaGammaModel g = ModelFiles.spendModel(spendModel);
    CustomerSummaries s = summaries(summary, scale);
    CustomerLifetimeValue clv = scale.equals(TimeScale.DAYS) ? CustomerLifetimeValue.monthsOfDailyModel(m, g, months, discountRate)
        : CustomerLifetimeValue.monthsOfWeeklyModel(m, g, months, discountRate);
    Scores scores = new Scores(s, m.probabilityAlive(s), m.expectedPurchases(horizon, s), g.conditionalExpectedSpend(s),
        clv.values(s));
    if (output.json) {
      output.emit(scores.table(), spec.commandLine().getOut());
    } else if (output.out.isPresent()) {
      try (Writer w = Files.newBufferedWriter(output.out.get(), StandardCharsets.UTF_8)) {
        scores.writeCsv(w);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + output.out.get() + ": " + e.getMessage(), e);
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      scores.writeCsv(out);
    }
    return 0;
  }

  /** The summaries of the file (which must have monetary values); the table is garbage once they are built. */
  private static CustomerSummaries summaries(Path file, TimeScale scale) {
    SummaryTable table = SummaryTable.read(file);
    table.monetaryValues();
    return table.toSummaries(scale);
  }

  static final String[] COLUMNS = {"id", "p_alive", "expected_purchases", "expected_spend", "clv"};

  /** The four score columns of the summaries' customers. */
  record Scores(CustomerSummaries s, double[] alive, double[] purchases, double[] spend, double[] clv) {

    void writeCsv(Writer w) {
      CsvRowWriter csv = CsvRowWriter.to(w).header(COLUMNS);
      for (int i = 0; i < s.size(); i++) {
        csv.text(s.id(i)).number(alive[i]).number(purchases[i]).number(spend[i]).number(clv[i]).endRow();
      }
      csv.flush();
    }

    Table table() {
      Table t = Table.of(COLUMNS);
      for (int i = 0; i < s.size(); i++) {
        t.add(s.id(i), alive[i], purchases[i], spend[i], clv[i]);
      }
      return t;
    }
  }
}
