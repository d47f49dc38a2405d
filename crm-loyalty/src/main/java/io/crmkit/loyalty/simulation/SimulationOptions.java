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
public final class SimulationOptions {

  private final ZoneId zone;
  private final RedemptionBehaviour redemption;
  private final YearMonth until; // null: the last transaction's month

  private SimulationOptions(ZoneId zone, RedemptionBehaviour redemption, YearMonth until) {
    this.zone = Objects.requireNonNull(zone, "zone must not be null");
    this.redemption = Objects.requireNonNull(redemption, "redemption must not be null");
    this.until = until;
  }

  /**
   * Months in {@code zone}, members redeeming as {@code redemption}, up to the last transaction's
   * month.
   */
  public static SimulationOptions of(ZoneId zone, RedemptionBehaviour redemption) {
    return new SimulationOptions(zone, redemption, null);
  }

  /** The same options reporting up to {@code month}. */
  public SimulationOptions until(YearMonth month) {
    return new SimulationOptions(
        zone, redemption, Objects.requireNonNull(month, "month must not be null"));
  }

  /** The zone whose calendar months the report uses. */
  public ZoneId zone() {
    return zone;
  }

  /** How members redeem. */
  public RedemptionBehaviour redemption() {
    return redemption;
  }

  /** The last month to report, if set (else the month of the last transaction). */
  public Optional<YearMonth> until() {
    return Optional.ofNullable(until);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SimulationOptions s
        && zone.equals(s.zone)
        && redemption.equals(s.redemption)
        && Objects.equals(until, s.until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, redemption, until);
  }

  @Override
  public String toString() {
    return "months in " + zone + ", " + redemption + (until == null ? "" : ", until " + until);
  }
}
