package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmScores;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentReport;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm rfm}: RFM scores, cells and named segments of the customers of a summary file. */
@Command(
    name = "rfm",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Per customer id,r,f,m,cell,segment: RFM quintile scores (5 best) and the standard segments "
          + "(Champions, Loyal Customers, ..., Lost).",
      "R ranks the time since the last purchase (T - recency of a summary row, in days); F the purchase "
          + "transactions (transaction_count); M the total spend, the first purchase included, less refunds "
          + "(total_spend), as crm summary writes them and crm report scores them.",
      "A summary file without those columns (e.g. a published BTYD summary) is scored with frequency + 1 and the "
          + "repeat spend frequency x monetary_value, which leaves out each first purchase; a note on stderr says so.",
      "With --out the rows go to the file and the per-segment totals to stdout; --totals prints the totals instead "
          + "of the rows."
    })
final class RfmCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      required = true,
      description = "A summary file, one row per customer.")
  Path summary;

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      defaultValue = "weeks",
      description = "Time unit of the summary: days or weeks (default).")
  String unit;

  @Option(
      names = "--totals",
      description = "Print the per-segment totals instead of the customer rows.")
  boolean totals;

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() {
    SummaryTable table = SummaryTable.read(summary);
    table.totalsNote().ifPresent(n -> spec.commandLine().getErr().println("crm: " + n));
    CustomerSummaries s = table.toSummaries(SummaryCommand.unit(unit));
    RfmSegments segments = SegmentTable.standard().assign(RfmScorer.quintiles().score(s));
    if (totals) {
      output.emit(totals(segments), spec.commandLine().getOut());
      return 0;
    }
    output.emit(rows(s, segments), spec.commandLine().getOut());
    if (output.out.isPresent()) {
      OutputOptions stdout = new OutputOptions();
      stdout.json = output.json;
      stdout.emit(totals(segments), spec.commandLine().getOut());
    }
    return 0;
  }

  static Table rows(CustomerSummaries s, RfmSegments segments) {
    RfmScores scores = segments.scores();
    Table t = Table.of("id", "r", "f", "m", "cell", "segment");
    for (int i = 0; i < s.size(); i++) {
      t.add(
          s.id(i),
          scores.recency(i),
          scores.frequency(i),
          scores.monetary(i),
          scores.cell(i),
          segments.segmentName(i));
    }
    return t;
  }

  static Table totals(RfmSegments segments) {
    Table t =
        Table.of(
            "segment", "customers", "share", "value", "value_share", "mean_recency_days", "action");
    for (SegmentReport r : segments.report()) {
      t.add(
          r.name(),
          r.customers(),
          r.share(),
          r.value(),
          r.valueShare(),
          r.customers() == 0 ? Double.NaN : r.meanRecencyDays(),
          r.action());
    }
    return t;
  }
}
