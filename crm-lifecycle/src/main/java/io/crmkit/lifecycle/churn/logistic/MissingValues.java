package io.crmkit.lifecycle.churn.logistic;

/**
 * What a missing feature value ({@code NaN} in a {@link DesignMatrix}) means to the logistic model.
 * There is no silent default: the fitter is configured with one of these.
 *
 * @since 0.1
 */
public enum MissingValues {
  /** A missing value is an error naming the column and the row. */
  REJECT,
  /**
   * A missing value is replaced by the column's mean over the rows where it is present
   * (standardised value 0, so it contributes nothing); pair with an explicit indicator column (e.g.
   * {@code has_nps}) when absence itself may predict churn.
   */
  IMPUTE_MEAN
}
