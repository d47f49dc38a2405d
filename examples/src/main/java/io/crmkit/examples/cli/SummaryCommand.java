package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crm summary}: per-customer frequency, recency, T and monetary value from a transactions file. */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Per-customer rows id,frequency,recency,T,monetary_value (+ frequency_holdout,duration_holdout "
        + "with --observation-end) from a transactions file.")
final class SummaryCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  TransactionOptions transactions = new TransactionOptions();

  @Mixin
  PeriodOptions period = new PeriodOptions();

  @Mixin
  OutputOptions output = new OutputOptions();

  @Override
  public Integer call() {
    SummaryOptions options = period.summaryOptions(transactions.zone);
    TransactionColumns columns = transactions.read();
    CustomerSummaries s = CustomerSummaries.of(columns, options);
    output.emit(table(s), spec.commandLine().getOut());
    return 0;
  }

  static TimeScale unit(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "days", "day" -> TimeScale.DAYS;
      case "weeks", "week" -> TimeScale.WEEKS;
      default -> throw new CliErrors.UsageException("--unit must be days or weeks but was: '" + text + "'");
    };
  }

  /** The summaries as the table {@code crm summary} prints. */
  static Table table(CustomerSummaries s) {
    boolean holdout = s.hasHoldout();
    Table t = holdout
        ? Table.of("id", "frequency", "recency", "T", "monetary_value", "frequency_holdout", "duration_holdout")
        : Table.of("id", "frequency", "recency", "T", "monetary_value");
    for (int i = 0; i < s.size(); i++) {
      if (holdout) {
        t.add(s.id(i), s.frequency(i), s.recency(i), s.age(i), s.monetaryValue(i), s.holdoutFrequency(i),
            s.holdoutDuration());
      } else {
        t.add(s.id(i), s.frequency(i), s.recency(i), s.age(i), s.monetaryValue(i));
      }
    }
    return t;
  }
}
