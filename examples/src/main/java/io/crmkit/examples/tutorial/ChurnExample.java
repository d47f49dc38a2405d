package io.crmkit.examples.tutorial;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.examples.data.Datasets;
import io.crmkit.lifecycle.churn.BgNbdChurnScorer;
import io.crmkit.lifecycle.churn.ChurnScorer;
import io.crmkit.lifecycle.churn.InactivityScorer;
import io.crmkit.lifecycle.churn.RiskBand;
import io.crmkit.lifecycle.churn.RiskBands;
import io.crmkit.lifecycle.model.BgNbdModel;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Tutorial: who is about to leave? Three churn scorers on the CDNOW sample (a rule, a model, and
 * both together), risk bands, and the reasons behind a score.
 *
 * @since 0.1
 */
public final class ChurnExample {

  private ChurnExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the tutorial, printing to {@code out}. */
  public static void run(PrintStream out) {
    // Summaries at the end of the calibration period, in weeks.
    CustomerSummaries population =
        CustomerSummaries.of(
            Datasets.cdnowSample(),
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30)));

    // 1. A rule: silent for longer than 3 of the customer's own typical gaps between purchases.
    ChurnScorer inactivity = InactivityScorer.of(3);
    // 2. A model: 1 - P(alive) of BG/NBD fitted to the same population.
    ChurnScorer model = BgNbdChurnScorer.of(BgNbdModel.fit(population).model());
    // 3. Both: the higher of the two probabilities.
    ChurnScorer either = ChurnScorer.maximum(inactivity, model);

    // Score everyone at once (primitive arrays, no object per customer) and count the risk bands.
    RiskBands bands = RiskBands.standard();
    for (ChurnScorer scorer : List.of(inactivity, model, either)) {
      long[] counts = bands.counts(scorer.probabilities(population));
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-40s", scorer.name()));
      List<RiskBand> names = bands.bands();
      for (int b = 0; b < counts.length; b++) {
        line.append(String.format(Locale.ROOT, " %s %5d", names.get(b).name(), counts[b]));
      }
      out.println(line);
    }

    // One customer in detail: the probability, the band and the reasons a salesperson can read.
    int row = population.indexOf("10").getAsInt();
    out.println(inactivity.assess(population, row));
    out.println(model.assess(population, row));
  }
}
