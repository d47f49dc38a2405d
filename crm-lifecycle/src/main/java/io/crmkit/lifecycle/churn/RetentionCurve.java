package io.crmkit.lifecycle.churn;

import java.util.Objects;
import java.util.function.IntToDoubleFunction;

/**
 * A contractual retention curve: {@code S(t)}, the probability that a customer who signed up at
 * period 0 is still a customer after {@code t} renewal periods ({@code S(0) = 1}, non-increasing).
 * Any fitted retention model (e.g. shifted-beta-geometric) gives one as a method reference.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface RetentionCurve {

  /** S(t) in [0, 1] for {@code t ≥ 0} whole periods. */
  double survival(int periods);

  /**
   * The probability that a customer who has completed {@code periods} periods does not renew at the
   * next one: {@code 1 − S(t+1) / S(t)} (1 when S(t) = 0).
   *
   * @throws IllegalStateException when the curve is outside [0, 1] or increases
   */
  default double probabilityNotRenewing(int periods) {
    if (periods < 0) {
      throw new IllegalArgumentException("periods must not be negative but was: " + periods);
    }
    double now = survival(periods);
    double next = survival(periods + 1);
    if (!(now >= 0 && now <= 1) || !(next >= 0 && next <= now)) {
      throw new IllegalStateException(
          "retention curve must be in [0, 1] and non-increasing but S("
              + periods
              + ") = "
              + now
              + " and S("
              + (periods + 1)
              + ") = "
              + next);
    }
    return now == 0 ? 1.0 : 1.0 - next / now;
  }

  /** A curve from a survival function (e.g. {@code model::survival}). */
  static RetentionCurve ofSurvival(IntToDoubleFunction survival) {
    Objects.requireNonNull(survival, "survival must not be null");
    return survival::applyAsDouble;
  }

  /**
   * A curve from per-period retention rates: {@code rate(t)} is the probability of renewing at the
   * end of period {@code t} (t ≥ 1) given active until then; {@code S(t) = Π_{u ≤ t} rate(u)}.
   */
  static RetentionCurve ofRetentionRates(IntToDoubleFunction rate) {
    Objects.requireNonNull(rate, "rate must not be null");
    return t -> {
      double s = 1;
      for (int u = 1; u <= t; u++) {
        double r = rate.applyAsDouble(u);
        if (!(r >= 0 && r <= 1)) {
          throw new IllegalStateException(
              "retention rate of period " + u + " must be in [0, 1] but was: " + r);
        }
        s *= r;
      }
      return s;
    };
  }
}
