package io.crmkit.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the numbers of a report come from: the data file, its rows and customers, the calibration
 * and holdout periods, the time unit and the crmkit version.
 *
 * @param file the data file's name
 * @param rows transaction rows read
 * @param customers customers summarised
 * @param firstPurchase the earliest purchase day
 * @param calibrationEnd the last day of the calibration period
 * @param holdoutEnd the last day of the holdout period, when there is one
 * @param timeUnit the models' time unit ("weeks", "days")
 * @param version the crmkit version ({@link Charts#version()})
 * @since 0.1
 */
public record Provenance(
    String file,
    long rows,
    long customers,
    Optional<LocalDate> firstPurchase,
    LocalDate calibrationEnd,
    Optional<LocalDate> holdoutEnd,
    String timeUnit,
    String version) {

  /** Checks the fields. */
  public Provenance {
    Checks.text("file", file);
    Checks.text("timeUnit", timeUnit);
    Checks.text("version", version);
    Objects.requireNonNull(firstPurchase, "firstPurchase must not be null (Optional.empty())");
    Objects.requireNonNull(calibrationEnd, "calibrationEnd must not be null");
    Objects.requireNonNull(holdoutEnd, "holdoutEnd must not be null (Optional.empty())");
    if (rows < 0 || customers < 0) {
      throw new IllegalArgumentException(
          "rows and customers must not be negative but were " + rows + " and " + customers);
    }
    if (holdoutEnd.isPresent() && !holdoutEnd.get().isAfter(calibrationEnd)) {
      throw new IllegalArgumentException(
          "holdoutEnd must be after calibrationEnd "
              + calibrationEnd
              + " but was "
              + holdoutEnd.get());
    }
  }

  /** The calibration period as text: "1997-01-01 to 1997-09-30" (or "to 1997-09-30"). */
  public String calibration() {
    return firstPurchase.map(d -> d + " to ").orElse("to ") + calibrationEnd;
  }

  /** The holdout period as text: "1997-10-01 to 1998-06-30", or "none". */
  public String holdout() {
    return holdoutEnd.map(h -> calibrationEnd.plusDays(1) + " to " + h).orElse("none");
  }

  @Override
  public String toString() {
    return "Provenance["
        + file
        + ", "
        + Numbers.count(rows)
        + " rows, "
        + Numbers.count(customers)
        + " customers, calibration "
        + calibration()
        + ", holdout "
        + holdout()
        + ", "
        + timeUnit
        + ", crmkit "
        + version
        + "]";
  }
}
