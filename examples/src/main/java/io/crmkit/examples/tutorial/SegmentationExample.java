package io.crmkit.examples.tutorial;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.examples.data.Datasets;
import io.crmkit.segmentation.abc.AbcClassReport;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmScores;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentReport;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Tutorial: RFM segments and ABC classes of the CDNOW sample.
 *
 * @since 0.1
 */
public final class SegmentationExample {

  private SegmentationExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the tutorial, printing to {@code out}. */
  public static void run(PrintStream out) {
    // Summaries over the whole observation (to 1998-06-30), in days.
    CustomerSummaries summaries =
        CustomerSummaries.of(
            Datasets.cdnowSample(),
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.DAYS, LocalDate.of(1998, 6, 30)));

    // 1. RFM scores: quintiles of recency (days since the last purchase), frequency (purchases) and
    //    monetary value (total spend); 5 is best. Cell "545" reads R5 F4 M5.
    RfmScores scores = RfmScorer.quintiles().score(summaries);
    int row = summaries.indexOf("1").getAsInt();
    out.println("customer 1: cell " + scores.cell(row));

    // 2. Named segments from the standard table (data: SegmentTable.fromJson reads your own).
    RfmSegments segments = SegmentTable.standard().assign(scores);
    out.println("customer 1: " + segments.segmentName(row));
    for (SegmentReport r : segments.report()) {
      if (r.customers() > 0) {
        out.printf(
            Locale.ROOT,
            "%-20s %5d customers, %5.1f%% of the spend: %s%n",
            r.name(),
            r.customers(),
            100 * r.valueShare(),
            r.action());
      }
    }

    // 3. ABC: class A holds the top 80% of the total spend, B the next 15%, C the rest.
    AbcResult abc = AbcClassifier.byValue().classify(summaries, SummaryMeasure.TOTAL_SPEND);
    for (AbcClassReport r : abc.report()) {
      out.println(r);
    }
    out.printf(Locale.ROOT, "Gini coefficient of spend: %.3f%n", abc.gini());
  }
}
