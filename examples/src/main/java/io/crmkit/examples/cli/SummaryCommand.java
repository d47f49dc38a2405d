package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code crm summary}: per-customer frequency, recency, T and monetary value from a transactions
 * file.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Per-customer rows id,frequency,recency,T,monetary_value (+ frequency_holdout,duration_holdout "
          + "with --observation-end),total_spend,transaction_count from a transactions file.",
      "total_spend is every calibration purchase, the first included, less refunds; transaction_count the purchase "
          + "transactions: the M and F of crm rfm and crm abc (the crm-segmentation definition).",
      "Customers without a summary row (first purchase after --calibration-end, refunds only) are named on stderr "
          + "and, with --json, listed under \"excluded\"."
    })
final class SummaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin TransactionOptions transactions = new TransactionOptions();

  @Mixin PeriodOptions period = new PeriodOptions();

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() {
    SummaryOptions options = period.summaryOptions(transactions.zone);
    TransactionColumns columns = transactions.read();
    CustomerSummaries s = CustomerSummaries.of(columns, options);
    java.util.List<Exclusions.Excluded> excluded = Exclusions.of(columns, s, options);
    Exclusions.warn(spec.commandLine().getErr(), transactions.source(), excluded, s.size());
    output.emit(
        () -> table(s).note("excluded", Exclusions.notes(excluded)),
        columns(s),
        s.size(),
        row(s),
        spec.commandLine().getOut());
    return 0;
  }

  private static final String[] COLUMNS = {
    "id", "frequency", "recency", "T", "monetary_value", "total_spend", "transaction_count"
  };

  private static final String[] HOLDOUT_COLUMNS = {
    "id",
    "frequency",
    "recency",
    "T",
    "monetary_value",
    "frequency_holdout",
    "duration_holdout",
    "total_spend",
    "transaction_count"
  };

  /** The columns {@code crm summary} prints. */
  static String[] columns(CustomerSummaries s) {
    return (s.hasHoldout() ? HOLDOUT_COLUMNS : COLUMNS).clone();
  }

  /** Row {@code i} of {@link #table} written straight to CSV (the same text, no object per row). */
  static OutputOptions.CsvRow row(CustomerSummaries s) {
    boolean holdout = s.hasHoldout();
    return (csv, i) -> {
      csv.text(s.id(i))
          .integer(s.frequency(i))
          .number(s.recency(i))
          .number(s.age(i))
          .number(s.monetaryValue(i));
      if (holdout) {
        csv.integer(s.holdoutFrequency(i)).number(s.holdoutDuration());
      }
      csv.number(s.totalSpend(i)).integer(s.transactionCount(i));
    };
  }

  static TimeScale unit(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "days", "day" -> TimeScale.DAYS;
      case "weeks", "week" -> TimeScale.WEEKS;
      default ->
          throw new CliErrors.UsageException(
              "--unit must be days or weeks but was: '" + text + "'");
    };
  }

  /** The summaries as the table {@code crm summary} prints. */
  static Table table(CustomerSummaries s) {
    boolean holdout = s.hasHoldout();
    Table t =
        holdout
            ? Table.of(
                "id",
                "frequency",
                "recency",
                "T",
                "monetary_value",
                "frequency_holdout",
                "duration_holdout",
                "total_spend",
                "transaction_count")
            : Table.of(
                "id",
                "frequency",
                "recency",
                "T",
                "monetary_value",
                "total_spend",
                "transaction_count");
    for (int i = 0; i < s.size(); i++) {
      if (holdout) {
        t.add(
            s.id(i),
            s.frequency(i),
            s.recency(i),
            s.age(i),
            s.monetaryValue(i),
            s.holdoutFrequency(i),
            s.holdoutDuration(),
            s.totalSpend(i),
            s.transactionCount(i));
      } else {
        t.add(
            s.id(i),
            s.frequency(i),
            s.recency(i),
            s.age(i),
            s.monetaryValue(i),
            s.totalSpend(i),
            s.transactionCount(i));
      }
    }
    return t;
  }
}
