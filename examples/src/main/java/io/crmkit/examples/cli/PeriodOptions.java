package io.crmkit.examples.cli;

import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The summary period options shared by the commands that summarise a transactions file: the time
 * unit, the calibration end and an optional holdout end, checked in one place.
 */
final class PeriodOptions {

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      defaultValue = "weeks",
      description = "days or weeks (default).")
  String unit;

  @Option(
      names = "--calibration-end",
      paramLabel = "DATE",
      required = true,
      description = "Last day of the calibration period (yyyy-MM-dd).")
  LocalDate calibrationEnd;

  @Option(
      names = "--observation-end",
      paramLabel = "DATE",
      description =
          "Last day of a holdout period after the calibration end (adds the holdout columns and chart).")
  Optional<LocalDate> observationEnd = Optional.empty();

  /** The time unit. */
  TimeScale scale() {
    return SummaryCommand.unit(unit);
  }

  /** The holdout end, checked to come after the calibration end. */
  Optional<LocalDate> holdoutEnd() {
    if (observationEnd.isPresent() && !observationEnd.get().isAfter(calibrationEnd)) {
      throw new CliErrors.UsageException(
          "--observation-end "
              + observationEnd.get()
              + " must be after --calibration-end "
              + calibrationEnd);
    }
    return observationEnd;
  }

  /** The summary options in {@code zone}. */
  SummaryOptions summaryOptions(ZoneId zone) {
    SummaryOptions options = SummaryOptions.of(zone, scale(), calibrationEnd);
    Optional<LocalDate> end = holdoutEnd();
    return end.isPresent() ? options.withHoldoutUntil(end.get()) : options;
  }
}
