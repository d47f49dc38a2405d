package io.crmkit.lifecycle.stage;

import java.util.Objects;

/**
 * What a {@link Guard} decided: whether the transition may fire, and why (a human-readable reason).
 *
 * @since 0.1
 */
public record GuardDecision(boolean allowed, String reason) {

  /** Checks the reason is not null. */
  public GuardDecision {
    Objects.requireNonNull(reason, "reason must not be null");
  }

  /** The transition may fire, because of {@code reason}. */
  public static GuardDecision allow(String reason) {
    return new GuardDecision(true, reason);
  }

  /** The transition must not fire, because of {@code reason} (e.g. {@code "3 purchases < 5"}). */
  public static GuardDecision refuse(String reason) {
    return new GuardDecision(false, reason);
  }

  @Override
  public String toString() {
    return (allowed ? "allowed" : "refused") + (reason.isEmpty() ? "" : ": " + reason);
  }
}
