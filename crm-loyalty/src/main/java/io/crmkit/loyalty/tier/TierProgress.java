package io.crmkit.loyalty.tier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a member is from the next tier: the {@code current} tier, the {@code next} one (empty at
 * the top), the qualifying amount still {@code needed} (points, visits or money units), the last
 * date it can be reached by (calendar-year windows) and a sentence such as "spend 320.00 more by 31
 * December to reach Gold".
 *
 * @since 0.1
 */
public final class TierProgress {

  private final String current;
  private final String next; // null: at the top
  private final BigDecimal needed;
  private final LocalDate deadline; // null: none
  private final String text;

  TierProgress(String current, String next, BigDecimal needed, LocalDate deadline, String text) {
    this.current = Objects.requireNonNull(current, "current must not be null");
    this.next = next;
    this.needed = Objects.requireNonNull(needed, "needed must not be null");
    this.deadline = deadline;
    this.text = Objects.requireNonNull(text, "text must not be null");
  }

  /** The member's tier. */
  public String current() {
    return current;
  }

  /** The next tier up; empty at the top. */
  public Optional<String> next() {
    return Optional.ofNullable(next);
  }

  /**
   * The qualifying amount still needed for the next tier (points, visits or money units; 0 at the
   * top).
   */
  public BigDecimal needed() {
    return needed;
  }

  /** The last date the next tier can be reached by, for calendar-year windows. */
  public Optional<LocalDate> deadline() {
    return Optional.ofNullable(deadline);
  }

  /** The progress as a sentence, e.g. "spend 320.00 more by 31 December to reach Gold". */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TierProgress p
        && current.equals(p.current)
        && Objects.equals(next, p.next)
        && needed.equals(p.needed)
        && Objects.equals(deadline, p.deadline)
        && text.equals(p.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(current, next, needed, deadline, text);
  }

  @Override
  public String toString() {
    return text;
  }
}
