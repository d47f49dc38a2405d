package io.crmkit.core.summary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How transactions become customer summaries.
 *
 * <ul>
 *   <li>{@code zone}: the time zone in which instants become local dates (never the JVM default);
 *   <li>{@code unit}: the unit of recency, T and holdout duration;
 *   <li>{@code purchasePeriod}: purchases of one customer within one period count as one;
 *   <li>{@code calibrationEnd}: the last local date of the calibration (observation) period,
 *       inclusive;
 *   <li>{@code holdoutEnd}: when present, the last local date of a holdout period that starts the
 *       day after {@code calibrationEnd}; transactions after it are left out and counted.
 * </ul>
 *
 * <p>Start from {@link #of(ZoneId, TimeScale, LocalDate)} and change parts with the {@code with...}
 * methods.
 *
 * @since 0.1
 */
public final class SummaryOptions {

  private final ZoneId zone;
  private final TimeScale unit;
  private final PurchasePeriod purchasePeriod;
  private final LocalDate calibrationEnd;
  private final Optional<LocalDate> holdoutEnd;

  /**
   * Checks no component is null and the holdout end, when present, is after the calibration end.
   */
  private SummaryOptions(
      ZoneId zone,
      TimeScale unit,
      PurchasePeriod purchasePeriod,
      LocalDate calibrationEnd,
      Optional<LocalDate> holdoutEnd) {
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    Objects.requireNonNull(purchasePeriod, "purchasePeriod must not be null");
    Objects.requireNonNull(calibrationEnd, "calibrationEnd must not be null");
    if (holdoutEnd.isPresent() && !holdoutEnd.get().isAfter(calibrationEnd)) {
      throw new IllegalArgumentException(
          "holdoutEnd must be after calibrationEnd "
              + calibrationEnd
              + " but was: "
              + holdoutEnd.get());
    }
    this.zone = zone;
    this.unit = unit;
    this.purchasePeriod = purchasePeriod;
    this.calibrationEnd = calibrationEnd;
    this.holdoutEnd = holdoutEnd;
  }

  /** Daily purchase periods, no holdout: the observation ends at {@code observationEnd}. */
  public static SummaryOptions of(ZoneId zone, TimeScale unit, LocalDate observationEnd) {
    return new SummaryOptions(zone, unit, PurchasePeriod.DAY, observationEnd, Optional.empty());
  }

  /** The time zone in which instants become local dates. */
  public ZoneId zone() {
    return zone;
  }

  /** The unit of recency, T and holdout duration. */
  public TimeScale unit() {
    return unit;
  }

  /** The period within which the purchases of one customer count as one. */
  public PurchasePeriod purchasePeriod() {
    return purchasePeriod;
  }

  /** The last local date of the calibration (observation) period, inclusive. */
  public LocalDate calibrationEnd() {
    return calibrationEnd;
  }

  /** The last local date of the holdout period, inclusive; empty when there is no holdout. */
  public Optional<LocalDate> holdoutEnd() {
    return holdoutEnd;
  }

  /**
   * The same options with a holdout period from the day after the calibration end to {@code
   * holdoutEnd}.
   *
   * @throws IllegalArgumentException if {@code holdoutEnd} is not after the calibration end
   */
  public SummaryOptions withHoldoutUntil(LocalDate holdoutEnd) {
    return new SummaryOptions(
        zone,
        unit,
        purchasePeriod,
        calibrationEnd,
        Optional.of(Objects.requireNonNull(holdoutEnd, "holdoutEnd must not be null")));
  }

  /** The same options without a holdout period. */
  public SummaryOptions withoutHoldout() {
    return new SummaryOptions(zone, unit, purchasePeriod, calibrationEnd, Optional.empty());
  }

  /** These options with purchases merged per {@code period} instead. */
  public SummaryOptions withPurchasePeriod(PurchasePeriod period) {
    return new SummaryOptions(zone, unit, period, calibrationEnd, holdoutEnd);
  }

  /** These options with recency, age and holdout length measured in {@code newUnit} instead. */
  public SummaryOptions withUnit(TimeScale newUnit) {
    return new SummaryOptions(zone, newUnit, purchasePeriod, calibrationEnd, holdoutEnd);
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SummaryOptions s
        && zone.equals(s.zone)
        && unit.equals(s.unit)
        && purchasePeriod.equals(s.purchasePeriod)
        && calibrationEnd.equals(s.calibrationEnd)
        && holdoutEnd.equals(s.holdoutEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, unit, purchasePeriod, calibrationEnd, holdoutEnd);
  }

  /**
   * For example {@code "SummaryOptions[zone=UTC, unit=..., purchasePeriod=..., calibrationEnd=
   * 2024-06-30, holdoutEnd=Optional.empty]"}.
   */
  @Override
  public String toString() {
    return "SummaryOptions[zone="
        + zone
        + ", unit="
        + unit
        + ", purchasePeriod="
        + purchasePeriod
        + ", calibrationEnd="
        + calibrationEnd
        + ", holdoutEnd="
        + holdoutEnd
        + "]";
  }
}
