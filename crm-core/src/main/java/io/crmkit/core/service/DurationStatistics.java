package io.crmkit.core.service;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Order statistics of a sample of durations (e.g. the response times of many service requests):
 * count, mean, median, any percentile, minimum, maximum and the share within a target.
 *
 * <p>Percentiles interpolate linearly between the closest ranks (the "R-7" definition used by
 * spreadsheets' {@code PERCENTILE.INC} and NumPy's default): for {@code n} sorted values and
 * percentile {@code p}, the rank is {@code h = (n − 1)·p/100} and the result is {@code x[⌊h⌋] + (h
 * − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])}. Durations are held in nanoseconds, so each must fit in a {@code
 * long} of nanoseconds (about 292 years); results are rounded to the nearest nanosecond. Every
 * statistic of an empty sample is empty.
 *
 * @since 0.1
 */
public final class DurationStatistics {

  private static final DurationStatistics EMPTY = new DurationStatistics(new long[0]);

  private final long[] sortedNanos;

  private DurationStatistics(long[] sortedNanos) {
    this.sortedNanos = sortedNanos;
  }

  /**
   * Statistics of {@code durations} (none negative).
   *
   * @throws IllegalArgumentException if a duration is negative or longer than about 292 years
   */
  public static DurationStatistics of(Iterable<Duration> durations) {
    Objects.requireNonNull(durations, "durations must not be null");
    long[] nanos = new long[16];
    int n = 0;
    for (Duration d : durations) {
      Objects.requireNonNull(d, "durations must not contain null");
      if (d.isNegative()) {
        throw new IllegalArgumentException("durations must not be negative but one was: " + d);
      }
      long value;
      try {
        value = d.toNanos();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            "durations must fit in a long of nanoseconds but one was: " + d, e);
      }
      if (n == nanos.length) {
        nanos = Arrays.copyOf(nanos, n * 2);
      }
      nanos[n++] = value;
    }
    if (n == 0) {
      return EMPTY;
    }
    long[] sorted = Arrays.copyOf(nanos, n);
    Arrays.sort(sorted);
    return new DurationStatistics(sorted);
  }

  /** Statistics of no durations: count 0, every statistic empty. */
  public static DurationStatistics empty() {
    return EMPTY;
  }

  /** The number of durations. */
  public int count() {
    return sortedNanos.length;
  }

  /**
   * The arithmetic mean, rounded to the nearest nanosecond (half up); empty when there are none.
   */
  public Optional<Duration> mean() {
    if (sortedNanos.length == 0) {
      return Optional.empty();
    }
    BigInteger sum = BigInteger.ZERO;
    for (long v : sortedNanos) {
      sum = sum.add(BigInteger.valueOf(v));
    }
    BigInteger n = BigInteger.valueOf(sortedNanos.length);
    BigInteger[] qr = sum.divideAndRemainder(n);
    long mean = qr[0].longValueExact() + (qr[1].shiftLeft(1).compareTo(n) >= 0 ? 1 : 0);
    return Optional.of(Duration.ofNanos(mean));
  }

  /** The median (the 50th percentile); empty when there are none. */
  public Optional<Duration> median() {
    return percentile(50);
  }

  /**
   * The {@code p}-th percentile, {@code 0 <= p <= 100}, interpolated as described in the class
   * comment; empty when there are none.
   */
  public Optional<Duration> percentile(double p) {
    if (!(p >= 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be between 0 and 100 but was: " + p);
    }
    int n = sortedNanos.length;
    if (n == 0) {
      return Optional.empty();
    }
    double h = (n - 1) * p / 100.0;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return Optional.of(Duration.ofNanos(sortedNanos[n - 1]));
    }
    double fraction = h - lo;
    long a = sortedNanos[lo];
    long b = sortedNanos[lo + 1];
    // b - a cannot overflow: both are non-negative longs.
    return Optional.of(Duration.ofNanos(a + Math.round(fraction * (b - a))));
  }

  /** The shortest duration; empty when there are none. */
  public Optional<Duration> min() {
    return sortedNanos.length == 0
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(sortedNanos[0]));
  }

  /** The longest duration; empty when there are none. */
  public Optional<Duration> max() {
    return sortedNanos.length == 0
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(sortedNanos[sortedNanos.length - 1]));
  }

  /**
   * The share (0 to 1) of durations at most {@code target}, e.g. the share of requests answered
   * within a service-level target; empty when there are none.
   */
  public OptionalDouble shareWithin(Duration target) {
    Objects.requireNonNull(target, "target must not be null");
    if (sortedNanos.length == 0) {
      return OptionalDouble.empty();
    }
    long t = target.isNegative() ? -1 : saturatedNanos(target);
    int idx = Arrays.binarySearch(sortedNanos, t);
    int within;
    if (idx >= 0) {
      while (idx + 1 < sortedNanos.length && sortedNanos[idx + 1] == t) {
        idx++;
      }
      within = idx + 1;
    } else {
      within = -idx - 1;
    }
    return OptionalDouble.of((double) within / sortedNanos.length);
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DurationStatistics s && Arrays.equals(sortedNanos, s.sortedNanos);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sortedNanos);
  }

  /**
   * For example {@code "DurationStatistics[n=3, mean=PT2H, median=PT1H, p90=PT4H12M, max=PT5H]"}.
   */
  @Override
  public String toString() {
    if (sortedNanos.length == 0) {
      return "DurationStatistics[n=0]";
    }
    return "DurationStatistics[n="
        + count()
        + ", mean="
        + mean().orElseThrow()
        + ", median="
        + median().orElseThrow()
        + ", p90="
        + percentile(90).orElseThrow()
        + ", max="
        + max().orElseThrow()
        + "]";
  }
}
