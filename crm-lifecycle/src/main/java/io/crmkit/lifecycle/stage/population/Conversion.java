package io.crmkit.lifecycle.stage.population;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The measured conversion of a {@link ConversionRule} for a cohort: {@code entered} subjects
 * entered the rule's from-stage in the cohort period, {@code converted} of them reached a target by
 * the as-of instant; {@code rate} = converted / entered in [0, 1] (0 when none entered), and {@code
 * medianTimeToConvert} the median time from entering to first reaching a target among the converted
 * (mean of the two middle values for an even count; empty when none converted).
 *
 * @since 0.1
 */
public final class Conversion {

  private final ConversionRule rule;
  private final long entered;
  private final long converted;
  private final double rate;
  private final Optional<Duration> medianTimeToConvert;

  /**
   * Checks the rule is not null, {@code 0 <= converted <= entered} (counts of customers), the rate
   * in [0, 1] and the median time not null.
   */
  Conversion(
      ConversionRule rule,
      long entered,
      long converted,
      double rate,
      Optional<Duration> medianTimeToConvert) {
    Objects.requireNonNull(rule, "rule must not be null");
    if (entered < 0 || converted < 0 || converted > entered) {
      throw new IllegalArgumentException(
          "converted must be in [0, entered] with entered >= 0 but entered was: "
              + entered
              + " and converted: "
              + converted);
    }
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be in [0, 1] but was: " + rate);
    }
    Objects.requireNonNull(
        medianTimeToConvert, "medianTimeToConvert must not be null (use Optional.empty())");
    this.rule = rule;
    this.entered = entered;
    this.converted = converted;
    this.rate = rate;
    this.medianTimeToConvert = medianTimeToConvert;
  }

  /** The conversion rule measured. */
  public ConversionRule rule() {
    return rule;
  }

  /** Subjects that entered the rule's from-stage in the cohort period (a count). */
  public long entered() {
    return entered;
  }

  /** Subjects of those that reached a target by the as-of instant (a count). */
  public long converted() {
    return converted;
  }

  /** Converted / entered in [0, 1]; 0 when none entered. */
  public double rate() {
    return rate;
  }

  /**
   * The median time from entering to first reaching a target among the converted; empty when none
   * converted.
   */
  public Optional<Duration> medianTimeToConvert() {
    return medianTimeToConvert;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Conversion that
        && rule.equals(that.rule)
        && entered == that.entered
        && converted == that.converted
        && Double.compare(rate, that.rate) == 0
        && medianTimeToConvert.equals(that.medianTimeToConvert);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, entered, converted, rate, medianTimeToConvert);
  }

  /** For example {@code "prospect -> first purchase: 3 of 4 (75.0%), median 12 days"}. */
  @Override
  public String toString() {
    return rule.name()
        + ": "
        + converted
        + " of "
        + entered
        + String.format(Locale.ROOT, " (%.1f%%)", rate * 100)
        + medianTimeToConvert
            .map(d -> ", median " + (d.toHours() % 24 == 0 ? d.toDays() + " days" : d.toString()))
            .orElse("");
  }
}
