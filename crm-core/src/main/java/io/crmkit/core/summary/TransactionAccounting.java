package io.crmkit.core.summary;

/**
 * Where every input transaction of a summary went, so that none is lost without a trace. The five
 * counts add up to the number of input rows ({@link #total()}).
 *
 * @param calibrationPurchases purchases within the calibration period, of summarised customers
 * @param holdoutPurchases purchases within the holdout period, of summarised customers
 * @param refunds refunds up to the end of observation (they lower total spend in calibration)
 * @param afterObservationEnd transactions after the calibration end, or after the holdout end when
 *     there is a holdout period; not used
 * @param ofCustomersWithoutCalibrationPurchase holdout purchases of customers whose first purchase
 *     came after the calibration end; such customers have no summary row
 * @since 0.1
 */
public record TransactionAccounting(
    long calibrationPurchases,
    long holdoutPurchases,
    long refunds,
    long afterObservationEnd,
    long ofCustomersWithoutCalibrationPurchase) {

  /** Checks every count (of transactions) is not negative. */
  public TransactionAccounting {
    if (calibrationPurchases < 0
        || holdoutPurchases < 0
        || refunds < 0
        || afterObservationEnd < 0
        || ofCustomersWithoutCalibrationPurchase < 0) {
      throw new IllegalArgumentException(
          "transaction counts must not be negative: "
              + calibrationPurchases
              + ", "
              + holdoutPurchases
              + ", "
              + refunds
              + ", "
              + afterObservationEnd
              + ", "
              + ofCustomersWithoutCalibrationPurchase);
    }
  }

  /** The number of input transactions accounted for. */
  public long total() {
    return calibrationPurchases
        + holdoutPurchases
        + refunds
        + afterObservationEnd
        + ofCustomersWithoutCalibrationPurchase;
  }
}
