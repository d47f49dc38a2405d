package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.segmentation.abc.AbcClassReport;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.SummaryMeasure;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm abc}: ABC (Pareto) classes of the customers of a summary file. */
@Command(
    name = "abc",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Per customer id,value,class: A holds the top 80%% of the value, B the next 15%%, C the rest.",
      "--by total ranks the total spend, the first purchase included, less refunds (the total_spend column crm "
          + "summary writes; without it the repeat spend frequency x monetary_value, noted on stderr), --by monetary "
          + "the mean repeat spend (monetary_value).",
      "With --out the rows go to the file and the per-class totals to stdout; --totals prints the totals instead "
          + "of the rows."
    })
final class AbcCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      required = true,
      description = "A summary file, one row per customer.")
  Path summary;

  @Option(
      names = "--by",
      paramLabel = "MEASURE",
      defaultValue = "total",
      description = "total (default) or monetary.")
  String by;

  @Option(
      names = "--totals",
      description = "Print the per-class totals instead of the customer rows.")
  boolean totals;

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() {
    SummaryMeasure measure =
        switch (by.trim().toLowerCase(Locale.ROOT)) {
          case "total" -> SummaryMeasure.TOTAL_SPEND;
          case "monetary" -> SummaryMeasure.MONETARY_VALUE;
          default ->
              throw new CliErrors.UsageException(
                  "--by must be total or monetary but was: '" + by + "'");
        };
    SummaryTable table = SummaryTable.read(summary);
    if (measure != SummaryMeasure.TOTAL_SPEND || !table.hasTotals()) {
      table.monetaryValues();
    }
    if (measure == SummaryMeasure.TOTAL_SPEND) {
      table.totalsNote().ifPresent(n -> spec.commandLine().getErr().println("crm: " + n));
    }
    CustomerSummaries s = table.toSummaries(TimeScale.WEEKS);
    AbcResult result = AbcClassifier.byValue().classify(s, measure);
    if (totals) {
      output.emit(totals(result), spec.commandLine().getOut());
      return 0;
    }
    output.emit(rows(s, result), spec.commandLine().getOut());
    if (output.out.isPresent()) {
      OutputOptions stdout = new OutputOptions();
      stdout.json = output.json;
      stdout.emit(totals(result), spec.commandLine().getOut());
    }
    return 0;
  }

  static Table rows(CustomerSummaries s, AbcResult result) {
    Table t = Table.of("id", "value", "class");
    for (int i = 0; i < s.size(); i++) {
      t.add(s.id(i), result.value(i), result.classOf(i).name());
    }
    return t;
  }

  static Table totals(AbcResult result) {
    Table t = Table.of("class", "customers", "customer_share", "value", "value_share");
    for (AbcClassReport r : result.report()) {
      t.add(r.abcClass().name(), r.customers(), r.customerShare(), r.value(), r.valueShare());
    }
    return t;
  }
}
