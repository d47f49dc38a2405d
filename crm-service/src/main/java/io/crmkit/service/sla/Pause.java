package io.crmkit.service.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of time the ticket waited on the customer: from {@code from} until the customer replied
 * ({@code until}), or still waiting (empty).
 *
 * @param from when the ticket started waiting on the customer
 * @param until when the customer replied, empty while still waiting
 * @since 0.1
 */
public record Pause(Instant from, Optional<Instant> until) {

  /**
   * A pause.
   *
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public Pause {
    Objects.requireNonNull(from, "from of pause must not be null");
    Objects.requireNonNull(until, "until of pause must not be null (use Optional.empty())");
    if (until.isPresent() && until.get().isBefore(from)) {
      throw new IllegalArgumentException(
          "until of pause must not be before its start " + from + " but was: " + until.get());
    }
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
