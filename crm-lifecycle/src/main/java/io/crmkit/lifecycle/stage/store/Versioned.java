package io.crmkit.lifecycle.stage.store;

import java.util.Objects;

/**
 * A stored value with its version (1 for the first write, +1 for every update), for optimistic
 * writes.
 *
 * @since 0.1
 */
public record Versioned<T>(T value, long version) {

  /** Checks the value is not null and the version is at least 1. */
  public Versioned {
    Objects.requireNonNull(value, "value must not be null");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1 but was: " + version);
    }
  }

  @Override
  public String toString() {
    return "v" + version + " " + value;
  }
}
