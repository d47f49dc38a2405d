package io.crmkit.segmentation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered list of rule segments with a fallback: a customer goes to the first segment whose
 * condition holds, or to the fallback segment ({@code "Other"} by default) when none does. Also
 * answers every segment a customer matches, for overlapping audiences. JSON through {@link
 * RulesJackson}:
 *
 * <pre>{@code
 * {"segments": [{"name": "Young sweet tooth",
 *                "when": {"and": [{"ageBetween": {"min": 18, "max": 29}}, {"prefers": "sweet"}]}}],
 *  "otherwise": "Other"}
 * }</pre>
 *
 * @since 0.1
 */
public record RuleSegmentation(List<RuleSegment> segments, String fallback) {

  /**
   * Checks the segments and fallback are not null, the fallback not blank, and every segment name
   * (fallback included) is unique; the list is copied.
   */
  public RuleSegmentation {
    Objects.requireNonNull(segments, "segments must not be null");
    segments = List.copyOf(segments);
    Objects.requireNonNull(fallback, "fallback must not be null");
    if (fallback.isBlank()) {
      throw new IllegalArgumentException("fallback segment name must not be blank");
    }
    Set<String> names = new HashSet<>();
    for (RuleSegment s : segments) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException(
            "segment names must be unique but '" + s.name() + "' repeats");
      }
    }
    if (names.contains(fallback)) {
      throw new IllegalArgumentException(
          "fallback '" + fallback + "' must differ from the segment names");
    }
  }

  /** The segments with the fallback {@code "Other"}. */
  public static RuleSegmentation of(RuleSegment... segments) {
    return new RuleSegmentation(List.of(segments), "Other");
  }

  /** The same segments with another fallback name. */
  public RuleSegmentation otherwise(String name) {
    return new RuleSegmentation(segments, name);
  }

  /** The segment names in order, the fallback last. */
  public List<String> names() {
    List<String> out = new ArrayList<>(segments.size() + 1);
    segments.forEach(s -> out.add(s.name()));
    out.add(fallback);
    return out;
  }

  /** The first matching segment, or the fallback. */
  public RuleAssignment assign(RuleContext context) {
    Objects.requireNonNull(context, "context must not be null");
    for (int i = 0; i < segments.size(); i++) {
      Evaluation e = segments.get(i).condition().evaluate(context);
      if (e.matched()) {
        return new RuleAssignment(segments.get(i).name(), i, e);
      }
    }
    return new RuleAssignment(
        fallback, segments.size(), new Evaluation(false, List.of("no segment matched")));
  }

  /** Every segment whose condition holds, in order, each with its explanation. */
  public List<RuleAssignment> matching(RuleContext context) {
    Objects.requireNonNull(context, "context must not be null");
    List<RuleAssignment> out = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      Evaluation e = segments.get(i).condition().evaluate(context);
      if (e.matched()) {
        out.add(new RuleAssignment(segments.get(i).name(), i, e));
      }
    }
    return out;
  }
}
