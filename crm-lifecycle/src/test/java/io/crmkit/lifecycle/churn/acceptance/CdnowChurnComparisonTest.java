package io.crmkit.lifecycle.churn.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.lifecycle.churn.BgNbdChurnScorer;
import io.crmkit.lifecycle.churn.BgNbdNoPurchaseScorer;
import io.crmkit.lifecycle.churn.InactivityScorer;
import io.crmkit.lifecycle.churn.eval.ChurnEvaluation;
import io.crmkit.lifecycle.churn.features.ChurnFeatures;
import io.crmkit.lifecycle.churn.features.TimeSplit;
import io.crmkit.lifecycle.churn.logistic.DesignMatrix;
import io.crmkit.lifecycle.churn.logistic.LogisticModel;
import io.crmkit.lifecycle.churn.logistic.LogisticRegression;
import io.crmkit.lifecycle.churn.logistic.MissingValues;
import io.crmkit.lifecycle.model.BgNbdModel;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison reported in {@code docs/churn.md}: CDNOW sample (2,357 customers), features up to
 * 1997-09-30, churned = no purchase 1997-10-01..1998-06-30. BG/NBD is fitted on the calibration
 * period only and the inactivity rule uses no labels, so both are scored on every customer; the
 * logistic model's scores are out-of-fold (two folds by a seeded random split of customers).
 */
class CdnowChurnComparisonTest {

  static final TimeSplit SPLIT =
      TimeSplit.at(ZoneOffset.UTC, LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30));

  static CustomerSummaries summaries;
  static boolean[] churned;
  static DesignMatrix features;
  static ChurnEvaluation bgnbd;
  static ChurnEvaluation bgnbdRepeatBuyers;
  static ChurnEvaluation bgnbdWindow;
  static ChurnEvaluation inactivity;
  static ChurnEvaluation logistic;
  static LogisticModel fullModel;

  @BeforeAll
  static void compare() {
    TransactionColumns tx =
        TransactionCsvReader.of(TransactionCsvFormat.cdnowSample())
            .readColumns(
                new InputStreamReader(
                    Objects.requireNonNull(
                        CdnowChurnComparisonTest.class.getResourceAsStream(
                            "/io/crmkit/lifecycle/data/CDNOW_sample.txt")),
                    StandardCharsets.UTF_8),
                "CDNOW_sample.txt")
            .value();
    summaries = SPLIT.summaries(tx, TimeScale.WEEKS);
    churned = TimeSplit.labels(summaries);
    features =
        ChurnFeatures.of(summaries, SPLIT.featureEnd())
            .withSpendTrend(tx, Duration.ofDays(91))
            .build();

    BgNbdModel model = BgNbdModel.fit(summaries).model();
    bgnbd = ChurnEvaluation.of(BgNbdChurnScorer.of(model), summaries, churned, 0.5);
    double window = summaries.holdoutDuration();
    bgnbdWindow =
        ChurnEvaluation.of(BgNbdNoPurchaseScorer.within(model, window), summaries, churned, 0.5);
    int[] repeat = rowsWhere(repeatBuyers(summaries), true);
    double[] all = BgNbdChurnScorer.of(model).probabilities(summaries);
    double[] repeatScores = new double[repeat.length];
    for (int k = 0; k < repeat.length; k++) {
      repeatScores[k] = all[repeat[k]];
    }
    bgnbdRepeatBuyers =
        ChurnEvaluation.of("bg/nbd on repeat buyers", repeatScores, pick(churned, repeat), 0.5);
    inactivity = ChurnEvaluation.of(InactivityScorer.of(3), summaries, churned, 0.5);

    LogisticRegression fitter = LogisticRegression.withL2(1, MissingValues.IMPUTE_MEAN);
    int n = summaries.size();
    boolean[] foldA = new boolean[n];
    SplittableRandom random = new SplittableRandom(19970930L);
    for (int i = 0; i < n; i++) {
      foldA[i] = random.nextBoolean();
    }
    double[] outOfFold = new double[n];
    for (boolean fold : new boolean[] {true, false}) {
      int[] train = rowsWhere(foldA, fold);
      int[] test = rowsWhere(foldA, !fold);
      LogisticModel m = fitter.fit(features.rows(train), pick(churned, train)).model();
      double[] p = m.probabilities(features.rows(test));
      for (int k = 0; k < test.length; k++) {
        outOfFold[test[k]] = p[k];
      }
    }
    logistic = ChurnEvaluation.of("logistic (out-of-fold)", outOfFold, churned, 0.5);
    fullModel = fitter.fit(features, churned).model();
    System.out.println("CDNOW churn comparison, " + SPLIT);
    System.out.println(bgnbd);
    System.out.println(bgnbdRepeatBuyers);
    System.out.println(bgnbdWindow);
    System.out.println(inactivity);
    System.out.println(logistic);
    System.out.println(fullModel);
    System.out.println(BgNbdChurnScorer.of(model).assess(summaries, 0));
  }

  static int[] rowsWhere(boolean[] mask, boolean value) {
    int count = 0;
    for (boolean b : mask) {
      count += b == value ? 1 : 0;
    }
    int[] rows = new int[count];
    int k = 0;
    for (int i = 0; i < mask.length; i++) {
      if (mask[i] == value) {
        rows[k++] = i;
      }
    }
    return rows;
  }

  static boolean[] repeatBuyers(CustomerSummaries s) {
    boolean[] r = new boolean[s.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = s.frequency(i) > 0;
    }
    return r;
  }

  static boolean[] pick(boolean[] v, int[] rows) {
    boolean[] out = new boolean[rows.length];
    for (int k = 0; k < rows.length; k++) {
      out[k] = v[rows[k]];
    }
    return out;
  }

  @Test
  void population_and_label_are_the_published_cdnow_calibration() {
    assertThat(summaries.size()).isEqualTo(2357);
    assertThat(bgnbd.churners()).isBetween(1500L, 1900L);
  }

  @Test
  void scorers_rank_churners_above_stayers_better_than_chance() {
    assertThat(bgnbdWindow.auc()).isBetween(0.70, 0.85);
    assertThat(inactivity.auc()).isBetween(0.65, 0.80);
    assertThat(logistic.auc()).isBetween(0.70, 0.85);
    assertThat(bgnbdRepeatBuyers.auc()).isBetween(0.60, 0.80);
  }

  @Test
  void one_minus_p_alive_misranks_single_purchasers_whom_bg_nbd_holds_alive() {
    // 1,411 single-purchase customers get churn 0 from 1 - P(alive) yet most of them never come
    // back
    assertThat(bgnbd.auc()).isLessThan(0.5);
    assertThat(bgnbd.calibration().get(0).observedRate()).isGreaterThan(0.8);
  }

  @Test
  void the_feature_model_is_at_least_as_good_as_the_rule() {
    assertThat(logistic.auc()).isGreaterThan(inactivity.auc());
    assertThat(logistic.brier()).isLessThan(inactivity.brier());
  }

  @Test
  void logistic_model_says_long_silence_means_churn() {
    assertThat(fullModel.coefficient("days_since_last_purchase")).isPositive();
    assertThat(fullModel.coefficient("repeat_purchases")).isNegative();
  }
}
