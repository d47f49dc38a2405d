package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.examples.report.Charts;
import io.crmkit.examples.report.HtmlReport;
import io.crmkit.lifecycle.churn.BgNbdNoPurchaseScorer;
import io.crmkit.lifecycle.churn.RiskBand;
import io.crmkit.lifecycle.churn.RiskBands;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.HoldoutEvaluation;
import io.crmkit.lifecycle.model.ModelFitException;
import io.crmkit.lifecycle.model.PredictionGrid;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.loyalty.simulation.RedemptionBehaviour;
import io.crmkit.loyalty.simulation.Scenario;
import io.crmkit.loyalty.simulation.SimulationOptions;
import io.crmkit.loyalty.simulation.SimulationReport;
import io.crmkit.loyalty.simulation.WhatIfSimulation;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole analysis of a transactions file, computed once for {@code crm demo} and {@code crm
 * report}: summaries, RFM segments, ABC classes, BG/NBD and Gamma-Gamma fits, 12-month CLV, churn
 * bands, lifecycle stages, the P(alive) grid and the holdout evaluation.
 */
final class Analysis {

  static final int CLV_MONTHS = 12;
  static final double MONTHLY_DISCOUNT = 0.01;

  final TransactionColumns transactions;
  final CustomerSummaries summaries;
  final String unit;
  final FitResult<BgNbdModel> bgnbd;
  final Optional<FitResult<GammaGammaModel>> gammaGamma;
  final Optional<double[]> clv;

  /**
   * P(no purchase in the next {@link #churnWindow} units) of BG/NBD: the churn score the bands use.
   */
  final double[] churn;

  /** The churn window: the holdout's length when there is one, else a year. */
  final double churnWindow;

  /** P(alive) of BG/NBD. */
  final double[] probabilityAlive;

  final RiskBands bands = RiskBands.standard();
  final LifecycleReplay.Result lifecycle;
  final PredictionGrid grid;
  final Optional<HoldoutEvaluation> holdout;
  final RfmSegments rfm;
  final AbcResult abc;
  final Optional<SimulationReport> loyalty;

  private Analysis(
      TransactionColumns transactions,
      CustomerSummaries summaries,
      TimeScale unit,
      LifecycleReplay.Result lifecycle,
      Optional<SimulationReport> loyalty) {
    this.loyalty = loyalty;
    this.transactions = transactions;
    this.summaries = summaries;
    this.unit = unit.equals(TimeScale.DAYS) ? "days" : "weeks";
    this.lifecycle = lifecycle;
    bgnbd = BgNbdModel.fit(summaries);
    Optional<FitResult<GammaGammaModel>> gg;
    try {
      FitResult<GammaGammaModel> fit = GammaGammaModel.fit(summaries);
      gg =
          fit.usable() && fit.modelEvenIfUnconverged().q() > 1
              ? Optional.of(fit)
              : Optional.empty();
    } catch (ModelFitException e) {
      gg = Optional.empty();
    }
    gammaGamma = gg;
    clv =
        gammaGamma.map(
            g ->
                (unit.equals(TimeScale.DAYS)
                        ? CustomerLifetimeValue.monthsOfDailyModel(
                            bgnbd.model(), g.model(), CLV_MONTHS, MONTHLY_DISCOUNT)
                        : CustomerLifetimeValue.monthsOfWeeklyModel(
                            bgnbd.model(), g.model(), CLV_MONTHS, MONTHLY_DISCOUNT))
                    .values(summaries));
    // 1 − P(alive) of BG/NBD holds every one-time buyer alive (P(alive) = 1 at x = 0) and ranks
    // them
    // as the safest customers; P(no purchase in the window) ranks them by their expected rate too
    churnWindow =
        summaries.hasHoldout()
            ? summaries.holdoutDuration()
            : (unit.equals(TimeScale.DAYS) ? 365 : 52);
    churn = BgNbdNoPurchaseScorer.within(bgnbd.model(), churnWindow).probabilities(summaries);
    probabilityAlive = bgnbd.model().probabilityAlive(summaries);
    double maxAge = 0;
    int maxFrequency = 1;
    for (int i = 0; i < summaries.size(); i++) {
      maxAge = Math.max(maxAge, summaries.age(i));
      maxFrequency = Math.max(maxFrequency, summaries.frequency(i));
    }
    double horizon =
        summaries.hasHoldout()
            ? summaries.holdoutDuration()
            : (unit.equals(TimeScale.DAYS) ? 365 : 52);
    grid =
        PredictionGrid.of(
            bgnbd.model(), Math.min(maxFrequency, 20), Math.max(maxAge, 1), 20, horizon);
    holdout =
        summaries.hasHoldout()
            ? Optional.of(HoldoutEvaluation.of(bgnbd.model(), summaries, 7))
            : Optional.empty();
    rfm = SegmentTable.standard().assign(RfmScorer.quintiles().score(summaries));
    abc = AbcClassifier.byValue().classify(summaries, SummaryMeasure.TOTAL_SPEND);
  }

  static Analysis of(
      TransactionColumns tx,
      ZoneId zone,
      TimeScale unit,
      LocalDate calibrationEnd,
      Optional<LocalDate> holdoutEnd) {
    return of(tx, zone, unit, calibrationEnd, holdoutEnd, Optional.empty(), List.of());
  }

  /** With a loyalty scenario replayed over {@code history} (the same transactions as objects). */
  static Analysis of(
      TransactionColumns tx,
      ZoneId zone,
      TimeScale unit,
      LocalDate calibrationEnd,
      Optional<LocalDate> holdoutEnd,
      Optional<Scenario> scenario,
      List<Transaction> history) {
    SummaryOptions options = SummaryOptions.of(zone, unit, calibrationEnd);
    if (holdoutEnd.isPresent()) {
      options = options.withHoldoutUntil(holdoutEnd.get());
    }
    CustomerSummaries s = CustomerSummaries.of(tx, options);
    int digits = Math.max(0, tx.currency().map(c -> c.getDefaultFractionDigits()).orElse(2));
    LifecycleReplay.Result stages =
        LifecycleReplay.replay(
            tx, holdoutEnd.orElse(calibrationEnd), DefaultLifecycle.Thresholds.defaults(), digits);
    Optional<SimulationReport> loyalty =
        scenario.map(
            sc ->
                WhatIfSimulation.replay(
                        history.isEmpty() ? Loyalty.history(tx) : history,
                        sc,
                        SimulationOptions.of(zone, RedemptionBehaviour.none()))
                    .report());
    return new Analysis(tx, s, unit, stages, loyalty);
  }

  long[] bandCounts() {
    return bands.counts(churn);
  }

  /** What the bands score, for the page: "P(no purchase in the next 39 weeks) of BG/NBD". */
  String churnDefinition() {
    String window =
        churnWindow == Math.rint(churnWindow)
            ? String.format(Locale.ROOT, "%.0f", churnWindow)
            : String.format(Locale.ROOT, "%.1f", churnWindow);
    return String.format(Locale.ROOT, "P(no purchase in the next %s %s) of BG/NBD", window, unit);
  }

  /**
   * The share of each band's customers who bought again in the holdout period (NaN for an empty
   * band), when there is a holdout: the check that the bands rank customers as they behave.
   */
  Optional<double[]> bandHoldoutRepurchaseRates() {
    if (!summaries.hasHoldout()) {
      return Optional.empty();
    }
    int[] band = bands.indicesOf(churn);
    double[] buyers = new double[bands.bands().size()];
    double[] all = new double[buyers.length];
    for (int i = 0; i < band.length; i++) {
      all[band[i]]++;
      if (summaries.holdoutFrequency(i) > 0) {
        buyers[band[i]]++;
      }
    }
    double[] rate = new double[buyers.length];
    for (int b = 0; b < rate.length; b++) {
      rate[b] = all[b] == 0 ? Double.NaN : buyers[b] / all[b];
    }
    return Optional.of(rate);
  }

  List<String> bandNames() {
    List<String> names = new ArrayList<>();
    for (RiskBand b : bands.bands()) {
      names.add(b.name());
    }
    return names;
  }

  List<String> stageNames() {
    List<String> names = new ArrayList<>();
    DefaultLifecycle.STAGES.forEach(s -> names.add(s.toString()));
    return names;
  }

  /** Parameters as "r = 0.2426, alpha = 4.4135, …". */
  static String parameters(java.util.Map<String, Double> p) {
    StringBuilder sb = new StringBuilder();
    p.forEach(
        (k, v) ->
            sb.append(sb.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s = %.4f", k, v)));
    return sb.toString();
  }

  /** The report page of this analysis. */
  HtmlReport report(String title) {
    HtmlReport r = HtmlReport.titled(title);
    FitResult<BgNbdModel> f = bgnbd;
    List<List<String>> params = new ArrayList<>();
    params.add(List.of("model", "parameters", "log-likelihood", "customers"));
    params.add(
        List.of(
            "BG/NBD",
            parameters(f.parameters()),
            fmt(f.logLikelihood()),
            String.format(Locale.ROOT, "%,.0f", f.observations())));
    gammaGamma.ifPresent(
        g ->
            params.add(
                List.of(
                    "Gamma-Gamma",
                    parameters(g.parameters()),
                    fmt(g.logLikelihood()),
                    String.format(Locale.ROOT, "%,.0f", g.observations()))));
    r.table(
        "Models",
        String.format(
            Locale.ROOT,
            "%,d customers, %,d transactions; times in %s.",
            summaries.size(),
            transactions.size(),
            unit),
        params);
    r.chart(
        "Who is still a customer?",
        "P(alive) of the BG/NBD model for every history of frequency and recency, for "
            + "customers observed for the whole calibration period.",
        Charts.probabilityAlive(grid, unit));
    holdout.ifPresent(
        h ->
            r.chart(
                "Does the model predict?",
                String.format(
                    Locale.ROOT,
                    "Holdout purchases: %.0f predicted, %.0f made (%,d customers).",
                    h.predictedTotal(),
                    h.actualTotal(),
                    h.customers()),
                Charts.holdout(h, unit)));
    r.chart(
        "RFM",
        "Mean total spend of the customers of each recency × frequency score (quintiles; 5 is best).",
        Charts.rfmHeatMap(rfm.scores(), summaries.totalSpends(), "total spend"));
    List<String> segmentNames = new ArrayList<>();
    int[] sizes = rfm.sizes();
    long[] segmentSizes = new long[sizes.length];
    for (int k = 0; k < sizes.length; k++) {
      segmentNames.add(rfm.table().segments().get(k).name());
      segmentSizes[k] = sizes[k];
    }
    r.chart(
        "Segments",
        "Customers per RFM segment of the standard segment table.",
        Charts.bars("Customers by RFM segment", "segment", segmentNames, segmentSizes));
    r.chart(
        "Where is the value?",
        String.format(
            Locale.ROOT,
            "Share of total spend in the calibration period held by the best customers (ABC by value; Gini %.2f).",
            abc.gini()),
        Charts.paretoCurve(abc, "total spend"));
    r.chart(
        "Churn risk",
        "Customers per risk band of " + churnDefinition() + "." + bandCheck(),
        Charts.bars("Customers by churn risk band", "risk band", bandNames(), bandCounts()));
    loyalty.ifPresent(
        l -> {
          Map<String, Long> tiers = Loyalty.lastTiers(l);
          if (!tiers.isEmpty()) {
            long[] counts = tiers.values().stream().mapToLong(Long::longValue).toArray();
            r.chart(
                "Loyalty tiers",
                String.format(
                    Locale.ROOT,
                    "Members per tier of %s at the end of %s: %,d points issued, "
                        + "%,d expired, liability %s.",
                    l.scenario(),
                    l.months().get(l.months().size() - 1).month(),
                    l.totalIssued(),
                    l.totalExpired(),
                    l.finalLiability()),
                Charts.bars(
                    "Members by loyalty tier", "tier", new ArrayList<>(tiers.keySet()), counts));
          }
        });
    r.chart(
        "Lifecycle stages",
        "Customers per stage of the default lifecycle at " + lifecycle.at() + ".",
        Charts.bars(
            "Customers by lifecycle stage",
            "stage",
            stageNames(),
            lifecycle.table().countsPerStage()));
    return r;
  }

  /** " Bought again in the holdout: low 61%, medium 40%, …" when there is a holdout. */
  String bandCheck() {
    return bandHoldoutRepurchaseRates()
        .map(
            rates -> {
              StringBuilder sb = new StringBuilder(" Bought again in the holdout period: ");
              List<String> names = bandNames();
              for (int b = 0; b < rates.length; b++) {
                sb.append(b == 0 ? "" : ", ")
                    .append(names.get(b))
                    .append(' ')
                    .append(
                        Double.isNaN(rates[b])
                            ? "no customers"
                            : String.format(Locale.ROOT, "%.0f%%", 100 * rates[b]));
              }
              return sb.append('.').toString();
            })
        .orElse("");
  }

  static String fmt(double d) {
    return String.format(Locale.ROOT, "%,.2f", d);
  }
}
