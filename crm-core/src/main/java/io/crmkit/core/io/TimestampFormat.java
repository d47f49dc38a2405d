package io.crmkit.core.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * How a timestamp column is written: a local date ({@code yyyyMMdd}: the purchase is placed at the
 * start of that day in the file's zone), a local date-time pattern, an ISO-8601 instant ({@code
 * 2024-03-01T10:15:30Z} or with an offset), or epoch seconds or milliseconds.
 *
 * @since 0.1
 */
public final class TimestampFormat {

  private enum Kind {
    DATE,
    DATE_TIME,
    ISO_INSTANT,
    EPOCH_SECONDS,
    EPOCH_MILLIS
  }

  private final Kind kind;
  private final String pattern;
  private final DateTimeFormatter formatter;

  private TimestampFormat(Kind kind, String pattern) {
    this.kind = kind;
    this.pattern = pattern;
    DateTimeFormatter f = null;
    if (pattern != null) {
      try {
        f = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "timestamp pattern is not a valid DateTimeFormatter pattern: '" + pattern + "'", e);
      }
    }
    this.formatter = f;
  }

  /** Local dates in the given pattern, e.g. {@code "yyyy-MM-dd"} or {@code "yyyyMMdd"}. */
  public static TimestampFormat date(String pattern) {
    return new TimestampFormat(
        Kind.DATE, Objects.requireNonNull(pattern, "pattern must not be null"));
  }

  /** ISO local dates ({@code 2024-03-01}). */
  public static TimestampFormat isoDate() {
    return date("yyyy-MM-dd");
  }

  /** Local date-times in the given pattern, e.g. {@code "yyyy-MM-dd HH:mm:ss"}. */
  public static TimestampFormat dateTime(String pattern) {
    return new TimestampFormat(
        Kind.DATE_TIME, Objects.requireNonNull(pattern, "pattern must not be null"));
  }

  /** ISO-8601 instants with {@code Z} or an offset. */
  public static TimestampFormat isoInstant() {
    return new TimestampFormat(Kind.ISO_INSTANT, null);
  }

  /** Whole seconds since 1970-01-01T00:00:00Z, as an integer ({@code 1709251200}). */
  public static TimestampFormat epochSeconds() {
    return new TimestampFormat(Kind.EPOCH_SECONDS, null);
  }

  /** Whole milliseconds since 1970-01-01T00:00:00Z, as an integer ({@code 1709251200000}). */
  public static TimestampFormat epochMillis() {
    return new TimestampFormat(Kind.EPOCH_MILLIS, null);
  }

  /**
   * The instant of {@code text} in epoch seconds, local values read in {@code zone}.
   *
   * @throws IllegalArgumentException naming the expected format when {@code text} does not match
   */
  long parseEpochSecond(String text, ZoneId zone) {
    try {
      return switch (kind) {
        case DATE ->
            inInstantRange(LocalDate.parse(text, formatter).atStartOfDay(zone).toEpochSecond());
        case DATE_TIME ->
            inInstantRange(LocalDateTime.parse(text, formatter).atZone(zone).toEpochSecond());
        case ISO_INSTANT ->
            inInstantRange(
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from).getEpochSecond());
        case EPOCH_SECONDS -> inInstantRange(Long.parseLong(text));
        case EPOCH_MILLIS -> inInstantRange(Math.floorDiv(Long.parseLong(text), 1000L));
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("is not a timestamp in the format " + this);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "is outside the supported range of timestamps, 0001-01-01 to 9999-12-31");
    }
  }

  /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the dates transactions can have. */
  static final long MIN_EPOCH_SECOND = -62_135_596_800L;

  static final long MAX_EPOCH_SECOND = 253_402_300_799L;

  private static long inInstantRange(long epochSecond) {
    if (epochSecond < MIN_EPOCH_SECOND || epochSecond > MAX_EPOCH_SECOND) {
      throw new IllegalArgumentException(
          "is outside the supported range of timestamps, 0001-01-01 to 9999-12-31 "
              + "(epoch seconds "
              + MIN_EPOCH_SECOND
              + " to "
              + MAX_EPOCH_SECOND
              + ")");
    }
    return epochSecond;
  }

  /** Formats an instant in this format, local values in {@code zone}. */
  String format(Instant instant, ZoneId zone) {
    return switch (kind) {
      case DATE -> formatter.format(instant.atZone(zone).toLocalDate());
      case DATE_TIME -> formatter.format(instant.atZone(zone).toLocalDateTime());
      case ISO_INSTANT -> instant.toString();
      case EPOCH_SECONDS -> Long.toString(instant.getEpochSecond());
      case EPOCH_MILLIS -> Long.toString(instant.toEpochMilli());
    };
  }

  @Override
  public String toString() {
    return switch (kind) {
      case DATE -> "date '" + pattern + "'";
      case DATE_TIME -> "date-time '" + pattern + "'";
      case ISO_INSTANT -> "ISO-8601 instant (e.g. 2024-03-01T10:15:30Z)";
      case EPOCH_SECONDS -> "epoch seconds";
      case EPOCH_MILLIS -> "epoch milliseconds";
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimestampFormat t && t.kind == kind && Objects.equals(t.pattern, pattern);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, pattern);
  }
}
