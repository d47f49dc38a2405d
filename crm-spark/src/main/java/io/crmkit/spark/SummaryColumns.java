package io.crmkit.spark;

/**
 * The column names of the summaries {@link SparkSummaries} produces, as crm-core's summary files
 * name them ({@code id, frequency, recency, T, monetary_value}, plus {@code frequency_holdout,
 * duration_holdout} with a holdout period). Times are in the summary's unit, money in units of the
 * transactions' currency.
 *
 * @since 0.1
 */
public final class SummaryColumns {

  /** The customer id: a string, or a long when the input ids are integral. */
  public static final String ID = "id";

  /** x: repeat purchase periods in calibration (int). */
  public static final String FREQUENCY = "frequency";

  /** t_x: first to last purchase period, in the unit (double). */
  public static final String RECENCY = "recency";

  /** T: first purchase period to the calibration end, in the unit (double). */
  public static final String T = "T";

  /** z̄: mean value of the repeat purchase periods, 0 when x is 0 (double). */
  public static final String MONETARY_VALUE = "monetary_value";

  /** Calibration purchases less refunds (double). */
  public static final String TOTAL_SPEND = "total_spend";

  /** Purchase transactions in calibration, before same-period merging (int). */
  public static final String TRANSACTION_COUNT = "transaction_count";

  /** Local date of the first purchase (date). */
  public static final String FIRST_PURCHASE = "first_purchase";

  /** Local date of the last calibration purchase (date). */
  public static final String LAST_PURCHASE = "last_purchase";

  /** Purchase periods in the holdout period (int), with a holdout only. */
  public static final String FREQUENCY_HOLDOUT = "frequency_holdout";

  /** Length of the holdout period in the unit (double), with a holdout only. */
  public static final String DURATION_HOLDOUT = "duration_holdout";

  private SummaryColumns() {}
}
