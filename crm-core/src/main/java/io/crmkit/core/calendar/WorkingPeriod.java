package io.crmkit.core.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of working hours within a day, local time, from {@code start} (inclusive) to {@code
 * end} (exclusive), whole seconds. An {@code end} of {@link LocalTime#MIDNIGHT} means the end of
 * the day (24:00), so {@code WorkingPeriod.of("00:00", "00:00")} is the whole day.
 *
 * @param start the first working second of the period, local time
 * @param end the first second after the period, local time; midnight for 24:00
 * @since 0.1
 */
public record WorkingPeriod(LocalTime start, LocalTime end) implements Comparable<WorkingPeriod> {

  /**
   * A working period.
   *
   * @throws IllegalArgumentException if a time has a fraction of a second, or {@code end} is not
   *     after {@code start} (unless {@code end} is midnight)
   */
  public WorkingPeriod {
    Objects.requireNonNull(start, "start of working period must not be null");
    Objects.requireNonNull(end, "end of working period must not be null");
    if (start.toNanoOfDay() % 1_000_000_000L != 0 || end.toNanoOfDay() % 1_000_000_000L != 0) {
      throw new IllegalArgumentException(
          "working period must be in whole seconds but was: " + start + "-" + end);
    }
    if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
      throw new IllegalArgumentException(
          "end of working period must be after its start "
              + start
              + " (or 00:00 for the end of the day) but was: "
              + end);
    }
  }

  /**
   * The period from {@code start} to {@code end}, e.g. {@code of("09:00", "17:30")}; {@code
   * "00:00"} or {@code "24:00"} as end means the end of the day.
   */
  public static WorkingPeriod of(String start, String end) {
    return new WorkingPeriod(
        LocalTime.parse(start), "24:00".equals(end) ? LocalTime.MIDNIGHT : LocalTime.parse(end));
  }

  /** The period from {@code start} to {@code end}. */
  public static WorkingPeriod of(LocalTime start, LocalTime end) {
    return new WorkingPeriod(start, end);
  }

  /** The whole day, 00:00 to 24:00. */
  public static WorkingPeriod wholeDay() {
    return new WorkingPeriod(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
  }

  /** Whether the period runs to the end of the day. */
  public boolean endsAtMidnight() {
    return end.equals(LocalTime.MIDNIGHT);
  }

  /** The seconds of the period on a day without a clock change. */
  public long nominalSeconds() {
    return (endsAtMidnight() ? 86_400L : (long) end.toSecondOfDay()) - start.toSecondOfDay();
  }

  /** Whether this period and {@code other} share a second. */
  public boolean overlaps(WorkingPeriod other) {
    int s1 = start.toSecondOfDay();
    int e1 = endsAtMidnight() ? 86_400 : end.toSecondOfDay();
    int s2 = other.start.toSecondOfDay();
    int e2 = other.endsAtMidnight() ? 86_400 : other.end.toSecondOfDay();
    return s1 < e2 && s2 < e1;
  }

  @Override
  public int compareTo(WorkingPeriod other) {
    return start.compareTo(other.start);
  }

  /** For example {@code "09:00-17:30"}, {@code "00:00-24:00"}. */
  @Override
  public String toString() {
    return start + "-" + (endsAtMidnight() ? "24:00" : end.toString());
  }
}
