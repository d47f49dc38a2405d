package io.crmkit.service.sla;

import io.crmkit.core.service.DurationStatistics;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * SLA attainment of a group of tickets (one agent, one channel, one period): how many met and
 * missed each target, and the business-time figures of the completed ones.
 *
 * <p>A metric counts as met when completed within target; as missed when completed late or still
 * open beyond target (breached); a metric still open within target counts in neither. Rates are
 * percentages of met among met plus missed.
 *
 * @param tickets the tickets in the group
 * @param firstResponseMet first responses within target
 * @param firstResponseMissed first responses late or overdue
 * @param resolutionMet resolutions within target
 * @param resolutionMissed resolutions late or overdue
 * @param firstResponseTimes business time to the first response of the answered tickets
 * @param resolutionTimes business time to the resolution (pauses excluded) of the resolved tickets
 * @since 0.1
 */
public record Attainment(
    int tickets,
    int firstResponseMet,
    int firstResponseMissed,
    int resolutionMet,
    int resolutionMissed,
    DurationStatistics firstResponseTimes,
    DurationStatistics resolutionTimes) {

  /** An attainment. */
  public Attainment {
    if (tickets < 0
        || firstResponseMet < 0
        || firstResponseMissed < 0
        || resolutionMet < 0
        || resolutionMissed < 0) {
      throw new IllegalArgumentException(
          "counts of attainment must not be negative but were: "
              + tickets
              + ", "
              + firstResponseMet
              + ", "
              + firstResponseMissed
              + ", "
              + resolutionMet
              + ", "
              + resolutionMissed);
    }
    Objects.requireNonNull(firstResponseTimes, "firstResponseTimes must not be null");
    Objects.requireNonNull(resolutionTimes, "resolutionTimes must not be null");
  }

  /** Percent of first responses within target among those decided; empty when none is. */
  public OptionalDouble firstResponseRate() {
    return rate(firstResponseMet, firstResponseMissed);
  }

  /** Percent of resolutions within target among those decided; empty when none is. */
  public OptionalDouble resolutionRate() {
    return rate(resolutionMet, resolutionMissed);
  }

  private static OptionalDouble rate(int met, int missed) {
    int n = met + missed;
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * met / n);
  }

  /**
   * For example {@code "Attainment[12 tickets, first response 9/10 (90.0%), resolution 7/8 (87.5%),
   * median resolution PT5H]"}.
   */
  @Override
  public String toString() {
    return "Attainment["
        + tickets
        + " tickets, first response "
        + part(firstResponseMet, firstResponseMissed)
        + ", resolution "
        + part(resolutionMet, resolutionMissed)
        + resolutionTimes.median().map(d -> ", median resolution " + d).orElse("")
        + "]";
  }

  private static String part(int met, int missed) {
    OptionalDouble r = rate(met, missed);
    return met
        + "/"
        + (met + missed)
        + (r.isPresent() ? String.format(Locale.ROOT, " (%.1f%%)", r.getAsDouble()) : "");
  }
}
