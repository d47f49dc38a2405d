package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionAccounting;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.examples.data.Datasets;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crm demo}: the whole pipeline on the bundled CDNOW sample, printed as short tables. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Runs crmkit end to end on the bundled CDNOW sample and prints short tables.")
final class DemoCommand implements Callable<Integer> {

  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    TransactionColumns transactions = Datasets.cdnowSample();
    out.printf(Locale.ROOT, "Loaded %,d transactions of the CDNOW sample (bundled).%n%n", transactions.size());
    CustomerSummaries summaries = CustomerSummaries.of(transactions,
        SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, CALIBRATION_END).withHoldoutUntil(HOLDOUT_END));
    TransactionAccounting a = summaries.accounting().orElseThrow();
    out.printf(Locale.ROOT, "== Customer summaries (weeks; calibration to %s, holdout to %s)%n", CALIBRATION_END, HOLDOUT_END);
    out.print(summaries);
    out.printf(Locale.ROOT, "transactions: %d in calibration, %d in holdout, %d refunds, %d after the end%n%n",
        a.calibrationPurchases(), a.holdoutPurchases(), a.refunds(), a.afterObservationEnd());
    out.flush();
    return 0;
  }
}
