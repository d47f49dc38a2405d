package io.crmkit.service.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of time the ticket waited on the customer: from {@code from} until the customer replied
 * ({@code until}), or still waiting (empty).
 *
 * @since 0.1
 */
public final class Pause {

  private final Instant from;
  private final Optional<Instant> until;

  /**
   * A pause.
   *
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  private Pause(Instant from, Optional<Instant> until) {
    Objects.requireNonNull(from, "from of pause must not be null");
    Objects.requireNonNull(until, "until of pause must not be null (use Optional.empty())");
    if (until.isPresent() && until.get().isBefore(from)) {
      throw new IllegalArgumentException(
          "until of pause must not be before its start " + from + " but was: " + until.get());
    }
    this.from = from;
    this.until = until;
  }

  /** When the ticket started waiting on the customer. */
  public Instant from() {
    return from;
  }

  /** When the customer replied, empty while still waiting. */
  public Optional<Instant> until() {
    return until;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Pause that && from.equals(that.from) && until.equals(that.until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, until);
  }

  /** A pause from {@code from}, still waiting on the customer. */
  public static Pause open(Instant from) {
    return new Pause(from, Optional.empty());
  }

  /**
   * A pause from {@code from} until the customer replied at {@code until}.
   *
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public static Pause between(Instant from, Instant until) {
    return new Pause(
        from, Optional.of(Objects.requireNonNull(until, "until of pause must not be null")));
  }

  /** Whether the pause has ended. */
  public boolean isOver() {
    return until.isPresent();
  }

  /**
   * For example {@code "2026-01-05T10:00:00Z..2026-01-05T12:00:00Z"} or {@code
   * "2026-01-05T10:00:00Z.."}.
   */
  @Override
  public String toString() {
    return from + ".." + until.map(Instant::toString).orElse("");
  }
}
