package io.crmkit.core.stat;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The median of a sample of numbers, crmkit's one definition: the middle value of the sorted
 * sample, or the mean of the two middle values when the sample has an even size (the 50th
 * percentile of the "R-7" rule, as {@link io.crmkit.core.service.DurationStatistics#median()} uses
 * for durations). The unit of the result is the unit of the values. NaN values are refused.
 *
 * @since 0.1
 */
public final class Median {

  private Median() {}

  /**
   * The median of {@code values} (left unchanged); empty when there are none.
   *
   * @param values the sample, in any order; none may be NaN
   * @return the median, in the unit of the values
   * @throws IllegalArgumentException if a value is NaN
   */
  public static OptionalDouble of(double... values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return ofSorted(copy, 0, copy.length);
  }

  /**
   * The median of {@code sorted[from..to)}, which must be sorted ascending; empty when the range is
   * empty. This is the allocation-free form for hot paths.
   *
   * @param sorted values sorted ascending in the range; none may be NaN
   * @param from first index of the range, inclusive
   * @param to last index of the range, exclusive
   * @return the median of the range, in the unit of the values
   * @throws IllegalArgumentException if the range is outside the array or holds a NaN
   */
  public static OptionalDouble ofSorted(double[] sorted, int from, int to) {
    if (from < 0 || to > sorted.length || from > to) {
      throw new IllegalArgumentException(
          "range must satisfy 0 <= from <= to <= "
              + sorted.length
              + " but was: ["
              + from
              + ", "
              + to
              + ")");
    }
    int n = to - from;
    if (n == 0) {
      return OptionalDouble.empty();
    }
    if (Double.isNaN(sorted[to - 1]) || Double.isNaN(sorted[from])) {
      throw new IllegalArgumentException("values must not be NaN but the sample holds NaN");
    }
    int mid = from + n / 2;
    return OptionalDouble.of(
        n % 2 == 1 ? sorted[mid] : sorted[mid - 1] + (sorted[mid] - sorted[mid - 1]) / 2);
  }
}
