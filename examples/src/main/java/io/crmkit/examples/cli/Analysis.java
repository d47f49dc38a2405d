package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.lifecycle.churn.BgNbdNoPurchaseScorer;
import io.crmkit.lifecycle.churn.RiskBand;
import io.crmkit.lifecycle.churn.RiskBands;
import io.crmkit.lifecycle.cohort.CohortTable;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.HoldoutEvaluation;
import io.crmkit.lifecycle.model.ModelFitException;
import io.crmkit.lifecycle.model.PredictionGrid;
import io.crmkit.lifecycle.model.TrackingCurve;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.loyalty.simulation.RedemptionBehaviour;
import io.crmkit.loyalty.simulation.Scenario;
import io.crmkit.loyalty.simulation.SimulationOptions;
import io.crmkit.loyalty.simulation.SimulationReport;
import io.crmkit.loyalty.simulation.WhatIfSimulation;
import io.crmkit.report.Charts;
import io.crmkit.report.DataTable;
import io.crmkit.report.Numbers;
import io.crmkit.report.Provenance;
import io.crmkit.report.ReportPage;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.time.LocalDate;
import java.time.YearMonth;
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
  final ZoneId zone;
  final TimeScale scale;
  final LocalDate calibrationEnd;

  /** Why Gamma-Gamma (and so CLV) is left out, when it is. */
  final String gammaGammaLeftOut;

  private Analysis(
      TransactionColumns transactions,
      CustomerSummaries summaries,
      TimeScale unit,
      LifecycleReplay.Result lifecycle,
      Optional<SimulationReport> loyalty,
      ZoneId zone,
      LocalDate calibrationEnd) {
    this.loyalty = loyalty;
    this.zone = zone;
    this.scale = unit;
    this.calibrationEnd = calibrationEnd;
    this.transactions = transactions;
    this.summaries = summaries;
    this.unit = unit.equals(TimeScale.DAYS) ? "days" : "weeks";
    this.lifecycle = lifecycle;
    bgnbd = BgNbdModel.fit(summaries);
    Optional<FitResult<GammaGammaModel>> gg;
    String why = "";
    try {
      FitResult<GammaGammaModel> fit = GammaGammaModel.fit(summaries);
      if (!fit.usable()) {
        why =
            "the Gamma-Gamma fit is not usable: "
                + fit.problem().orElse("it did not converge")
                + ".";
        gg = Optional.empty();
      } else if (fit.modelEvenIfUnconverged().q() <= 1) {
        why =
            String.format(
                Locale.ROOT,
                "the Gamma-Gamma fit has q = %.3f ≤ 1, so its mean spend is infinite.",
                fit.modelEvenIfUnconverged().q());
        gg = Optional.empty();
      } else {
        gg = Optional.of(fit);
      }
    } catch (ModelFitException | IllegalArgumentException e) {
      why =
          "the Gamma-Gamma fit failed ("
              + e.getMessage()
              + "); spend models need repeat buyers with positive spend, and $0 transactions make the fit fail.";
      gg = Optional.empty();
    }
    gammaGamma = gg;
    gammaGammaLeftOut = why;
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
    return new Analysis(tx, s, unit, stages, loyalty, zone, calibrationEnd);
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
    DefaultLifecycle.STAGES.forEach(s -> names.add(Charts.humanName(s.name())));
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

  /** The report page of this analysis; {@code source} names the data file in the header. */
  ReportPage report(String title, String source) {
    ReportPage r = ReportPage.titled(title);
    r.filterBy("segment", "RFM segment");
    r.provenance(provenance(source));
    FitResult<BgNbdModel> f = bgnbd;
    List<List<String>> params = new ArrayList<>();
    params.add(
        List.of(
            "BG/NBD",
            parameters(f.parameters()),
            Numbers.plain(Math.round(100 * f.logLikelihood()) / 100.0),
            Numbers.plain(f.observations())));
    gammaGamma.ifPresent(
        g ->
            params.add(
                List.of(
                    "Gamma-Gamma",
                    parameters(g.parameters()),
                    Numbers.plain(Math.round(100 * g.logLikelihood()) / 100.0),
                    Numbers.plain(g.observations()))));
    r.table(
        "Models",
        String.format(
            Locale.ROOT,
            "%s customers, %s transactions; times in %s.",
            Numbers.count(summaries.size()),
            Numbers.count(transactions.size()),
            unit),
        new DataTable(List.of("model", "parameters", "log-likelihood", "customers"), params));
    if (gammaGamma.isEmpty()) {
      r.leftOut("Spend model (Gamma-Gamma) and CLV", gammaGammaLeftOut);
    }
    BgNbdModel model = bgnbd.model();
    r.chart("Who is still a customer?", Charts.probabilityAliveMatrix(model, summaries));
    r.chart(
        "How many purchases to expect?",
        Charts.expectedPurchasesMatrix(model, summaries, churnWindow));
    r.chart("Does the model fit?", Charts.periodTransactions(model, summaries, 7));
    if (holdout.isPresent()) {
      r.chart(
          "Does the model predict?",
          Charts.calibrationVsHoldout(holdout.get(), scale),
          String.format(
              Locale.ROOT,
              "Holdout purchases: %s predicted, %s made (%s customers).",
              Numbers.format(holdout.get().predictedTotal()),
              Numbers.format(holdout.get().actualTotal()),
              Numbers.count(holdout.get().customers())));
    } else {
      r.leftOut(
          "Does the model predict?",
          "there is no holdout period: give --observation-end to compare predictions with purchases.");
    }
    LocalDate lastDay = summaries.holdoutEnd().orElse(calibrationEnd);
    TrackingCurve tracking = TrackingCurve.of(model, scale, transactions, zone, lastDay, 7);
    r.chart("Tracking: cumulative", Charts.trackingCumulative(tracking));
    r.chart("Tracking: week by week", Charts.trackingIncremental(tracking));
    exampleCustomer()
        .ifPresent(
            id ->
                r.chart(
                    "One customer's history",
                    Charts.customerAliveHistory(
                        model, transactions, id, zone, scale, calibrationEnd),
                    "Customer "
                        + id
                        + " is the one with the most repeat purchases in the calibration period."));
    r.chart("RFM", Charts.rfmHeatMap(rfm.scores(), summaries.totalSpends(), "total spend"));
    List<String> segmentNames = new ArrayList<>();
    int[] sizes = rfm.sizes();
    long[] segmentSizes = new long[sizes.length];
    for (int k = 0; k < sizes.length; k++) {
      segmentNames.add(rfm.table().segments().get(k).name());
      segmentSizes[k] = sizes[k];
    }
    r.chart(
        "Segments",
        Charts.counts(
            "Customers by RFM segment",
            "Customers per RFM segment of the standard segment table.",
            "segment",
            segmentNames,
            segmentSizes));
    r.chart(
        "Segment value",
        clv.isPresent()
            ? Charts.segmentValue(rfm, summaries, clv.get())
            : Charts.segmentValue(rfm, summaries));
    r.chart(
        "Segment figures",
        clv.isPresent()
            ? Charts.segmentTable(rfm, summaries, clv.get())
            : Charts.segmentTable(rfm, summaries));
    r.chart("Where is the value?", Charts.paretoCurve(abc, "total spend"));
    if (clv.isPresent()) {
      r.chart("Most valuable customers", Charts.topCustomersByClv(summaries, clv.get(), 15));
    } else {
      r.leftOut("Most valuable customers", "there is no CLV: " + gammaGammaLeftOut);
    }
    r.chart("Churn risk", Charts.churnBands(bands, churn, churnDefinition()));
    if (summaries.hasHoldout()) {
      r.chart(
          "Does the churn score rank?",
          Charts.churnRanking(bands, churn, summaries, churnDefinition()));
    } else {
      r.leftOut(
          "Does the churn score rank?",
          "there is no holdout period to check the bands against (give --observation-end).");
    }
    r.chart(
        "Cohorts",
        Charts.cohortRetention(CohortTable.monthly(transactions, zone, YearMonth.from(lastDay))));
    if (loyalty.isPresent()) {
      SimulationReport l = loyalty.get();
      r.chart("Loyalty points", Charts.loyaltyMonthly(l));
      r.chart("Loyalty liability", Charts.loyaltyLiability(l));
      Map<String, Long> tiers = Loyalty.lastTiers(l);
      if (tiers.isEmpty()) {
        r.leftOut("Loyalty tiers", "the programme has no tiers: give --tiers FILE.");
      } else {
        long[] counts = tiers.values().stream().mapToLong(Long::longValue).toArray();
        r.chart(
            "Loyalty tiers",
            Charts.counts(
                "Members by loyalty tier",
                "Members per tier of "
                    + l.scenario()
                    + " at the end of "
                    + l.months().get(l.months().size() - 1).month()
                    + ".",
                "tier",
                new ArrayList<>(tiers.keySet()),
                counts),
            String.format(
                Locale.ROOT,
                "%s points issued, %s expired, liability %s.",
                Numbers.count(l.totalIssued()),
                Numbers.count(l.totalExpired()),
                l.finalLiability()));
      }
    } else {
      r.leftOut(
          "Loyalty",
          "no programme was given: add --program FILE and --tiers FILE to replay the purchases through it.");
    }
    r.chart(
        "Lifecycle stages",
        Charts.lifecycleStages(
            DefaultLifecycle.STAGES, lifecycle.table().countsPerStage(), lifecycle.at()));
    return r;
  }

  /** The header of the report: the file, rows, customers, periods, unit and crmkit version. */
  Provenance provenance(String source) {
    LocalDate first = null;
    for (int i = 0; i < summaries.size(); i++) {
      Optional<LocalDate> d = summaries.firstPurchase(i);
      if (d.isPresent() && (first == null || d.get().isBefore(first))) {
        first = d.get();
      }
    }
    Provenance p =
        Provenance.of(
            source, transactions.size(), summaries.size(), calibrationEnd, unit, Charts.version());
    if (first != null) {
      p = p.withFirstPurchase(first);
    }
    Optional<LocalDate> holdoutEnd = summaries.holdoutEnd();
    return holdoutEnd.isPresent() ? p.withHoldoutEnd(holdoutEnd.get()) : p;
  }

  /** The customer with the most repeat purchases (the smallest id among ties), if any. */
  Optional<String> exampleCustomer() {
    int best = -1;
    for (int i = 0; i < summaries.size(); i++) {
      if (summaries.frequency(i) > 0
          && (best < 0
              || summaries.frequency(i) > summaries.frequency(best)
              || (summaries.frequency(i) == summaries.frequency(best)
                  && summaries.id(i).compareTo(summaries.id(best)) < 0))) {
        best = i;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(summaries.id(best));
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
