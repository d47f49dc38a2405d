package io.crmkit.segmentation.rules;

import java.util.Objects;

/**
 * The segment a customer was assigned to by a {@link RuleSegmentation}, and why: the evaluation of
 * the matching segment's condition, or, for the fallback, that no segment matched.
 *
 * @param segment the segment name (the fallback name when none matched)
 * @param index the index of the segment in the segmentation, or the number of segments for the
 *     fallback
 * @param explanation why
 * @since 0.1
 */
public record RuleAssignment(String segment, int index, Evaluation explanation) {

  /** Checks the segment and explanation are not null and the 0-based rule index is not negative. */
  public RuleAssignment {
    Objects.requireNonNull(segment, "segment must not be null");
    Objects.requireNonNull(explanation, "explanation must not be null");
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative but was: " + index);
    }
  }

  @Override
  public String toString() {
    return segment + " (" + String.join("; ", explanation.reasons()) + ")";
  }
}
