package io.crmkit.marketing.targeting;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code maxContacts} contacts of a customer (on any channel) within the {@code window}
 * that ends now: a customer already contacted {@code maxContacts} times in it is left out.
 *
 * @since 0.1
 */
public record ContactCap(int maxContacts, Duration window) {

  /** Checks at least 1 contact and a positive window. */
  public ContactCap {
    if (maxContacts < 1) {
      throw new IllegalArgumentException("maxContacts must be positive but was: " + maxContacts);
    }
    Objects.requireNonNull(window, "window must not be null");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive but was: " + window);
    }
  }

  /** At most {@code maxContacts} within {@code window}. */
  public static ContactCap of(int maxContacts, Duration window) {
    return new ContactCap(maxContacts, window);
  }

  @Override
  public String toString() {
    return "at most " + maxContacts + " contacts in " + window;
  }
}
