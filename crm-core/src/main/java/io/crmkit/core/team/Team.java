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
 * @param id the team's id
 * @param name the display name
 * @param manager the member who leads the team
 * @param members the members (the manager may or may not be among them)
 * @param parent the team this team belongs to, empty for a top-level team
 * @since 0.1
 */
public record Team(
    TeamId id,
    String name,
    MemberId manager,
    SortedSet<MemberId> members,
    Optional<TeamId> parent) {

  /**
   * A team.
   *
   * @throws IllegalArgumentException if the name is blank or the team is its own parent
   */
  public Team {
    Objects.requireNonNull(id, "team id must not be null");
    Objects.requireNonNull(name, "name of team " + id + " must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "name of team " + id + " must not be blank but was: '" + name + "'");
    }
    Objects.requireNonNull(manager, "manager of team " + id + " must not be null");
    Objects.requireNonNull(members, "members of team " + id + " must not be null");
    members = Collections.unmodifiableSortedSet(new TreeSet<>(members));
    Objects.requireNonNull(
        parent, "parent of team " + id + " must not be null (use Optional.empty())");
    if (parent.isPresent() && parent.get().equals(id)) {
      throw new IllegalArgumentException("team " + id + " must not be its own parent");
    }
  }

  /** A top-level team with id and name {@code id}, led by {@code manager}, with {@code members}. */
  public static Team of(String id, String name, String manager, String... members) {
    TreeSet<MemberId> ids = new TreeSet<>();
    Arrays.stream(members).map(MemberId::of).forEach(ids::add);
    return new Team(TeamId.of(id), name, MemberId.of(manager), ids, Optional.empty());
  }

  /** A top-level team led by {@code manager} with {@code members}. */
  public static Team of(TeamId id, String name, MemberId manager, Collection<MemberId> members) {
    return new Team(id, name, manager, new TreeSet<>(members), Optional.empty());
  }

  /** This team placed under {@code parentTeam}. */
  public Team under(String parentTeam) {
    return under(TeamId.of(parentTeam));
  }

  /** This team placed under {@code parentTeam}. */
  public Team under(TeamId parentTeam) {
    return new Team(id, name, manager, members, Optional.of(parentTeam));
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
