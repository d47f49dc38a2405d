package io.crmkit.loyalty.program;

import java.util.Objects;
import java.util.Optional;

/**
 * What every earning rule has: its {@code id} (unique in a programme, used in explanations), its
 * {@code priority} (higher runs first within its stage; ties keep declaration order) and an optional
 * {@code stackGroup}: of the rules in one group, only the first that applies counts, the others are
 * reported as not applied. Rules without a group always stack.
 *
 * @since 0.1
 */
public record RuleKey(String id, int priority, Optional<String> stackGroup) {

  /** Checks the id is not null nor blank and the stack group, when present, is not blank. */
  public RuleKey {
    Objects.requireNonNull(id, "rule id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("rule id must not be blank but was: '" + id + "'");
    }
    Objects.requireNonNull(stackGroup, "stackGroup must not be null (use Optional.empty())");
    if (stackGroup.isPresent() && stackGroup.get().isBlank()) {
      throw new IllegalArgumentException("stackGroup of rule " + id + " must not be blank");
    }
  }

  /** A rule id with priority 0 and no stacking group. */
  public static RuleKey of(String id) {
    return new RuleKey(id, 0, Optional.empty());
  }

  /** This key with priority {@code value} (higher runs first within its stage). */
  public RuleKey withPriority(int value) {
    return new RuleKey(id, value, stackGroup);
  }

  /** This key in stack group {@code group}: only the first applying rule of a group counts. */
  public RuleKey inGroup(String group) {
    return new RuleKey(id, priority, Optional.of(group));
  }

  @Override
  public String toString() {
    return id + (priority != 0 ? " (priority " + priority + ")" : "") + stackGroup.map(g -> " [group " + g + "]").orElse("");
  }
}
