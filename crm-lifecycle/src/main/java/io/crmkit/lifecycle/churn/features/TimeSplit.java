package io.crmkit.lifecycle.churn.features;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.core.transaction.Transaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A time-based split for honest churn evaluation: features from everything up to and including the
 * local date {@code cutoff}, and the label of each customer who bought by then: churned = no
 * purchase in the window from the day after {@code cutoff} to {@code labelEnd} (inclusive). Dates
 * are local to {@code zone}.
 *
 * @since 0.1
 */
public record TimeSplit(ZoneId zone, LocalDate cutoff, LocalDate labelEnd) {

  /** Checks the zone, cutoff and label end are not null and the label end is after the cutoff. */
  public TimeSplit {
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(cutoff, "cutoff must not be null");
    Objects.requireNonNull(labelEnd, "labelEnd must not be null");
    if (!labelEnd.isAfter(cutoff)) {
      throw new IllegalArgumentException(
          "labelEnd must be after cutoff " + cutoff + " but was: " + labelEnd);
    }
  }

  /** Features up to {@code cutoff} (inclusive), label window {@code (cutoff, labelEnd]}. */
  public static TimeSplit at(ZoneId zone, LocalDate cutoff, LocalDate labelEnd) {
    return new TimeSplit(zone, cutoff, labelEnd);
  }

  /**
   * The first instant after the feature period: the start of the day after {@code cutoff} in the
   * zone.
   */
  public Instant featureEnd() {
    return cutoff.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * Summary options: calibration to {@code cutoff}, holdout to {@code labelEnd}, daily purchase
   * periods.
   */
  public SummaryOptions options(TimeScale unit) {
    return SummaryOptions.of(zone, unit, cutoff).withHoldoutUntil(labelEnd);
  }

  /** Summaries of the customers who bought by the cut-off, with the label window as holdout. */
  public CustomerSummaries summaries(TransactionColumns transactions, TimeScale unit) {
    return CustomerSummaries.of(transactions, options(unit));
  }

  /**
   * The per-customer summaries of {@code transactions} up to the cutoff, with times measured in
   * {@code unit}.
   */
  public CustomerSummaries summaries(Iterable<Transaction> transactions, TimeScale unit) {
    return CustomerSummaries.of(transactions, options(unit));
  }

  /** The label of every row: true = churned (no purchase in the label window). */
  public static boolean[] labels(CustomerSummaries summaries) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    if (!summaries.hasHoldout()) {
      throw new IllegalArgumentException(
          "summaries must have a holdout period (the label window) but had none");
    }
    int[] holdout = summaries.holdoutFrequencies();
    boolean[] churned = new boolean[holdout.length];
    for (int i = 0; i < churned.length; i++) {
      churned[i] = holdout[i] == 0;
    }
    return churned;
  }

  @Override
  public String toString() {
    return "TimeSplit[features to "
        + cutoff
        + ", churn = no purchase "
        + cutoff.plusDays(1)
        + ".."
        + labelEnd
        + " ("
        + zone
        + ")]";
  }
}
