package io.crmkit.lifecycle.stage;

import io.crmkit.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/** Short-hand events of subject {@code "c1"} at whole days after 2024-01-01T00:00Z. */
public final class Fixtures {

  public static final String C1 = "c1";
  public static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private Fixtures() {}

  public static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  public static LifecycleEvent.InteractionRecorded interaction(String id, int day) {
    return new LifecycleEvent.InteractionRecorded(id, C1, day(day), "inquiry");
  }

  public static LifecycleEvent.Purchase purchase(String id, int day, String amount) {
    return new LifecycleEvent.Purchase(id, C1, day(day), Money.of(amount, "EUR"));
  }

  public static LifecycleEvent.Refund refund(String id, int day, String amount) {
    return new LifecycleEvent.Refund(id, C1, day(day), Money.of(amount, "EUR"));
  }

  public static LifecycleEvent.ReEvaluation reEvaluation(int day) {
    return new LifecycleEvent.ReEvaluation("re-" + day, C1, day(day), OptionalDouble.empty());
  }

  public static LifecycleEvent.ReEvaluation reEvaluation(int day, double churn) {
    return new LifecycleEvent.ReEvaluation("re-" + day, C1, day(day), OptionalDouble.of(churn));
  }

  public static LifecycleEvent.ManualMove move(String id, int day, Stage to, String reason) {
    return new LifecycleEvent.ManualMove(id, C1, day(day), to, reason);
  }
}
