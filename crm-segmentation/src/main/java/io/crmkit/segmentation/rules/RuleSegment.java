package io.crmkit.segmentation.rules;

import java.util.Objects;

/**
 * A named segment defined by a condition.
 *
 * @since 0.1
 */
public record RuleSegment(String name, Condition condition) {

  /** Checks the name is not null nor blank and the condition is not null. */
  public RuleSegment {
    Objects.requireNonNull(name, "segment name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("segment name must not be blank but was: '" + name + "'");
    }
    Objects.requireNonNull(condition, "condition of segment " + name + " must not be null");
  }

  /** The segment {@code name} for customers meeting {@code condition}. */
  public static RuleSegment of(String name, Condition condition) {
    return new RuleSegment(name, condition);
  }
}
