package io.crmkit.lifecycle.churn.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.lifecycle.churn.BgNbdNoPurchaseScorer;
import io.crmkit.lifecycle.churn.ChurnAssessment;
import io.crmkit.lifecycle.churn.ChurnScorer;
import io.crmkit.lifecycle.churn.InactivityScorer;
import io.crmkit.lifecycle.churn.RiskBands;
import io.crmkit.lifecycle.churn.eval.ChurnEvaluation;
import io.crmkit.lifecycle.churn.features.ChurnFeatures;
import io.crmkit.lifecycle.churn.features.TimeSplit;
import io.crmkit.lifecycle.churn.logistic.DesignMatrix;
import io.crmkit.lifecycle.churn.logistic.LogisticChurnScorer;
import io.crmkit.lifecycle.churn.logistic.LogisticModel;
import io.crmkit.lifecycle.churn.logistic.LogisticRegression;
import io.crmkit.lifecycle.churn.logistic.MissingValues;
import io.crmkit.lifecycle.model.BgNbdModel;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The walk-through of {@code docs/churn.md}, line for line, so the documentation cannot rot. */
class DocsExampleTest {

  @Test
  void the_walk_through_runs() {
    TransactionColumns tx =
        TransactionCsvReader.of(TransactionCsvFormat.cdnowSample())
            .readColumns(
                new InputStreamReader(
                    Objects.requireNonNull(
                        getClass()
                            .getResourceAsStream("/io/crmkit/lifecycle/data/CDNOW_sample.txt")),
                    StandardCharsets.UTF_8),
                "CDNOW")
            .value();
    // --- docs/churn.md "Walk-through" starts here
    TimeSplit split =
        TimeSplit.at(ZoneOffset.UTC, LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30));
    CustomerSummaries summaries = split.summaries(tx, TimeScale.WEEKS);
    boolean[] churned = TimeSplit.labels(summaries);

    BgNbdModel bgnbd = BgNbdModel.fit(summaries).model();
    ChurnScorer quiet = BgNbdNoPurchaseScorer.within(bgnbd, 39);
    ChurnScorer rule = InactivityScorer.of(3);

    DesignMatrix features =
        ChurnFeatures.of(summaries, split.featureEnd())
            .withSpendTrend(tx, Duration.ofDays(91))
            .build();
    LogisticModel model =
        LogisticRegression.withL2(1, MissingValues.IMPUTE_MEAN).fit(features, churned).model();
    ChurnScorer logistic = LogisticChurnScorer.of(model, features);

    ChurnScorer earlyWarning =
        ChurnScorer.maximum(rule, ChurnScorer.weightedBlend(List.of(quiet, logistic), 1, 2));
    double[] p = earlyWarning.probabilities(summaries);
    long[] perBand = RiskBands.standard().counts(p);
    ChurnAssessment first = logistic.assess(summaries, 0);
    ChurnEvaluation report =
        ChurnEvaluation.of(earlyWarning, summaries, churned, 0.5); // in-sample: illustration only
    String json = model.toJson();
    // --- ends here
    assertThat(p).hasSize(2357);
    assertThat(perBand).hasSize(4);
    assertThat(first.reasons()).isNotEmpty();
    assertThat(report.auc()).isBetween(0.5, 1.0);
    assertThat(LogisticModel.fromJson(json)).isEqualTo(model);
    System.out.println(first);
    System.out.println(java.util.Arrays.toString(perBand));
  }
}
