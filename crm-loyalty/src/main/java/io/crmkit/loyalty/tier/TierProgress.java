package io.crmkit.loyalty.tier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a member is from the next tier: the {@code current} tier, the {@code next} one (empty at
 * the top), the qualifying amount still {@code needed} (points, visits or money units), the last
 * date it can be reached by (calendar-year windows) and a sentence such as
 * "spend 320.00 more by 31 December to reach Gold".
 *
 * @since 0.1
 */
public record TierProgress(String current, Optional<String> next, BigDecimal needed, Optional<LocalDate> deadline,
    String text) {

  /** Checks no component is null. */
  public TierProgress {
    Objects.requireNonNull(current, "current must not be null");
    Objects.requireNonNull(next, "next must not be null");
    Objects.requireNonNull(needed, "needed must not be null");
    Objects.requireNonNull(deadline, "deadline must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }

  @Override
  public String toString() {
    return text;
  }
}
