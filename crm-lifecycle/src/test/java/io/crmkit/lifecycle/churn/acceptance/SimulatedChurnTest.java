package io.crmkit.lifecycle.churn.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.money.Money;
import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.lifecycle.churn.eval.ChurnMetrics;
import io.crmkit.lifecycle.churn.features.ChurnFeatures;
import io.crmkit.lifecycle.churn.features.TimeSplit;
import io.crmkit.lifecycle.churn.logistic.DesignMatrix;
import io.crmkit.lifecycle.churn.logistic.FeatureColumn;
import io.crmkit.lifecycle.churn.logistic.LogisticModel;
import io.crmkit.lifecycle.churn.logistic.LogisticRegression;
import io.crmkit.lifecycle.churn.logistic.MissingValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A simulated shop where churn truly depends on known features: histories of purchases, service
 * requests and NPS answers up to the cut-off, features built by {@link ChurnFeatures}, then each
 * customer churns with probability σ(η) of a known linear predictor on those features (a churner
 * makes no purchase in the label window, a stayer makes one), and the label is read back through
 * {@link TimeSplit#labels}. The model is fitted on 3,000 customers and evaluated on 3,000 others.
 */
class SimulatedChurnTest {

  static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
  static final TimeSplit SPLIT =
      TimeSplit.at(ZONE, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31));
  static final LocalDate START = LocalDate.of(2025, 1, 1);

  /** True effects on the log-odds, per raw unit. */
  static final double SILENCE = 0.02; // per day without purchase

  static final double REPEAT = -0.25; // per repeat purchase
  static final double OPEN = 0.8; // per open service request
  static final double NPS = -0.3; // per NPS point above 7
  static final double INTERCEPT = -1.0;

  static LogisticModel model;
  static double auc;

  static Instant at(LocalDate d, int minute) {
    return d.atTime(10, 0).plusMinutes(minute).atZone(ZONE).toInstant();
  }

  static List<Object> population(int customers, long seed, int idOffset) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Transaction> tx = new ArrayList<>();
    List<ServiceRequest> requests = new ArrayList<>();
    List<Feedback> answers = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      String id = Integer.toString(idOffset + c);
      CustomerId cid = CustomerId.of(id);
      int first = r.nextInt(300);
      int purchases = 1 + r.nextInt(8);
      int span = 364 - first;
      for (int k = 0; k < purchases; k++) {
        int day = first + (k == 0 ? 0 : r.nextInt(span + 1));
        tx.add(
            Transaction.purchase(
                id + "-" + k, id, at(START.plusDays(day), k), Money.of(5 + r.nextInt(200), "BRL")));
      }
      int open = r.nextDouble() < 0.3 ? 1 + r.nextInt(2) : 0;
      for (int k = 0; k < open; k++) {
        requests.add(
            ServiceRequest.open(
                id + "-sr" + k, cid, at(START.plusDays(300 + r.nextInt(60)), k), Priority.HIGH));
      }
      if (r.nextDouble() < 0.2) { // resolved requests: no effect on churn
        int day = 200 + r.nextInt(100);
        requests.add(
            ServiceRequest.open(id + "-done", cid, at(START.plusDays(day), 0), Priority.LOW)
                .resolve(at(START.plusDays(day + r.nextInt(10)), 30)));
      }
      if (r.nextDouble() < 0.7) {
        answers.add(
            Feedback.nps(
                id + "-nps",
                cid,
                at(START.plusDays(first + r.nextInt(span + 1)), 0),
                r.nextInt(11)));
      }
    }
    return List.of(tx, requests, answers, r.split());
  }

  @SuppressWarnings("unchecked")
  static Object[] build(int customers, long seed, int idOffset) {
    List<Object> p = population(customers, seed, idOffset);
    List<Transaction> history = (List<Transaction>) p.get(0);
    CustomerSummaries calibration = SPLIT.summaries(history, TimeScale.DAYS);
    DesignMatrix x =
        ChurnFeatures.of(calibration, SPLIT.featureEnd())
            .withServiceRequests((List<ServiceRequest>) p.get(1))
            .withFeedback((List<Feedback>) p.get(2))
            .build();
    // the true churn process on the built features; then purchases in the label window for stayers
    SplittableRandom r = (SplittableRandom) p.get(3);
    double[] silence = x.column("days_since_last_purchase");
    double[] repeat = x.column("repeat_purchases");
    double[] open = x.column("open_service_requests");
    double[] nps = x.column("last_nps");
    double[] eta = new double[x.rows()];
    List<Transaction> all = new ArrayList<>(history);
    for (int i = 0; i < x.rows(); i++) {
      eta[i] =
          INTERCEPT
              + SILENCE * silence[i]
              + REPEAT * repeat[i]
              + OPEN * open[i]
              + (Double.isNaN(nps[i]) ? 0 : NPS * (nps[i] - 7));
      boolean churns = r.nextDouble() < 1 / (1 + Math.exp(-eta[i]));
      if (!churns) {
        all.add(
            Transaction.purchase(
                "h" + i,
                calibration.id(i),
                at(SPLIT.cutoff().plusDays(1 + r.nextInt(80)), 0),
                Money.of(20, "BRL")));
      }
    }
    CustomerSummaries labelled = SPLIT.summaries(all, TimeScale.DAYS);
    double[] hasNps = new double[x.rows()];
    for (int i = 0; i < hasNps.length; i++) {
      hasNps[i] = Double.isNaN(nps[i]) ? 0 : 1;
    }
    DesignMatrix.Builder b = DesignMatrix.builder(x.rows()).ids(x.ids().orElseThrow());
    for (int j = 0; j < x.columnCount(); j++) {
      b.column(x.columns().get(j), x.column(j));
    }
    DesignMatrix features =
        b.column(FeatureColumn.of("has_nps", "answered NPS: {}"), hasNps).build();
    return new Object[] {features, TimeSplit.labels(labelled), eta};
  }

  @BeforeAll
  static void fitAndEvaluate() {
    Object[] train = build(3000, 11, 1);
    Object[] test = build(3000, 12, 100_000);
    model =
        LogisticRegression.withL2(1, MissingValues.IMPUTE_MEAN)
            .fit((DesignMatrix) train[0], (boolean[]) train[1])
            .model();
    auc = ChurnMetrics.rocAuc(model.probabilities((DesignMatrix) test[0]), (boolean[]) test[1]);
  }

  @Test
  void ranks_churners_above_stayers_on_held_out_customers() {
    assertThat(auc).isGreaterThan(0.8);
  }

  @Test
  void recovers_the_signs_of_the_true_effects() {
    assertThat(model.coefficient("days_since_last_purchase")).isPositive();
    assertThat(model.coefficient("repeat_purchases")).isNegative();
    assertThat(model.coefficient("open_service_requests")).isPositive();
    assertThat(model.coefficient("last_nps")).isNegative();
  }

  @Test
  void recovers_the_size_of_the_true_effects_per_raw_unit() {
    double[] raw = model.rawCoefficients();
    assertThat(raw[model.names().indexOf("days_since_last_purchase")])
        .isBetween(SILENCE * 0.7, SILENCE * 1.3);
    assertThat(raw[model.names().indexOf("open_service_requests")])
        .isBetween(OPEN * 0.7, OPEN * 1.3);
    assertThat(raw[model.names().indexOf("last_nps")]).isBetween(NPS * 1.3, NPS * 0.7);
  }

  @Test
  void features_without_an_effect_stay_small_next_to_the_real_ones() {
    // real effects are 0.5 to 1.6 log-odds per sd here; a no-effect column observed for only 20% of
    // customers has a standard error near 0.05-0.1, so 0.25 bounds noise, not a tuned value
    assertThat(Math.abs(model.coefficient("average_spend"))).isLessThan(0.25);
    assertThat(Math.abs(model.coefficient("tenure_days"))).isLessThan(0.25);
    assertThat(Math.abs(model.coefficient("mean_resolution_hours"))).isLessThan(0.25);
  }
}
