package io.crmkit.loyalty.simulation;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How to replay: the {@code zone} whose calendar months the report uses, how members redeem, and
 * optionally the last month to report (to see expiries after the history ends; by default the month
 * of the last transaction).
 *
 * @since 0.1
 */
public record SimulationOptions(ZoneId zone, RedemptionBehaviour redemption, Optional<YearMonth> until) {

  /** Checks no component is null. */
  public SimulationOptions {
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(redemption, "redemption must not be null");
    Objects.requireNonNull(until, "until must not be null (use Optional.empty())");
  }

  /** Months in {@code zone}, members redeeming as {@code redemption}, up to the last transaction's month. */
  public static SimulationOptions of(ZoneId zone, RedemptionBehaviour redemption) {
    return new SimulationOptions(zone, redemption, Optional.empty());
  }

  /** The same options reporting up to {@code month}. */
  public SimulationOptions until(YearMonth month) {
    return new SimulationOptions(zone, redemption, Optional.of(month));
  }
}
