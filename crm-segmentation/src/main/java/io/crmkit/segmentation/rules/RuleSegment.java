package io.crmkit.segmentation.rules;

import java.util.Objects;

/** A named segment defined by a condition. */
public record RuleSegment(String name, Condition condition) {

  public RuleSegment {
    Objects.requireNonNull(name, "segment name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("segment name must not be blank but was: '" + name + "'");
    }
    Objects.requireNonNull(condition, "condition of segment " + name + " must not be null");
  }

  public static RuleSegment of(String name, Condition condition) {
    return new RuleSegment(name, condition);
  }
}
