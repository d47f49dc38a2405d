package io.crmkit.loyalty.ledger;

import java.time.Instant;

/** Instants as epoch nanoseconds, so that the ledger's hot paths compare primitives. */
final class Nanos {

  /** No instant: a lot that never expires, no deadline. */
  static final long NEVER = Long.MAX_VALUE;

  /** No instant yet: before the first operation, no activity. */
  static final long NONE = Long.MIN_VALUE;

  private Nanos() {}

  /** {@code t} in epoch nanoseconds (instants from 1677 to 2262). */
  static long of(Instant t) {
    try {
      return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "instant must be between the years 1677 and 2262 but was: " + t, e);
    }
  }

  /** The instant of {@code nanos} epoch nanoseconds. */
  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }
}
