package io.crmkit.lifecycle.churn;

class SbgRetentionCurveTest extends RetentionCurveContract {
  @Override
  protected RetentionCurve curve() {
    return ContractualChurnScorerTest.SBG;
  }
}
