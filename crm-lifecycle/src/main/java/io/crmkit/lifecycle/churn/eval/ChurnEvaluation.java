package io.crmkit.lifecycle.churn.eval;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.lifecycle.churn.ChurnScorer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The standard report on churn scores against held-out labels: customers and churners, ROC AUC,
 * Brier score, precision/recall at a threshold, lift and capture in the top decile, and a ten-bin
 * calibration table.
 *
 * @since 0.1
 */
public record ChurnEvaluation(
    String scorer,
    long customers,
    long churners,
    double auc,
    double brier,
    ThresholdMetrics atThreshold,
    Lift topDecile,
    List<CalibrationBin> calibration) {

  /** Checks the scorer and the three metric groups are not null. */
  public ChurnEvaluation {
    Objects.requireNonNull(scorer, "scorer must not be null");
    Objects.requireNonNull(atThreshold, "atThreshold must not be null");
    Objects.requireNonNull(topDecile, "topDecile must not be null");
    calibration = List.copyOf(Objects.requireNonNull(calibration, "calibration must not be null"));
  }

  /** Evaluates {@code scores} against {@code churned}, flagging churn at {@code threshold}. */
  public static ChurnEvaluation of(
      String scorer, double[] scores, boolean[] churned, double threshold) {
    long churners = 0;
    for (boolean b : Objects.requireNonNull(churned, "churned must not be null")) {
      churners += b ? 1 : 0;
    }
    return new ChurnEvaluation(
        scorer,
        scores.length,
        churners,
        ChurnMetrics.rocAuc(scores, churned),
        ChurnMetrics.brier(scores, churned),
        ChurnMetrics.atThreshold(scores, churned, threshold),
        ChurnMetrics.lift(scores, churned, 0.1),
        ChurnMetrics.calibration(scores, churned, 10));
  }

  /**
   * Scores {@code population} with {@code scorer} and evaluates against {@code churned} (row
   * order).
   */
  public static ChurnEvaluation of(
      ChurnScorer scorer, CustomerSummaries population, boolean[] churned, double threshold) {
    Objects.requireNonNull(scorer, "scorer must not be null");
    return of(scorer.name(), scorer.probabilities(population), churned, threshold);
  }

  /** Churners per customer. */
  public double baseRate() {
    return (double) churners / customers;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s on %d customers (%d churned, %.1f%%): AUC %.3f, Brier %.4f%n  %s%n  %s%n  calibration:%n",
                scorer,
                customers,
                churners,
                100 * baseRate(),
                auc,
                brier,
                atThreshold,
                topDecile));
    calibration.forEach(b -> sb.append("    ").append(b).append(System.lineSeparator()));
    return sb.toString();
  }
}
