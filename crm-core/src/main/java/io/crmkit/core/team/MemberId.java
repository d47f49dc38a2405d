package io.crmkit.core.team;

import java.util.Objects;

/**
 * The identifier of a team member (an agent, a sales rep, a manager): a non-blank string without
 * leading or trailing whitespace, e.g. {@code "agent-7"}. Compared and hashed by its exact text.
 *
 * @since 0.1
 */
public record MemberId(String value) implements Comparable<MemberId> {

  /**
   * A member id.
   *
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding whitespace
   */
  public MemberId {
    Objects.requireNonNull(value, "member id must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("member id must not be blank but was: '" + value + "'");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          "member id must not have leading or trailing whitespace but was: '" + value + "'");
    }
  }

  /** The member id with the given text. */
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  /**
   * Equal when the texts are equal (written out: the generic record equality is slow on hot paths).
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof MemberId o && value.equals(o.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(MemberId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
