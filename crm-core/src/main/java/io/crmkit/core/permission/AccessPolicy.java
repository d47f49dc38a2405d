package io.crmkit.core.permission;

import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.core.team.Organisation;
import io.crmkit.core.team.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Who may do what, see which fields and see whose records. <b>Deny by default</b>: nothing is
 * allowed that no grant allows.
 *
 * <ul>
 *   <li><b>Actions</b>: a role is granted {@link Permission}s ({@code tag:create}); a senior role
 *       in the {@link RoleHierarchy} holds every permission of the roles below it.
 *   <li><b>Fields</b>: a role is granted {@link FieldAccess} on a field of a resource ({@code
 *       customer.phone: READ}) or on every field ({@code "*"}); the highest grant among a member's
 *       roles and the roles below them counts.
 *   <li><b>Records</b>: a member sees the records they own; those owned by members they manage in
 *       the {@link Organisation}'s team hierarchy; with {@link
 *       Builder#visibilityByRoleHierarchy()}, those owned by members whose every role is below one
 *       of theirs; and every record when a role of theirs is granted {@link Builder#seesAll(Role)}.
 * </ul>
 *
 * <p>Seed 004 — only administrators create tags, agents apply them, visibility follows the role
 * hierarchy:
 *
 * <pre>{@code
 * AccessPolicy policy = AccessPolicy.builder(RoleHierarchy.standard(), organisation)
 *     .grant(Role.ADMINISTRATOR, Permission.of("tag", "create"))
 *     .grant(Role.AGENT, Permission.of("tag", "apply"))
 *     .visibilityByRoleHierarchy()
 *     .build();
 * policy.check(agent, Permission.of("tag", "create"));  // denied: no role of ana grants tag:create
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AccessPolicy {

  /** The field name that stands for every field of a resource. */
  public static final String ALL_FIELDS = "*";

  private final RoleHierarchy roles;
  private final Organisation organisation;
  private final Map<Role, Set<Permission>> grants;
  private final Map<Role, Map<String, FieldAccess>> fields;
  private final Set<Role> seeAll;
  private final boolean byRoleHierarchy;

  private AccessPolicy(Builder b) {
    this.roles = b.roles;
    this.organisation = b.organisation;
    Map<Role, Set<Permission>> g = new HashMap<>();
    b.grants.forEach((r, s) -> g.put(r, Set.copyOf(s)));
    this.grants = Map.copyOf(g);
    Map<Role, Map<String, FieldAccess>> f = new HashMap<>();
    b.fields.forEach((r, m) -> f.put(r, Map.copyOf(m)));
    this.fields = Map.copyOf(f);
    this.seeAll = Set.copyOf(b.seeAll);
    this.byRoleHierarchy = b.byRoleHierarchy;
  }

  /** A builder over {@code roles} and {@code organisation} with no grants (everything denied). */
  public static Builder builder(RoleHierarchy roles, Organisation organisation) {
    return new Builder(roles, organisation);
  }

  /** Whether {@code member} may do {@code permission}'s action on its resource. */
  public Decision check(Member member, Permission permission) {
    Objects.requireNonNull(member, "member must not be null");
    Objects.requireNonNull(permission, "permission must not be null");
    for (Role held : member.roles()) {
      for (Role r : effective(held)) {
        if (grants.getOrDefault(r, Set.of()).contains(permission)) {
          return Decision.allow(
              "role "
                  + held
                  + (r.equals(held) ? "" : " (above " + r + ")")
                  + " grants "
                  + permission);
        }
      }
    }
    return Decision.deny(
        "no role of " + member.id() + " " + member.roles() + " grants " + permission);
  }

  /**
   * Whether {@code member} may access {@code field} of {@code resource} at level {@code wanted}.
   */
  public Decision checkField(Member member, String resource, String field, FieldAccess wanted) {
    Objects.requireNonNull(member, "member must not be null");
    Objects.requireNonNull(wanted, "wanted access must not be null");
    FieldAccess best = fieldAccess(member, resource, field);
    String name = resource + "." + field;
    return best.allows(wanted)
        ? Decision.allow(member.id() + " has " + best + " on " + name)
        : Decision.deny(member.id() + " has " + best + " on " + name + ", needs " + wanted);
  }

  /**
   * The highest access {@code member} has on {@code field} of {@code resource}; {@link
   * FieldAccess#NONE} without a grant.
   */
  public FieldAccess fieldAccess(Member member, String resource, String field) {
    Objects.requireNonNull(resource, "resource must not be null");
    Objects.requireNonNull(field, "field must not be null");
    FieldAccess best = FieldAccess.NONE;
    for (Role held : member.roles()) {
      for (Role r : effective(held)) {
        Map<String, FieldAccess> m = fields.getOrDefault(r, Map.of());
        for (String key : List.of(resource + "." + field, resource + "." + ALL_FIELDS)) {
          FieldAccess a = m.getOrDefault(key, FieldAccess.NONE);
          if (a.compareTo(best) > 0) {
            best = a;
          }
        }
      }
    }
    return best;
  }

  /** Whether {@code viewer} may see a record owned by {@code owner}. */
  public Decision canSee(Member viewer, MemberId owner) {
    Objects.requireNonNull(viewer, "viewer must not be null");
    Objects.requireNonNull(owner, "owner must not be null");
    if (viewer.id().equals(owner)) {
      return Decision.allow(viewer.id() + " owns the record");
    }
    for (Role r : viewer.roles()) {
      if (seeAll.contains(r)) {
        return Decision.allow("role " + r + " sees every record");
      }
    }
    if (organisation.manages(viewer.id(), owner)) {
      return Decision.allow(viewer.id() + " manages " + owner);
    }
    Optional<Member> ownerMember = organisation.member(owner);
    if (byRoleHierarchy && ownerMember.isPresent() && !ownerMember.get().roles().isEmpty()) {
      for (Role mine : viewer.roles()) {
        boolean aboveAll = true;
        for (Role theirs : ownerMember.get().roles()) {
          aboveAll = aboveAll && roles.isAbove(mine, theirs);
        }
        if (aboveAll) {
          return Decision.allow(
              "role " + mine + " is above " + owner + "'s roles " + ownerMember.get().roles());
        }
      }
    }
    return Decision.deny(viewer.id() + " neither owns, manages nor outranks the owner " + owner);
  }

  /**
   * The records of {@code records} that {@code viewer} may see, in order; {@code owner} gives a
   * record's owner.
   */
  public <T> List<T> visible(Member viewer, Collection<T> records, Function<T, MemberId> owner) {
    Objects.requireNonNull(records, "records must not be null");
    Objects.requireNonNull(owner, "owner must not be null");
    Map<MemberId, Boolean> cache = new HashMap<>();
    List<T> out = new ArrayList<>();
    for (T record : records) {
      if (cache.computeIfAbsent(owner.apply(record), o -> canSee(viewer, o).allowed())) {
        out.add(record);
      }
    }
    return out;
  }

  private Set<Role> effective(Role held) {
    return roles.contains(held) ? roles.andBelow(held) : Set.of(held);
  }

  /**
   * For example {@code "AccessPolicy[3 roles granted, 2 with field grants, see-all [administrator],
   * role-hierarchy visibility]"}.
   */
  @Override
  public String toString() {
    return "AccessPolicy["
        + new TreeMap<>(grants)
        + ", fields "
        + new TreeMap<>(fields)
        + ", sees all "
        + new TreeSet<>(seeAll)
        + (byRoleHierarchy ? ", visibility by role hierarchy" : "")
        + "]";
  }

  /**
   * Builds an {@link AccessPolicy}; every method returns this builder.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final RoleHierarchy roles;
    private final Organisation organisation;
    private final Map<Role, Set<Permission>> grants = new HashMap<>();
    private final Map<Role, Map<String, FieldAccess>> fields = new HashMap<>();
    private final Set<Role> seeAll = new HashSet<>();
    private boolean byRoleHierarchy;

    private Builder(RoleHierarchy roles, Organisation organisation) {
      this.roles = Objects.requireNonNull(roles, "roles must not be null");
      this.organisation = Objects.requireNonNull(organisation, "organisation must not be null");
    }

    /** Grants {@code permissions} to {@code role}. */
    public Builder grant(Role role, Permission... permissions) {
      Objects.requireNonNull(role, "role must not be null");
      Set<Permission> s = grants.computeIfAbsent(role, r -> new TreeSet<>());
      for (Permission p : permissions) {
        s.add(Objects.requireNonNull(p, "permissions must not be null"));
      }
      return this;
    }

    /**
     * Grants {@code access} on {@code field} of {@code resource} ({@link #ALL_FIELDS} for every
     * field) to {@code role}.
     */
    public Builder grantField(Role role, String resource, String field, FieldAccess access) {
      Objects.requireNonNull(role, "role must not be null");
      Objects.requireNonNull(access, "access must not be null");
      if (Objects.requireNonNull(resource, "resource must not be null").isBlank()
          || Objects.requireNonNull(field, "field must not be null").isBlank()) {
        throw new IllegalArgumentException(
            "resource and field must not be blank but were: '" + resource + "', '" + field + "'");
      }
      fields.computeIfAbsent(role, r -> new TreeMap<>()).put(resource + "." + field, access);
      return this;
    }

    /** Lets {@code role} see every record. */
    public Builder seesAll(Role role) {
      seeAll.add(Objects.requireNonNull(role, "role must not be null"));
      return this;
    }

    /** Lets a member see the records of members whose every role is below one of theirs. */
    public Builder visibilityByRoleHierarchy() {
      byRoleHierarchy = true;
      return this;
    }

    /** The policy. */
    public AccessPolicy build() {
      return new AccessPolicy(this);
    }
  }
}
