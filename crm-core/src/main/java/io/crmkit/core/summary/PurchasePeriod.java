package io.crmkit.core.summary;

import java.time.Duration;
import java.util.Objects;

/**
 * The window within which several purchases of one customer count as one repeat purchase (their
 * values summed). Periods are aligned to local midnight of 1970-01-01 in the summary's time zone,
 * so {@link #DAY} is the calendar day. The length is a whole number of seconds, at least one.
 *
 * @since 0.1
 */
public record PurchasePeriod(Duration length) {

  /** One calendar day in the summary's zone: the convention of the BTYD literature (CDNOW). */
  public static final PurchasePeriod DAY = new PurchasePeriod(Duration.ofDays(1));

  /** Seven days, aligned to Thursday 1970-01-01. */
  public static final PurchasePeriod WEEK = new PurchasePeriod(Duration.ofDays(7));

  /** Checks the length is at least one second and a whole number of seconds. */
  public PurchasePeriod {
    Objects.requireNonNull(length, "length must not be null");
    if (length.getSeconds() < 1 || length.getNano() != 0) {
      throw new IllegalArgumentException(
          "purchase period must be a positive whole number of seconds but was: " + length);
    }
  }

  /**
   * Purchases within one period of {@code length} (whole seconds, at least 1) count as one
   * purchase.
   */
  public static PurchasePeriod of(Duration length) {
    return new PurchasePeriod(length);
  }

  /** The length in seconds. */
  public long seconds() {
    return length.toSeconds();
  }
}
