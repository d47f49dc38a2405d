package io.crmkit.testing.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.churn.RetentionCurve;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link RetentionCurve}: S(0) = 1, S in [0, 1] and non-increasing over periods 0
 * to 60, the probability of not renewing in [0, 1]. Extend it in a test and implement {@link
 * #curve()}.
 *
 * @since 0.1
 */
public abstract class RetentionCurveContract {

  /** For subclasses. */
  protected RetentionCurveContract() {}

  /** Returns the curve under test. */
  protected abstract RetentionCurve curve();

  @Test
  void everyone_is_a_customer_at_sign_up() {
    assertThat(curve().survival(0)).isEqualTo(1.0);
  }

  @Test
  void survival_never_increases_and_stays_in_the_unit_interval() {
    double previous = 1;
    for (int t = 0; t <= 60; t++) {
      double s = curve().survival(t);
      assertThat(s).isBetween(0.0, previous);
      previous = s;
    }
  }

  @Test
  void probability_of_not_renewing_is_in_the_unit_interval() {
    for (int t = 0; t <= 60; t++) {
      assertThat(curve().probabilityNotRenewing(t)).isBetween(0.0, 1.0);
    }
  }
}
