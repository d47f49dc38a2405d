package io.crmkit.testing.lifecycle;

import io.crmkit.lifecycle.churn.RetentionCurve;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Nested;

/** crmkit's own retention curves meet the contract. */
class BuiltInRetentionCurvesContractTest {

  @Nested
  class ShiftedBetaGeometric extends RetentionCurveContract {
    @Override
    protected RetentionCurve curve() {
      // sBG(0.668, 3.806), Fader & Hardie's "regular" customers: S(t) = B(α, β + t) / B(α, β)
      return t -> Math.exp(Beta.logBeta(0.668, 3.806 + t) - Beta.logBeta(0.668, 3.806));
    }
  }

  @Nested
  class FromRetentionRates extends RetentionCurveContract {
    @Override
    protected RetentionCurve curve() {
      return RetentionCurve.ofRetentionRates(t -> 0.5 + 0.45 * (1 - Math.exp(-t / 4.0)));
    }
  }
}
