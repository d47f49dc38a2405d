package io.crmkit.segmentation.rfm;

import java.util.List;
import java.util.Objects;

/**
 * A named RFM segment: the union of one or more boxes of score ranges, and the action recommended
 * for its customers (e.g. "Reward them; early access to new products").
 *
 * @since 0.1
 */
public record SegmentDefinition(String name, String action, List<ScoreBox> boxes) {

  /**
   * Checks the name is not null nor blank, the action not null, and there is at least one box; the
   * list is copied.
   */
  public SegmentDefinition {
    Objects.requireNonNull(name, "segment name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("segment name must not be blank but was: '" + name + "'");
    }
    Objects.requireNonNull(
        action, "action of segment " + name + " must not be null (use \"\" for none)");
    Objects.requireNonNull(boxes, "boxes of segment " + name + " must not be null");
    boxes = List.copyOf(boxes);
    if (boxes.isEmpty()) {
      throw new IllegalArgumentException(
          "segment " + name + " must have at least one box of score ranges");
    }
  }

  /** A segment of one box. */
  public static SegmentDefinition of(String name, String action, ScoreBox box) {
    return new SegmentDefinition(name, action, List.of(box));
  }

  /**
   * Whether the scores {@code r}, {@code f} and {@code m} lie in at least one of this segment's
   * boxes.
   */
  public boolean contains(int r, int f, int m) {
    for (ScoreBox b : boxes) {
      if (b.contains(r, f, m)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return name + " " + boxes + (action.isEmpty() ? "" : ": " + action);
  }
}
