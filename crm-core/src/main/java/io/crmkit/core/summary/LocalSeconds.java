package io.crmkit.core.summary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/** Converts epoch seconds to local epoch seconds in a zone, caching the current offset window. */
final class LocalSeconds {
  private final ZoneRules rules;
  private final long fixedOffset;
  private final boolean fixed;
  private long windowStart = Long.MAX_VALUE;
  private long windowEnd = Long.MIN_VALUE;
  private long windowOffset;

  LocalSeconds(ZoneId zone) {
    this.rules = zone.getRules();
    this.fixed = rules.isFixedOffset();
    this.fixedOffset = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
  }

  long toLocal(long epochSecond) {
    if (fixed) {
      return epochSecond + fixedOffset;
    }
    if (epochSecond >= windowStart && epochSecond < windowEnd) {
      return epochSecond + windowOffset;
    }
    Instant instant = Instant.ofEpochSecond(epochSecond);
    ZoneOffset offset = rules.getOffset(instant);
    ZoneOffsetTransition prev = rules.previousTransition(instant.plusSeconds(1));
    ZoneOffsetTransition next = rules.nextTransition(instant);
    windowStart = prev == null ? Long.MIN_VALUE : prev.toEpochSecond();
    windowEnd = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    windowOffset = offset.getTotalSeconds();
    return epochSecond + windowOffset;
  }
}
