package io.crmkit.core.assignment;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.AttributeKey;
import io.crmkit.core.team.Availability;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One assignment engine for leads and tickets: picks an owner for each {@link WorkItem} by an
 * {@link AssignmentPolicy} among the members who are on duty, available by schedule at the clock's
 * instant and below their capacity, and explains the choice ({@code "rule 2: territory=EU; least
 * loaded of 3"}).
 *
 * <p><b>Duty and rebalancing.</b> Every member starts on duty. {@link #offDuty(MemberId,
 * Rebalance)} takes a member out of assignment (and may move their open items to members at work);
 * {@link #onDuty(MemberId, Rebalance)} brings them back (and may bring those items back). Seed
 * 004's shop rule is the policy {@code rule 1: same shop; rule 2: anyone} with {@link
 * Rebalance#MOVE_OPEN_ITEMS}: an absent agent's shops go to the agents at work, and come back when
 * the agent returns.
 *
 * <p><b>Determinism.</b> Given the same members, policy, repository state, clock readings and
 * sequence of calls, the engine makes the same choices: candidates are scanned by member id,
 * round-robin cursors and weights are kept per rule and attribute value, ties in load go to the
 * member picked least recently, then by id.
 *
 * <p><b>Concurrency.</b> The engine is thread-safe: every call holds the engine's lock. The
 * repository is the judge of uniqueness and capacity: {@link AssignmentRepository#claim} refuses a
 * second assignment of an item and an assignment beyond the capacity, so several engines (or
 * processes) may share one repository. Each engine keeps the open counts it read when it was
 * created, updated by its own claims and releases; another engine's claims make them stale, which
 * only affects balancing — a refused claim refreshes the count from the repository and tries the
 * next choice.
 *
 * @since 0.1
 */
public final class AssignmentEngine {

  private final Member[] members;
  private final Map<MemberId, Integer> index = new HashMap<>();
  private final int[] load;
  private final int[] capacity;
  private final boolean[] always;
  private final boolean[] onDuty;

  /** {@code free[i]}: on duty and below capacity. */
  private final boolean[] free;

  private final long[] lastPicked;
  private final AssignmentPolicy policy;
  private final Clock clock;
  private final AssignmentRepository repository;
  private final RulePlan[] plans;
  private final List<Group> groups = new ArrayList<>();
  private final int[][] memberGroups;

  /** {@code memberPositions[i][k]}: member i's position among the candidates of its k-th group. */
  private final int[][] memberPositions;

  private long sequence;
  private int eligibleCount;

  /**
   * The candidates of one rule for one value of its indexed attribute (or every member), with the
   * rule's turn state.
   */
  private static final class Group {
    final int[] candidates;
    final boolean allAlways;
    int freeCount;
    int cursor = -1;
    long[] current;

    /** For a rule without other conditions: the explanation by eligible count, built once. */
    String[] explanations;

    /**
     * For a least-loaded rule without other conditions over members always available: the
     * candidates' positions as a binary heap ordered by {@link #before} (the pick is on top), and
     * each candidate's place in it; null otherwise.
     */
    int[] heap;

    int[] where;

    Group(int[] candidates, boolean allAlways) {
      this.candidates = candidates;
      this.allAlways = allAlways;
    }
  }

  /** A rule prepared for fast lookups. */
  private static final class RulePlan {
    final Rule rule;
    final String prefix;
    final int indexed;
    final AttributeKey key;
    final Map<String, Group> byValue = new HashMap<>();
    Group everyone;

    /** No condition but the indexed one. */
    final boolean simple;

    RulePlan(Rule rule, int number) {
      this.rule = rule;
      this.prefix = "rule " + number + ": ";
      int found = -1;
      List<Condition> cs = rule.conditions();
      for (int c = 0; c < cs.size(); c++) {
        if (cs.get(c) instanceof Condition.SameAttribute) {
          found = c;
          break;
        }
      }
      this.indexed = found;
      this.key = found >= 0 ? ((Condition.SameAttribute) cs.get(found)).key() : null;
      this.simple = cs.size() == (found >= 0 ? 1 : 0);
    }
  }

  /** The explanation of the last successful {@link #choose}: text, or a lazy kind. */
  private String chosenText;

  private Assignment.Lazy chosenLazy;

  private AssignmentEngine(
      Collection<Member> roster,
      AssignmentPolicy policy,
      Clock clock,
      AssignmentRepository repository,
      boolean heaps) {
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.repository = Objects.requireNonNull(repository, "repository must not be null");
    Objects.requireNonNull(roster, "members must not be null");
    TreeMap<MemberId, Member> sorted = new TreeMap<>();
    for (Member m : roster) {
      Objects.requireNonNull(m, "members must not contain null");
      if (sorted.put(m.id(), m) != null) {
        throw new IllegalArgumentException(
            "members must have distinct ids but " + m.id() + " appears twice");
      }
    }
    this.members = sorted.values().toArray(new Member[0]);
    int n = members.length;
    this.load = new int[n];
    this.capacity = new int[n];
    this.always = new boolean[n];
    this.onDuty = new boolean[n];
    this.free = new boolean[n];
    this.lastPicked = new long[n];
    for (int i = 0; i < n; i++) {
      Member m = members[i];
      index.put(m.id(), i);
      onDuty[i] = true;
      capacity[i] = m.capacity();
      always[i] = m.availability() instanceof Availability.Always;
      load[i] = repository.openCount(m.id());
    }
    List<Rule> rules = policy.rules();
    this.plans = new RulePlan[rules.size()];
    List<List<Integer>> perMember = new ArrayList<>();
    List<List<Integer>> positions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      perMember.add(new ArrayList<>());
      positions.add(new ArrayList<>());
    }
    for (int r = 0; r < rules.size(); r++) {
      RulePlan plan = new RulePlan(rules.get(r), r + 1);
      plans[r] = plan;
      if (plan.key == null) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
          all[i] = i;
        }
        plan.everyone = group(all, perMember, positions);
      } else {
        Map<String, List<Integer>> lists = new TreeMap<>();
        for (int i = 0; i < n; i++) {
          for (String v : members[i].values(plan.key)) {
            lists.computeIfAbsent(v, k -> new ArrayList<>()).add(i);
          }
        }
        lists.forEach(
            (v, l) ->
                plan.byValue.put(
                    v,
                    group(l.stream().mapToInt(Integer::intValue).toArray(), perMember, positions)));
      }
    }
    this.memberGroups = new int[n][];
    this.memberPositions = new int[n][];
    for (int i = 0; i < n; i++) {
      memberGroups[i] = perMember.get(i).stream().mapToInt(Integer::intValue).toArray();
      memberPositions[i] = positions.get(i).stream().mapToInt(Integer::intValue).toArray();
      refresh(i);
    }
    for (RulePlan plan : plans) {
      if (heaps && plan.simple && plan.rule.strategy() == Strategy.LEAST_LOADED) {
        if (plan.everyone != null) {
          buildHeap(plan.everyone);
        }
        plan.byValue.values().forEach(this::buildHeap);
      }
    }
  }

  private Group group(
      int[] candidates, List<List<Integer>> perMember, List<List<Integer>> positions) {
    boolean allAlways = true;
    for (int j = 0; j < candidates.length; j++) {
      int i = candidates[j];
      allAlways = allAlways && always[i];
      perMember.get(i).add(groups.size());
      positions.get(i).add(j);
    }
    Group g = new Group(candidates, allAlways);
    groups.add(g);
    return g;
  }

  // ---- least-loaded heaps ----

  /**
   * Whether member {@code a} is picked before member {@code b} by least loaded: free first, then
   * the lower load, then the one picked less recently, then the lower index (the scan order).
   */
  private boolean before(int a, int b) {
    if (free[a] != free[b]) {
      return free[a];
    }
    if (load[a] != load[b]) {
      return load[a] < load[b];
    }
    if (lastPicked[a] != lastPicked[b]) {
      return lastPicked[a] < lastPicked[b];
    }
    return a < b;
  }

  private void buildHeap(Group g) {
    if (!g.allAlways) {
      return;
    }
    int n = g.candidates.length;
    g.heap = new int[n];
    g.where = new int[n];
    for (int j = 0; j < n; j++) {
      g.heap[j] = j;
      g.where[j] = j;
    }
    for (int x = n / 2 - 1; x >= 0; x--) {
      siftDown(g, x);
    }
  }

  private void siftUp(Group g, int x) {
    int[] heap = g.heap;
    int[] c = g.candidates;
    int moving = heap[x];
    while (x > 0) {
      int parent = (x - 1) >>> 1;
      if (!before(c[moving], c[heap[parent]])) {
        break;
      }
      heap[x] = heap[parent];
      g.where[heap[x]] = x;
      x = parent;
    }
    heap[x] = moving;
    g.where[moving] = x;
  }

  private void siftDown(Group g, int x) {
    int[] heap = g.heap;
    int[] c = g.candidates;
    int n = heap.length;
    int moving = heap[x];
    while (true) {
      int child = 2 * x + 1;
      if (child >= n) {
        break;
      }
      if (child + 1 < n && before(c[heap[child + 1]], c[heap[child]])) {
        child++;
      }
      if (!before(c[heap[child]], c[moving])) {
        break;
      }
      heap[x] = heap[child];
      g.where[heap[x]] = x;
      x = child;
    }
    heap[x] = moving;
    g.where[moving] = x;
  }

  /** Restores member {@code i}'s place in the heaps of its groups after its state changed. */
  private void reheap(int i) {
    int[] gs = memberGroups[i];
    for (int k = 0; k < gs.length; k++) {
      Group g = groups.get(gs[k]);
      if (g.heap != null) {
        int j = memberPositions[i][k];
        siftUp(g, g.where[j]);
        siftDown(g, g.where[j]);
      }
    }
  }

  /**
   * Recomputes {@code free[i]} and the free counts of the member's groups, and the member's place
   * in their heaps; called after every change of the member's duty, load or last pick.
   */
  private void refresh(int i) {
    boolean now = onDuty[i] && load[i] < capacity[i];
    if (now != free[i]) {
      free[i] = now;
      int delta = now ? 1 : -1;
      for (int g : memberGroups[i]) {
        groups.get(g).freeCount += delta;
      }
    }
    if (memberPositions != null) {
      reheap(i);
    }
  }

  /** An engine over {@code members} with its own {@link InMemoryAssignmentRepository}. */
  public static AssignmentEngine inMemory(
      Collection<Member> members, AssignmentPolicy policy, Clock clock) {
    return new AssignmentEngine(members, policy, clock, new InMemoryAssignmentRepository(), true);
  }

  /**
   * An engine over {@code members} storing assignments in {@code repository} (which may already
   * hold open assignments: their counts are read now).
   *
   * @throws IllegalArgumentException if two members share an id
   */
  public static AssignmentEngine of(
      Collection<Member> members,
      AssignmentPolicy policy,
      Clock clock,
      AssignmentRepository repository) {
    return new AssignmentEngine(members, policy, clock, repository, true);
  }

  /**
   * The engine of {@link #of} choosing least loaded by scanning every candidate, as before the
   * heaps: the reference the heaps are tested against.
   */
  static AssignmentEngine scanning(
      Collection<Member> members,
      AssignmentPolicy policy,
      Clock clock,
      AssignmentRepository repository) {
    return new AssignmentEngine(members, policy, clock, repository, false);
  }

  /** The policy. */
  public AssignmentPolicy policy() {
    return policy;
  }

  /** The repository holding the assignments. */
  public AssignmentRepository repository() {
    return repository;
  }

  /** The members, by id. */
  public List<Member> members() {
    return List.of(members);
  }

  /**
   * Assigns {@code item} to a member by the policy, at the clock's instant. An item with an open
   * assignment keeps it ({@link AssignmentOutcome.AlreadyAssigned}); an item nobody can take stays
   * unassigned ({@link AssignmentOutcome.Unassigned}, with the reason rule by rule).
   */
  public synchronized AssignmentOutcome assign(WorkItem item) {
    Objects.requireNonNull(item, "item must not be null");
    Instant now = clock.instant();
    for (int attempt = 0; attempt <= members.length; attempt++) {
      Optional<Assignment> existing = repository.find(item.id());
      if (existing.isPresent()) {
        return new AssignmentOutcome.AlreadyAssigned(existing.get());
      }
      int c = choose(item, now, null);
      if (c < 0) {
        return new AssignmentOutcome.Unassigned(
            item.id(), "no member available: " + misses(item, now));
      }
      Member m = members[c];
      Assignment a =
          chosenLazy != null
              ? Assignment.lazy(item, m.id(), now, chosenLazy)
              : Assignment.of(item, m.id(), now, chosenText);
      switch (repository.claim(a, m.capacity())) {
        case CLAIMED -> {
          load[c]++;
          lastPicked[c] = ++sequence;
          refresh(c);
          return new AssignmentOutcome.Assigned(a);
        }
        case MEMBER_FULL -> {
          load[c] = Math.max(repository.openCount(m.id()), m.capacity());
          refresh(c);
        }
        default -> {
          // ALREADY_ASSIGNED by a concurrent engine: the next round returns it
        }
      }
    }
    return new AssignmentOutcome.Unassigned(
        item.id(), "no member available: every claim was refused as full");
  }

  /** Ends the open assignment of {@code item} (done, closed, lost); whether it had one. */
  public synchronized boolean release(ItemId item) {
    Optional<Assignment> a = repository.find(Objects.requireNonNull(item, "item must not be null"));
    if (a.isEmpty() || !repository.release(item)) {
      return false;
    }
    Integer i = index.get(a.get().member());
    if (i != null && load[i] > 0) {
      load[i]--;
      refresh(i);
    }
    return true;
  }

  /** The open assignment of {@code item}, if any. */
  public Optional<Assignment> assignmentOf(ItemId item) {
    return repository.find(item);
  }

  /** Whether {@code member} is on duty. */
  public synchronized boolean isOnDuty(MemberId member) {
    return onDuty[require(member)];
  }

  /** The open items {@code member} holds, as far as this engine knows. */
  public synchronized int load(MemberId member) {
    return load[require(member)];
  }

  /**
   * Takes {@code member} off duty: new items no longer go to them. With {@link
   * Rebalance#MOVE_OPEN_ITEMS} their open items go to members at work by the policy (oldest first;
   * an item nobody can take stays); the moved items remember whom they cover for.
   *
   * @return the moves made, in order
   * @throws IllegalArgumentException if the member is unknown to this engine
   */
  public synchronized List<Move> offDuty(MemberId member, Rebalance rebalance) {
    int i = require(member);
    Objects.requireNonNull(rebalance, "rebalance must not be null");
    onDuty[i] = false;
    refresh(i);
    if (rebalance == Rebalance.KEEP_OPEN_ITEMS) {
      return List.of();
    }
    Instant now = clock.instant();
    List<Move> moves = new ArrayList<>();
    for (Assignment a : repository.openOf(member)) {
      int c = choose(a.item(), now, null);
      if (c < 0) {
        continue;
      }
      Member to = members[c];
      String why = member + " off duty; " + chosenExplanation(a.item(), to.id());
      Optional<MemberId> home = a.coveringFor().isPresent() ? a.coveringFor() : Optional.of(member);
      if (home.get().equals(to.id())) {
        home = Optional.empty();
      }
      Assignment moved = new Assignment(a.item(), to.id(), now, why, home);
      if (repository.move(moved, to.capacity()) == ClaimResult.CLAIMED) {
        load[i] = Math.max(0, load[i] - 1);
        load[c]++;
        lastPicked[c] = ++sequence;
        refresh(i);
        refresh(c);
        moves.add(new Move(a.itemId(), member, to.id(), why));
      }
    }
    return moves;
  }

  /**
   * Brings {@code member} back on duty. With {@link Rebalance#MOVE_OPEN_ITEMS} the open items moved
   * away from them come back (oldest first, up to their capacity).
   *
   * @return the moves made, in order
   * @throws IllegalArgumentException if the member is unknown to this engine
   */
  public synchronized List<Move> onDuty(MemberId member, Rebalance rebalance) {
    int i = require(member);
    Objects.requireNonNull(rebalance, "rebalance must not be null");
    onDuty[i] = true;
    refresh(i);
    if (rebalance == Rebalance.KEEP_OPEN_ITEMS) {
      return List.of();
    }
    Instant now = clock.instant();
    List<Move> moves = new ArrayList<>();
    Member m = members[i];
    for (Assignment a : repository.coveredFor(member)) {
      if (load[i] >= m.capacity()) {
        break;
      }
      String why = member + " back on duty";
      Assignment back = Assignment.of(a.item(), member, now, why);
      if (repository.move(back, m.capacity()) == ClaimResult.CLAIMED) {
        Integer from = index.get(a.member());
        if (from != null) {
          load[from] = Math.max(0, load[from] - 1);
          refresh(from);
        }
        load[i]++;
        refresh(i);
        moves.add(new Move(a.itemId(), a.member(), member, why));
      }
    }
    return moves;
  }

  private int require(MemberId member) {
    Integer i = index.get(Objects.requireNonNull(member, "member must not be null"));
    if (i == null) {
      throw new IllegalArgumentException(
          "member "
              + member
              + " must be one of this engine's "
              + members.length
              + " members but is not");
    }
    return i;
  }

  private boolean eligible(int i, Instant now) {
    return free[i] && (always[i] || members[i].availability().at(now));
  }

  private boolean passes(List<Condition> conditions, int skip, int i, WorkItem item) {
    for (int c = 0; c < conditions.size(); c++) {
      if (c != skip && !conditions.get(c).test(members[i], item)) {
        return false;
      }
    }
    return true;
  }

  /** The explanation text of the last successful {@link #choose} of {@code item} for {@code to}. */
  private String chosenExplanation(WorkItem item, MemberId to) {
    return chosenLazy == null
        ? chosenText
        : Assignment.lazy(item, to, Instant.EPOCH, chosenLazy).explanation();
  }

  /**
   * Why no member can take {@code item}, rule by rule. A {@link #choose} that finds nobody changes
   * no turn state (cursors and weights move only when a member is picked), so choosing again here
   * with the reasons written out reaches the same verdict.
   */
  private String misses(WorkItem item, Instant now) {
    StringBuilder misses = new StringBuilder();
    choose(item, now, misses);
    return misses.toString();
  }

  /**
   * The chosen member's index, -1 if nobody can take the item; sets {@link #chosenText} or {@link
   * #chosenLazy}. Writes why each rule missed into {@code misses} unless it is null.
   */
  private int choose(WorkItem item, Instant now, StringBuilder misses) {
    if (policy.stickyOwner() && item.customer().isPresent()) {
      CustomerId customer = item.customer().get();
      Optional<MemberId> owner = repository.lastOwner(customer);
      if (owner.isPresent()) {
        Integer i = index.get(owner.get());
        if (i != null && eligible(i, now)) {
          chosenLazy = Assignment.Lazy.STICKY_OWNER;
          chosenText = null;
          return i;
        }
        if (misses != null) {
          misses.append("sticky owner ").append(owner.get()).append(" unavailable; ");
        }
      }
    }
    for (RulePlan plan : plans) {
      Rule rule = plan.rule;
      // a simple rule on an attribute applies when the item has a value: read it once
      boolean byValue = plan.simple && plan.key != null;
      String value = byValue ? item.attributes().get(plan.key) : null;
      if (byValue ? value == null : !rule.appliesTo(item)) {
        if (misses != null) {
          misses.append(plan.prefix).append("does not apply; ");
        }
        continue;
      }
      Group g =
          plan.key == null
              ? plan.everyone
              : plan.byValue.get(value != null ? value : item.attributes().get(plan.key));
      int picked = g == null ? -1 : pick(plan, g, item, now);
      if (picked >= 0) {
        chosenLazy = null;
        chosenText = explanation(plan, g, item);
        return picked;
      }
      if (misses == null) {
        continue;
      }
      int size = g == null ? 0 : g.candidates.length;
      misses
          .append(plan.prefix)
          .append(rule.describe(item))
          .append(": none of ")
          .append(size)
          .append(size == 1 ? " candidate" : " candidates")
          .append(" free; ");
    }
    if (misses != null && misses.length() >= 2) {
      misses.setLength(misses.length() - 2);
    }
    return -1;
  }

  private String explanation(RulePlan plan, Group g, WorkItem item) {
    if (!plan.simple) {
      return plan.prefix
          + plan.rule.describe(item)
          + "; "
          + plan.rule.strategy().describe(eligibleCount);
    }
    // the text depends only on the group and the count: build each once
    if (g.explanations == null) {
      g.explanations = new String[g.candidates.length + 1];
    }
    String e = g.explanations[eligibleCount];
    if (e == null) {
      e =
          plan.prefix
              + plan.rule.describe(item)
              + "; "
              + plan.rule.strategy().describe(eligibleCount);
      g.explanations[eligibleCount] = e;
    }
    return e;
  }

  /** The picked member's index, -1 if none is eligible; sets {@link #eligibleCount}. */
  private int pick(RulePlan plan, Group g, WorkItem item, Instant now) {
    List<Condition> conditions = plan.rule.conditions();
    int[] candidates = g.candidates;
    int n = candidates.length;
    int count = 0;
    int best = -1;
    boolean counted = plan.simple && g.allAlways;
    switch (plan.rule.strategy()) {
      case ROUND_ROBIN -> {
        if (counted) {
          // the group's free count is the number eligible: stop at the first free member in turn
          count = g.freeCount;
          for (int k = 1; count > 0 && k <= n; k++) {
            int j = g.cursor + k >= n ? g.cursor + k - n : g.cursor + k;
            if (free[candidates[j]]) {
              best = j;
              break;
            }
          }
        } else {
          for (int k = 1; k <= n; k++) {
            int j = Math.floorMod(g.cursor + k, n);
            int i = candidates[j];
            if (eligible(i, now) && passes(conditions, plan.indexed, i, item)) {
              count++;
              if (best < 0) {
                best = j;
              }
            }
          }
        }
        if (best >= 0) {
          g.cursor = best;
        }
      }
      case WEIGHTED_ROUND_ROBIN -> {
        if (g.current == null) {
          g.current = new long[n];
        }
        long total = 0;
        for (int j = 0; j < n; j++) {
          int i = candidates[j];
          if (eligible(i, now) && (plan.simple || passes(conditions, plan.indexed, i, item))) {
            count++;
            g.current[j] += members[i].weight();
            total += members[i].weight();
            if (best < 0 || g.current[j] > g.current[best]) {
              best = j;
            }
          }
        }
        if (best >= 0) {
          g.current[best] -= total;
        }
      }
      default -> {
        if (g.heap != null) {
          // least loaded, simple rule, members always available: the heap's top is the pick
          count = g.freeCount;
          int top = g.heap[0];
          best = free[candidates[top]] ? top : -1;
          break;
        }
        int bestMember = -1;
        for (int j = 0; j < n; j++) {
          int i = candidates[j];
          if (eligible(i, now) && (plan.simple || passes(conditions, plan.indexed, i, item))) {
            count++;
            if (bestMember < 0
                || load[i] < load[bestMember]
                || (load[i] == load[bestMember] && lastPicked[i] < lastPicked[bestMember])) {
              best = j;
              bestMember = i;
            }
          }
        }
      }
    }
    eligibleCount = count;
    return best < 0 ? -1 : candidates[best];
  }

  /**
   * For example {@code "AssignmentEngine[5 members, 4 on duty, 12 open items;
   * AssignmentPolicy[...]]"}.
   */
  @Override
  public synchronized String toString() {
    int duty = 0;
    long open = 0;
    for (int i = 0; i < members.length; i++) {
      duty += onDuty[i] ? 1 : 0;
      open += load[i];
    }
    return "AssignmentEngine["
        + members.length
        + " members, "
        + duty
        + " on duty, "
        + open
        + " open items; "
        + policy
        + "]";
  }
}
