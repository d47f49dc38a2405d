package io.crmkit.core.team;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A team: a name, a manager, its members and, unless it is a top-level team, the team it belongs
 * to. The manager leads the team and every team below it ({@link Organisation#manages}); the
 * manager need not be listed among the members.
 *
 * <pre>{@code
 * Team eu = Team.of("support-eu", "Support EU", "lena", "ana", "ben").under("support");
 * }</pre>
 *
 * @since 0.1
 */
public final class Team {

  private final TeamId id;
  private final String name;
  private final MemberId manager;
  private final SortedSet<MemberId> members;
  private final Optional<TeamId> parent;

  /**
   * A team.
   *
   * @throws IllegalArgumentException if the name is blank or the team is its own parent
   */
  private Team(
      TeamId id,
      String name,
      MemberId manager,
      SortedSet<MemberId> members,
      Optional<TeamId> parent) {
    Objects.requireNonNull(id, "team id must not be null");
    Objects.requireNonNull(name, "name of team " + id + " must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "name of team " + id + " must not be blank but was: '" + name + "'");
    }
    Objects.requireNonNull(manager, "manager of team " + id + " must not be null");
    Objects.requireNonNull(members, "members of team " + id + " must not be null");
    this.members = Collections.unmodifiableSortedSet(new TreeSet<>(members));
    Objects.requireNonNull(
        parent, "parent of team " + id + " must not be null (use Optional.empty())");
    if (parent.isPresent() && parent.get().equals(id)) {
      throw new IllegalArgumentException("team " + id + " must not be its own parent");
    }
    this.id = id;
    this.name = name;
    this.manager = manager;
    this.parent = parent;
  }

  /** The team's id. */
  public TeamId id() {
    return id;
  }

  /** The display name, never blank. */
  public String name() {
    return name;
  }

  /** The member who leads the team. */
  public MemberId manager() {
    return manager;
  }

  /** The members in sorted order (the manager may or may not be among them); unmodifiable. */
  public SortedSet<MemberId> members() {
    return members;
  }

  /** The team this team belongs to, empty for a top-level team. */
  public Optional<TeamId> parent() {
    return parent;
  }

  /** A top-level team with id and name {@code id}, led by {@code manager}, with {@code members}. */
  public static Team of(String id, String name, String manager, String... members) {
    TreeSet<MemberId> ids = new TreeSet<>();
    Arrays.stream(members).map(MemberId::of).forEach(ids::add);
    return new Team(TeamId.of(id), name, MemberId.of(manager), ids, Optional.empty());
  }

  /** A top-level team led by {@code manager} with {@code members}. */
  public static Team of(TeamId id, String name, MemberId manager, Collection<MemberId> members) {
    Objects.requireNonNull(members, "members of team " + id + " must not be null");
    return new Team(id, name, manager, new TreeSet<>(members), Optional.empty());
  }

  /** A team under {@code parentTeam}, led by {@code manager} with {@code members}. */
  public static Team of(
      TeamId id, String name, MemberId manager, Collection<MemberId> members, TeamId parentTeam) {
    return of(id, name, manager, members).under(parentTeam);
  }

  /** This team placed under {@code parentTeam}. */
  public Team under(String parentTeam) {
    return under(TeamId.of(parentTeam));
  }

  /** This team placed under {@code parentTeam}. */
  public Team under(TeamId parentTeam) {
    return new Team(
        id,
        name,
        manager,
        members,
        Optional.of(
            Objects.requireNonNull(parentTeam, "parent of team " + id + " must not be null")));
  }

  /** This team as a top-level team (without parent). */
  public Team topLevel() {
    return new Team(id, name, manager, members, Optional.empty());
  }

  /** Equal when id, name, manager, members and parent are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Team t
        && id.equals(t.id)
        && name.equals(t.name)
        && manager.equals(t.manager)
        && members.equals(t.members)
        && parent.equals(t.parent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, manager, members, parent);
  }

  /** Whether {@code member} is the manager or a member of this team (not of teams below it). */
  public boolean includes(MemberId member) {
    return manager.equals(member) || members.contains(member);
  }

  /**
   * For example {@code "Team[support-eu 'Support EU', manager lena, members [ana, ben], under
   * support]"}.
   */
  @Override
  public String toString() {
    return "Team["
        + id
        + (name.equals(id.value()) ? "" : " '" + name + "'")
        + ", manager "
        + manager
        + ", members "
        + members
        + parent.map(p -> ", under " + p).orElse("")
        + "]";
  }
}
