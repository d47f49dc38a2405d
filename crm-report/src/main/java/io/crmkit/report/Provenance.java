package io.crmkit.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the numbers of a report come from: the data file, its rows and customers, the calibration
 * and holdout periods, the time unit and the crmkit version.
 *
 * @since 0.1
 */
public final class Provenance {
  private final String file;
  private final long rows;
  private final long customers;
  private final Optional<LocalDate> firstPurchase;
  private final LocalDate calibrationEnd;
  private final Optional<LocalDate> holdoutEnd;
  private final String timeUnit;
  private final String version;

  /** Checks the fields. */
  Provenance(
      String file,
      long rows,
      long customers,
      Optional<LocalDate> firstPurchase,
      LocalDate calibrationEnd,
      Optional<LocalDate> holdoutEnd,
      String timeUnit,
      String version) {
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
    this.file = file;
    this.rows = rows;
    this.customers = customers;
    this.firstPurchase = firstPurchase;
    this.calibrationEnd = calibrationEnd;
    this.holdoutEnd = holdoutEnd;
    this.timeUnit = timeUnit;
    this.version = version;
  }

  /**
   * The provenance of a report without a known first purchase day and without a holdout period; add
   * them with {@link #withFirstPurchase} and {@link #withHoldoutEnd}.
   *
   * @param file the data file's name
   * @param rows transaction rows read (at least 0)
   * @param customers customers summarised (at least 0)
   * @param calibrationEnd the last day of the calibration period
   * @param timeUnit the models' time unit ("weeks", "days")
   * @param version the crmkit version ({@link Charts#version()})
   * @throws IllegalArgumentException if a text is blank or a count negative
   */
  public static Provenance of(
      String file,
      long rows,
      long customers,
      LocalDate calibrationEnd,
      String timeUnit,
      String version) {
    return new Provenance(
        file,
        rows,
        customers,
        Optional.empty(),
        calibrationEnd,
        Optional.empty(),
        timeUnit,
        version);
  }

  /** The same with {@code day} as the earliest purchase day. */
  public Provenance withFirstPurchase(LocalDate day) {
    return new Provenance(
        file,
        rows,
        customers,
        Optional.of(Objects.requireNonNull(day, "firstPurchase must not be null")),
        calibrationEnd,
        holdoutEnd,
        timeUnit,
        version);
  }

  /**
   * The same with a holdout period ending on {@code day}.
   *
   * @throws IllegalArgumentException if {@code day} is not after the calibration end
   */
  public Provenance withHoldoutEnd(LocalDate day) {
    return new Provenance(
        file,
        rows,
        customers,
        firstPurchase,
        calibrationEnd,
        Optional.of(Objects.requireNonNull(day, "holdoutEnd must not be null")),
        timeUnit,
        version);
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

  /** Returns the data file's name. */
  public String file() {
    return file;
  }

  /** Returns transaction rows read. */
  public long rows() {
    return rows;
  }

  /** Returns customers summarised. */
  public long customers() {
    return customers;
  }

  /** Returns the earliest purchase day. */
  public Optional<LocalDate> firstPurchase() {
    return firstPurchase;
  }

  /** Returns the last day of the calibration period. */
  public LocalDate calibrationEnd() {
    return calibrationEnd;
  }

  /** Returns the last day of the holdout period, when there is one. */
  public Optional<LocalDate> holdoutEnd() {
    return holdoutEnd;
  }

  /** Returns the models' time unit ("weeks", "days"). */
  public String timeUnit() {
    return timeUnit;
  }

  /** Returns the crmkit version ({@link Charts#version()}). */
  public String version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Provenance o
        && Objects.equals(file, o.file)
        && rows == o.rows
        && customers == o.customers
        && Objects.equals(firstPurchase, o.firstPurchase)
        && Objects.equals(calibrationEnd, o.calibrationEnd)
        && Objects.equals(holdoutEnd, o.holdoutEnd)
        && Objects.equals(timeUnit, o.timeUnit)
        && Objects.equals(version, o.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        file, rows, customers, firstPurchase, calibrationEnd, holdoutEnd, timeUnit, version);
  }
}
