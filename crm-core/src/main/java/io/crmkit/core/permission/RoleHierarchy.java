package io.crmkit.core.permission;

import io.crmkit.core.team.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Roles in a tree: each role may sit under a more senior one (an agent under a supervisor under an
 * administrator). A senior role inherits every permission of the roles below it and, when the
 * policy says so, sees their records.
 *
 * @since 0.1
 */
public final class RoleHierarchy {

  private final Map<Role, Optional<Role>> parent;

  private RoleHierarchy(Map<Role, Optional<Role>> parent) {
    this.parent = parent;
  }

  /** A builder of a hierarchy. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The usual three levels: {@link Role#AGENT} under {@link Role#SUPERVISOR} under {@link
   * Role#ADMINISTRATOR}.
   */
  public static RoleHierarchy standard() {
    return builder()
        .role(Role.ADMINISTRATOR)
        .role(Role.SUPERVISOR, Role.ADMINISTRATOR)
        .role(Role.AGENT, Role.SUPERVISOR)
        .build();
  }

  /** Whether {@code role} is known. */
  public boolean contains(Role role) {
    return parent.containsKey(role);
  }

  /** The roles above {@code role}, nearest first (empty for a top role or an unknown one). */
  public List<Role> seniorsOf(Role role) {
    List<Role> out = new ArrayList<>();
    Optional<Role> p = parent.getOrDefault(role, Optional.empty());
    while (p.isPresent()) {
      out.add(p.get());
      p = parent.get(p.get());
    }
    return out;
  }

  /** Whether {@code senior} sits strictly above {@code junior}. */
  public boolean isAbove(Role senior, Role junior) {
    return seniorsOf(junior).contains(senior);
  }

  /** {@code role} and every role below it. */
  public Set<Role> andBelow(Role role) {
    Set<Role> out = new HashSet<>();
    out.add(role);
    for (Role r : parent.keySet()) {
      if (isAbove(role, r)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * For example {@code "RoleHierarchy[administrator, agent < supervisor, supervisor <
   * administrator]"}.
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parent.forEach((r, p) -> parts.add(p.map(x -> r + " < " + x).orElse(r.toString())));
    return "RoleHierarchy" + parts;
  }

  /**
   * Builds a {@link RoleHierarchy}; parents must be declared before their children.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final TreeMap<Role, Optional<Role>> parent = new TreeMap<>();

    private Builder() {}

    /** Adds a top role. */
    public Builder role(Role role) {
      add(role, Optional.empty());
      return this;
    }

    /** Adds {@code role} under {@code senior} (declared before). */
    public Builder role(Role role, Role senior) {
      Objects.requireNonNull(senior, "senior role must not be null");
      if (!parent.containsKey(senior)) {
        throw new IllegalArgumentException(
            "senior role " + senior + " of " + role + " must be declared before it");
      }
      add(role, Optional.of(senior));
      return this;
    }

    private void add(Role role, Optional<Role> senior) {
      Objects.requireNonNull(role, "role must not be null");
      if (parent.putIfAbsent(role, senior) != null) {
        throw new IllegalArgumentException(
            "role " + role + " must be declared once but appears twice");
      }
    }

    /** The hierarchy. */
    public RoleHierarchy build() {
      return new RoleHierarchy(Collections.unmodifiableMap(new TreeMap<>(parent)));
    }
  }
}
