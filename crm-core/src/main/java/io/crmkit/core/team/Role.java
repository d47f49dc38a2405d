package io.crmkit.core.team;

import java.util.Objects;

/**
 * A role a {@link Member} holds, e.g. {@code administrator}, {@code supervisor}, {@code agent}: a
 * non-blank name without surrounding whitespace, compared by its exact text. What a role may do is
 * decided by {@code io.crmkit.core.permission.AccessPolicy}.
 *
 * @since 0.1
 */
public record Role(String name) implements Comparable<Role> {

  /** The role of administrators. */
  public static final Role ADMINISTRATOR = new Role("administrator");

  /** The role of supervisors (team leads). */
  public static final Role SUPERVISOR = new Role("supervisor");

  /** The role of agents (service agents, sales reps). */
  public static final Role AGENT = new Role("agent");

  /**
   * A role.
   *
   * @throws IllegalArgumentException if {@code name} is blank or has surrounding whitespace
   */
  public Role {
    Objects.requireNonNull(name, "role name must not be null");
    if (name.isBlank() || !name.equals(name.strip())) {
      throw new IllegalArgumentException(
          "role name must be non-blank without surrounding whitespace but was: '" + name + "'");
    }
  }

  /** The role with the given name. */
  public static Role of(String name) {
    return new Role(name);
  }

  @Override
  public int compareTo(Role other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
