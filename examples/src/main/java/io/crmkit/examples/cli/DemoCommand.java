package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionAccounting;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.examples.data.Datasets;
import io.crmkit.lifecycle.model.HoldoutEvaluation;
import io.crmkit.loyalty.program.ProgramJson;
import io.crmkit.loyalty.simulation.Scenario;
import io.crmkit.loyalty.tier.TierProgramJson;
import io.crmkit.segmentation.abc.AbcClassReport;
import io.crmkit.segmentation.rfm.SegmentReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm demo}: the whole pipeline on the bundled CDNOW sample, printed as short tables, and
 * the HTML report written.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs crmkit end to end on the bundled CDNOW sample: summaries, RFM segments, ABC classes, BG/NBD + "
          + "Gamma-Gamma CLV, churn bands, loyalty points and tiers, "
          + "lifecycle stages, printed as short tables, and writes the HTML report."
    })
final class DemoCommand implements Callable<Integer> {

  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

  @Spec CommandSpec spec;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      defaultValue = "crm-demo-report.html",
      description = "Where to write the HTML report (default: crm-demo-report.html).")
  Path report;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "Rows of the top-customer table (default 10).")
  int top;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    TransactionColumns transactions = Datasets.cdnowSample();
    out.printf(
        Locale.ROOT,
        "Loaded %,d transactions of the CDNOW sample (bundled).%n%n",
        transactions.size());
    Scenario club =
        Scenario.of(
            "CD Club",
            ProgramJson.read(Datasets.text("cd-club.json")),
            TierProgramJson.read(Datasets.text("cd-club-tiers.json")));
    Analysis a =
        Analysis.of(
            transactions,
            ZoneOffset.UTC,
            TimeScale.WEEKS,
            CALIBRATION_END,
            Optional.of(HOLDOUT_END),
            Optional.of(club),
            List.of());
    CustomerSummaries summaries = a.summaries;
    TransactionAccounting acc = summaries.accounting().orElseThrow();
    out.printf(
        Locale.ROOT,
        "== Customer summaries (weeks; calibration to %s, holdout to %s)%n",
        CALIBRATION_END,
        HOLDOUT_END);
    out.print(summaries);
    out.printf(
        Locale.ROOT,
        "transactions: %d in calibration, %d in holdout, %d refunds, %d after the end%n%n",
        acc.calibrationPurchases(),
        acc.holdoutPurchases(),
        acc.refunds(),
        acc.afterObservationEnd());

    out.println("== RFM segments (quintiles, standard segment table)");
    Table segments = Table.of("segment", "customers", "% customers", "% spend", "days since last");
    for (SegmentReport r : a.rfm.report()) {
      if (r.customers() > 0) {
        segments.add(
            r.name(), r.customers(), 100 * r.share(), 100 * r.valueShare(), r.meanRecencyDays());
      }
    }
    out.print(segments.pretty(1, 20));
    out.println();
    out.printf(
        Locale.ROOT,
        "== ABC classes by total spend (80%% / 15%% / 5%% of the value; Gini %.2f)%n",
        a.abc.gini());
    Table classes = Table.of("class", "customers", "% customers", "spend", "% spend");
    for (AbcClassReport r : a.abc.report()) {
      classes.add(
          r.abcClass().name(),
          r.customers(),
          100 * r.customerShare(),
          r.value(),
          100 * r.valueShare());
    }
    out.print(classes.pretty(1, 3));
    out.println();

    out.println("== Models (maximum likelihood)");
    out.println(
        "  BG/NBD      "
            + params(a.bgnbd.parameters())
            + String.format(Locale.ROOT, "  LL %,.2f", a.bgnbd.logLikelihood()));
    a.gammaGamma.ifPresent(
        g ->
            out.println(
                "  Gamma-Gamma "
                    + params(g.parameters())
                    + String.format(
                        Locale.ROOT,
                        "  LL %,.2f (%,.0f repeat buyers)",
                        g.logLikelihood(),
                        g.observations())));
    a.holdout.ifPresent(h -> out.println(holdout(h)));
    out.println();

    a.clv.ifPresent(
        clv -> {
          out.printf(
              Locale.ROOT,
              "== Top %d customers by %d-month CLV (discount %.0f%% a month)%n",
              top,
              Analysis.CLV_MONTHS,
              Analysis.MONTHLY_DISCOUNT * 100);
          out.print(topCustomers(a, clv, top).pretty(2, top));
          double total = Arrays.stream(clv).sum();
          out.printf(
              Locale.ROOT,
              "  total CLV of the %,d customers: %,.2f %s%n%n",
              summaries.size(),
              total,
              summaries.currency().map(Object::toString).orElse(""));
        });

    out.println("== Churn risk (" + a.churnDefinition() + ")");
    long[] bands = a.bandCounts();
    Optional<double[]> rates = a.bandHoldoutRepurchaseRates();
    Table bandTable =
        rates.isPresent()
            ? Table.of("band", "customers", "share", "bought_again_in_holdout")
            : Table.of("band", "customers", "share");
    List<String> names = a.bandNames();
    for (int i = 0; i < bands.length; i++) {
      if (rates.isPresent()) {
        bandTable.add(
            names.get(i), bands[i], 100.0 * bands[i] / summaries.size(), 100.0 * rates.get()[i]);
      } else {
        bandTable.add(names.get(i), bands[i], 100.0 * bands[i] / summaries.size());
      }
    }
    out.print(bandTable.pretty(1, 10));
    out.println();

    out.printf(
        Locale.ROOT,
        "== Lifecycle stages at %s (default lifecycle, daily replay)%n",
        a.lifecycle.at());
    out.print(a.lifecycle.counts().pretty(0, 10));
    out.println();

    a.loyalty.ifPresent(
        l -> {
          out.printf(
              Locale.ROOT,
              "== Loyalty: the CD Club (1 point per $, tiers by 12-month spend) replayed over the history%n");
          Table months = Loyalty.months(l, false);
          Table last = Table.of(months.columns());
          for (int r = Math.max(0, months.size() - 4); r < months.size(); r++) {
            Object[] row = new Object[months.columns().size()];
            for (int c = 0; c < row.length; c++) {
              row[c] = months.value(r, c);
            }
            last.add(row);
          }
          out.print(last.pretty(2, 4));
          out.printf(
              Locale.ROOT,
              "  %,d points issued, %,d expired; liability at the end %s%n%n",
              l.totalIssued(),
              l.totalExpired(),
              l.finalLiability());
        });

    a.report("crmkit demo: the CDNOW sample", "CDNOW_sample.txt").write(report);
    out.println("Report written to " + report);
    out.flush();
    return 0;
  }

  private static String params(java.util.Map<String, Double> p) {
    StringBuilder sb = new StringBuilder();
    p.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%s=%.4f ", k, v)));
    return sb.toString().strip();
  }

  private static String holdout(HoldoutEvaluation h) {
    return String.format(
        Locale.ROOT,
        "  holdout check: %,.0f purchases predicted, %,.0f made (%+.1f%%)",
        h.predictedTotal(),
        h.actualTotal(),
        100 * (h.predictedTotal() - h.actualTotal()) / h.actualTotal());
  }

  static Table topCustomers(Analysis a, double[] clv, int limit) {
    CustomerSummaries s = a.summaries;
    Integer[] order = IntStream.range(0, s.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -clv[i]).thenComparing(s::id));
    Table t = Table.of("id", "frequency", "recency", "T", "monetary_value", "p_alive", "clv");
    for (int k = 0; k < Math.min(order.length, limit); k++) {
      int i = order[k];
      t.add(
          s.id(i),
          s.frequency(i),
          s.recency(i),
          s.age(i),
          s.monetaryValue(i),
          a.probabilityAlive[i],
          clv[i]);
    }
    return t;
  }
}
