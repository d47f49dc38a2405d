package io.crmkit.loyalty.program;

import java.util.Objects;
import java.util.Optional;

/**
 * What every earning rule has: its {@code id} (unique in a programme, used in explanations), its
 * {@code priority} (higher runs first within its stage; ties keep declaration order) and an
 * optional {@code stackGroup}: of the rules in one group, only the first that applies counts, the
 * others are reported as not applied. Rules without a group always stack.
 *
 * @since 0.1
 */
public final class RuleKey {

  private final String id;
  private final int priority;
  private final String stackGroup; // null: none
  private final Optional<String> group; // stackGroup as returned (rules read it for every purchase)

  private RuleKey(String id, int priority, String stackGroup) {
    Objects.requireNonNull(id, "rule id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("rule id must not be blank but was: '" + id + "'");
    }
    if (stackGroup != null && stackGroup.isBlank()) {
      throw new IllegalArgumentException("stackGroup of rule " + id + " must not be blank");
    }
    this.id = id;
    this.priority = priority;
    this.stackGroup = stackGroup;
    this.group = Optional.ofNullable(stackGroup);
  }

  /** A rule id with priority 0 and no stacking group. */
  public static RuleKey of(String id) {
    return new RuleKey(id, 0, null);
  }

  /** The same key with priority {@code value} (higher runs first within its stage). */
  public RuleKey withPriority(int value) {
    return new RuleKey(id, value, stackGroup);
  }

  /** The same key in stacking group {@code group} (non-blank). */
  public RuleKey inGroup(String group) {
    return new RuleKey(id, priority, Objects.requireNonNull(group, "group must not be null"));
  }

  /** The rule's id. */
  public String id() {
    return id;
  }

  /** The rule's priority within its stage (higher first). */
  public int priority() {
    return priority;
  }

  /** The rule's stacking group, if any. */
  public Optional<String> stackGroup() {
    return group;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleKey k
        && id.equals(k.id)
        && priority == k.priority
        && Objects.equals(stackGroup, k.stackGroup);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, priority, stackGroup);
  }

  @Override
  public String toString() {
    return id
        + (priority != 0 ? " (priority " + priority + ")" : "")
        + (stackGroup == null ? "" : " [group " + stackGroup + "]");
  }
}
