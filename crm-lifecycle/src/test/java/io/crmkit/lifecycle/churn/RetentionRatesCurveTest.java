package io.crmkit.lifecycle.churn;

class RetentionRatesCurveTest extends RetentionCurveContract {
  @Override
  protected RetentionCurve curve() {
    return RetentionCurve.ofRetentionRates(t -> 0.5 + 0.45 * (1 - Math.exp(-t / 4.0)));
  }
}
