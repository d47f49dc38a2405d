package io.crmkit.core.team;

import java.util.Objects;

/**
 * The identifier of a {@link Team}: a non-blank string without leading or trailing whitespace, e.g.
 * {@code "support-eu"}. Compared and hashed by its exact text.
 *
 * @since 0.1
 */
public record TeamId(String value) implements Comparable<TeamId> {

  /**
   * A team id.
   *
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding whitespace
   */
  public TeamId {
    Objects.requireNonNull(value, "team id must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("team id must not be blank but was: '" + value + "'");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          "team id must not have leading or trailing whitespace but was: '" + value + "'");
    }
  }

  /** The team id with the given text. */
  public static TeamId of(String value) {
    return new TeamId(value);
  }

  @Override
  public int compareTo(TeamId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
