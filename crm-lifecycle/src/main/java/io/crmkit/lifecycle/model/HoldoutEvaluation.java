package io.crmkit.lifecycle.model;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Calibration/holdout validation of a transaction model: each customer's expected purchases over
 * the holdout period, from the calibration history, against the purchases actually made; overall
 * and by calibration frequency (the standard conditional-expectation table, frequencies 0 … {@code
 * maxFrequency − 1} and a last group of {@code maxFrequency} or more).
 *
 * @param rows the table, one row per frequency group
 * @param customers number of customers
 * @param actualTotal holdout purchases made
 * @param predictedTotal holdout purchases predicted
 * @param meanAbsoluteError mean over customers of |predicted − actual|, in purchases
 * @param rootMeanSquaredError over customers, in purchases
 * @param tableMeanAbsoluteError mean over table rows of |mean predicted − mean actual|, in
 *     purchases
 * @since 0.1
 */
public record HoldoutEvaluation(
    List<Row> rows,
    int customers,
    double actualTotal,
    double predictedTotal,
    double meanAbsoluteError,
    double rootMeanSquaredError,
    double tableMeanAbsoluteError) {

  /** Copies the rows. */
  public HoldoutEvaluation {
    rows = List.copyOf(rows);
  }

  /**
   * One frequency group.
   *
   * @param label "0", "1", … or "7+"
   * @param customers customers in the group
   * @param meanActual mean holdout purchases per customer
   * @param meanPredicted mean predicted holdout purchases per customer
   * @since 0.1
   */
  public record Row(String label, int customers, double meanActual, double meanPredicted) {}

  /**
   * Evaluates {@code model} on summaries with a holdout period (see {@code
   * SummaryOptions.withHoldoutUntil}).
   *
   * @throws IllegalArgumentException when the summaries have no holdout columns
   */
  public static HoldoutEvaluation of(
      TransactionModel model, CustomerSummaries s, int maxFrequency) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(s, "summaries must not be null");
    if (!s.hasHoldout()) {
      throw new IllegalArgumentException(
          "the summaries have no holdout period: build them with a holdout end");
    }
    if (maxFrequency < 1) {
      throw new IllegalArgumentException(
          "maxFrequency must be at least 1 but was: " + maxFrequency);
    }
    double duration = s.holdoutDuration();
    int groups = maxFrequency + 1;
    int[] count = new int[groups];
    double[] actual = new double[groups];
    double[] predicted = new double[groups];
    double abs = 0;
    double sq = 0;
    double totalA = 0;
    double totalP = 0;
    for (int i = 0; i < s.size(); i++) {
      double p = model.expectedPurchases(duration, s.frequency(i), s.recency(i), s.age(i));
      double a = s.holdoutFrequency(i);
      int g = Math.min(s.frequency(i), maxFrequency);
      count[g]++;
      actual[g] += a;
      predicted[g] += p;
      abs += Math.abs(p - a);
      sq += (p - a) * (p - a);
      totalA += a;
      totalP += p;
    }
    List<Row> rows = new ArrayList<>();
    double tableAbs = 0;
    for (int g = 0; g < groups; g++) {
      if (count[g] == 0) {
        continue;
      }
      String label = g == maxFrequency ? maxFrequency + "+" : Integer.toString(g);
      Row r = new Row(label, count[g], actual[g] / count[g], predicted[g] / count[g]);
      rows.add(r);
      tableAbs += Math.abs(r.meanPredicted() - r.meanActual());
    }
    int n = s.size();
    return new HoldoutEvaluation(
        Collections.unmodifiableList(rows),
        n,
        totalA,
        totalP,
        n == 0 ? 0 : abs / n,
        n == 0 ? 0 : Math.sqrt(sq / n),
        rows.isEmpty() ? 0 : tableAbs / rows.size());
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("calibration frequency | customers | actual | predicted\n");
    for (Row r : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%21s | %9d | %6.3f | %9.3f%n",
              r.label(),
              r.customers(),
              r.meanActual(),
              r.meanPredicted()));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "total: actual %.0f, predicted %.1f; per customer MAE %.3f, RMSE %.3f",
            actualTotal,
            predictedTotal,
            meanAbsoluteError,
            rootMeanSquaredError));
    return sb.toString();
  }
}
