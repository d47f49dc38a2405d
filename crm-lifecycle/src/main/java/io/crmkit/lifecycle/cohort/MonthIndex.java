package io.crmkit.lifecycle.cohort;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Calendar months from a first to a last month in one zone, as epoch-second boundaries; month of an
 * instant by binary search.
 */
final class MonthIndex {

  private final long[]
      starts; // starts[i] = first second of month i; starts[count] = end of the last month

  MonthIndex(YearMonth first, YearMonth last, ZoneId zone) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "lastMonth must not be before the first purchase's month " + first + " but was: " + last);
    }
    int count = Math.toIntExact(first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    starts = new long[count + 1];
    for (int i = 0; i <= count; i++) {
      starts[i] = first.plusMonths(i).atDay(1).atStartOfDay(zone).toEpochSecond();
    }
  }

  int count() {
    return starts.length - 1;
  }

  /** The month index of {@code epochSecond}, which must lie within the months. */
  int indexOf(long epochSecond) {
    int i = Arrays.binarySearch(starts, epochSecond);
    int month = i >= 0 ? i : -i - 2;
    if (month < 0 || month >= count()) {
      throw new IllegalArgumentException("epoch second " + epochSecond + " is outside the months");
    }
    return month;
  }
}
