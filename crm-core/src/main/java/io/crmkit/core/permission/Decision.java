package io.crmkit.core.permission;

import java.util.Objects;

/**
 * The answer of an {@link AccessPolicy}: allowed or denied, and why.
 *
 * @param allowed whether the request is allowed
 * @param reason why, e.g. {@code "allowed: role administrator grants tag:create"}
 * @since 0.1
 */
public record Decision(boolean allowed, String reason) {

  /** A decision. */
  public Decision {
    Objects.requireNonNull(reason, "reason must not be null");
  }

  static Decision allow(String why) {
    return new Decision(true, "allowed: " + why);
  }

  static Decision deny(String why) {
    return new Decision(false, "denied: " + why);
  }

  /**
   * Throws unless allowed.
   *
   * @throws AccessDeniedException with the reason when denied
   */
  public void orThrow() {
    if (!allowed) {
      throw new AccessDeniedException(reason);
    }
  }

  @Override
  public String toString() {
    return reason;
  }
}
