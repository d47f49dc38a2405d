package io.crmkit.core.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The members and the team hierarchy of an organisation, checked on construction: every manager and
 * team member is a known member, every parent a known team, and the hierarchy has no cycle.
 * Immutable and thread-safe.
 *
 * <p>A manager {@linkplain #manages manages} the members of their team and of every team below it,
 * and the managers of those teams. Forecast roll-ups use {@link #membersUnder(TeamId)}; record
 * visibility uses {@link #manages(MemberId, MemberId)}.
 *
 * @since 0.1
 */
public final class Organisation {

  private final Map<MemberId, Member> members;
  private final Map<TeamId, Team> teams;
  private final Map<TeamId, List<TeamId>> children;

  private Organisation(Map<MemberId, Member> members, Map<TeamId, Team> teams) {
    this.members = members;
    this.teams = teams;
    Map<TeamId, List<TeamId>> kids = new TreeMap<>();
    for (Team t : teams.values()) {
      t.parent().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(t.id()));
    }
    this.children = kids;
  }

  /**
   * The organisation of {@code members} and {@code teams}.
   *
   * @throws IllegalArgumentException if two members or two teams share an id, a team names an
   *     unknown member or parent, or the parents form a cycle
   */
  public static Organisation of(Collection<Member> members, Collection<Team> teams) {
    Objects.requireNonNull(members, "members must not be null");
    Objects.requireNonNull(teams, "teams must not be null");
    Map<MemberId, Member> byId = new TreeMap<>();
    for (Member m : members) {
      Objects.requireNonNull(m, "members must not contain null");
      if (byId.put(m.id(), m) != null) {
        throw new IllegalArgumentException(
            "members must have distinct ids but " + m.id() + " appears twice");
      }
    }
    Map<TeamId, Team> teamById = new TreeMap<>();
    for (Team t : teams) {
      Objects.requireNonNull(t, "teams must not contain null");
      if (teamById.put(t.id(), t) != null) {
        throw new IllegalArgumentException(
            "teams must have distinct ids but " + t.id() + " appears twice");
      }
      if (!byId.containsKey(t.manager())) {
        throw new IllegalArgumentException(
            "manager " + t.manager() + " of team " + t.id() + " must be a known member");
      }
      for (MemberId m : t.members()) {
        if (!byId.containsKey(m)) {
          throw new IllegalArgumentException(
              "member " + m + " of team " + t.id() + " must be a known member");
        }
      }
    }
    for (Team t : teamById.values()) {
      if (t.parent().isPresent() && !teamById.containsKey(t.parent().get())) {
        throw new IllegalArgumentException(
            "parent " + t.parent().get() + " of team " + t.id() + " must be a known team");
      }
      Set<TeamId> seen = new HashSet<>();
      Optional<TeamId> cursor = Optional.of(t.id());
      while (cursor.isPresent()) {
        if (!seen.add(cursor.get())) {
          throw new IllegalArgumentException(
              "teams must not form a cycle but " + t.id() + " is its own ancestor");
        }
        cursor = teamById.get(cursor.get()).parent();
      }
    }
    return new Organisation(
        Collections.unmodifiableMap(byId), Collections.unmodifiableMap(teamById));
  }

  /** An organisation of {@code members} without teams. */
  public static Organisation of(Collection<Member> members) {
    return of(members, List.of());
  }

  /** The member with id {@code id}, if known. */
  public Optional<Member> member(MemberId id) {
    return Optional.ofNullable(members.get(id));
  }

  /** Every member, by id. */
  public List<Member> members() {
    return List.copyOf(members.values());
  }

  /** The team with id {@code id}, if known. */
  public Optional<Team> team(TeamId id) {
    return Optional.ofNullable(teams.get(id));
  }

  /** Every team, by id. */
  public List<Team> teams() {
    return List.copyOf(teams.values());
  }

  /** The teams {@code member} manages or belongs to directly, by id. */
  public List<Team> teamsOf(MemberId member) {
    List<Team> out = new ArrayList<>();
    for (Team t : teams.values()) {
      if (t.includes(member)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The teams directly below {@code team}, by id. */
  public List<TeamId> subteams(TeamId team) {
    return List.copyOf(children.getOrDefault(team, List.of()));
  }

  /** The chain of teams above {@code team}, nearest first, not including {@code team}. */
  public List<TeamId> ancestors(TeamId team) {
    List<TeamId> out = new ArrayList<>();
    Team t = requireTeam(team);
    while (t.parent().isPresent()) {
      TeamId p = t.parent().get();
      out.add(p);
      t = teams.get(p);
    }
    return out;
  }

  /** Every member (and manager) of {@code team} and of the teams below it, by id. */
  public SortedSet<MemberId> membersUnder(TeamId team) {
    requireTeam(team);
    TreeSet<MemberId> out = new TreeSet<>();
    List<TeamId> todo = new ArrayList<>(List.of(team));
    while (!todo.isEmpty()) {
      Team t = teams.get(todo.remove(todo.size() - 1));
      out.add(t.manager());
      out.addAll(t.members());
      todo.addAll(children.getOrDefault(t.id(), List.of()));
    }
    return Collections.unmodifiableSortedSet(out);
  }

  /**
   * The managers above {@code member}: the managers of the member's teams, then of the teams above,
   * nearest first, without repeats and without the member themself.
   */
  public List<MemberId> managersOf(MemberId member) {
    LinkedHashMap<MemberId, Boolean> out = new LinkedHashMap<>();
    List<Team> level = teamsOf(member);
    Set<TeamId> visited = new HashSet<>();
    while (!level.isEmpty()) {
      List<Team> next = new ArrayList<>();
      for (Team t : level) {
        if (!visited.add(t.id())) {
          continue;
        }
        if (!t.manager().equals(member)) {
          out.put(t.manager(), Boolean.TRUE);
        }
        t.parent().map(teams::get).ifPresent(next::add);
      }
      level = next;
    }
    return List.copyOf(out.keySet());
  }

  /** Whether {@code manager} leads a team that {@code member} belongs to, directly or below it. */
  public boolean manages(MemberId manager, MemberId member) {
    return !manager.equals(member) && managersOf(member).contains(manager);
  }

  private Team requireTeam(TeamId id) {
    Team t = teams.get(Objects.requireNonNull(id, "team id must not be null"));
    if (t == null) {
      throw new IllegalArgumentException(
          "team " + id + " must be a known team but is not one of " + teams.keySet());
    }
    return t;
  }

  /** For example {@code "Organisation[5 members, 2 teams]"}. */
  @Override
  public String toString() {
    return "Organisation[" + members.size() + " members, " + teams.size() + " teams]";
  }
}
