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
 * @since 0.1
 */
public record SummaryOptions(
    ZoneId zone,
    TimeScale unit,
    PurchasePeriod purchasePeriod,
    LocalDate calibrationEnd,
    Optional<LocalDate> holdoutEnd) {

  /**
   * Checks no component is null and the holdout end, when present, is after the calibration end.
   */
  public SummaryOptions {
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    Objects.requireNonNull(purchasePeriod, "purchasePeriod must not be null");
    Objects.requireNonNull(calibrationEnd, "calibrationEnd must not be null");
    Objects.requireNonNull(holdoutEnd, "holdoutEnd must not be null (use Optional.empty())");
    if (holdoutEnd.isPresent() && !holdoutEnd.get().isAfter(calibrationEnd)) {
      throw new IllegalArgumentException(
          "holdoutEnd must be after calibrationEnd "
              + calibrationEnd
              + " but was: "
              + holdoutEnd.get());
    }
  }

  /** Daily purchase periods, no holdout: the observation ends at {@code observationEnd}. */
  public static SummaryOptions of(ZoneId zone, TimeScale unit, LocalDate observationEnd) {
    return new SummaryOptions(zone, unit, PurchasePeriod.DAY, observationEnd, Optional.empty());
  }

  /**
   * The same options with a holdout period from the day after the calibration end to {@code
   * holdoutEnd}.
   */
  public SummaryOptions withHoldoutUntil(LocalDate holdoutEnd) {
    return new SummaryOptions(zone, unit, purchasePeriod, calibrationEnd, Optional.of(holdoutEnd));
  }

  /** These options with purchases merged per {@code period} instead. */
  public SummaryOptions withPurchasePeriod(PurchasePeriod period) {
    return new SummaryOptions(zone, unit, period, calibrationEnd, holdoutEnd);
  }

  /** These options with recency, age and holdout length measured in {@code newUnit} instead. */
  public SummaryOptions withUnit(TimeScale newUnit) {
    return new SummaryOptions(zone, newUnit, purchasePeriod, calibrationEnd, holdoutEnd);
  }
}
