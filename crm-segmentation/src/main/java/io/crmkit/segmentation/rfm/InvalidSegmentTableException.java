package io.crmkit.segmentation.rfm;

import java.util.List;

/**
 * A segment table that does not put every cell of the score cube in exactly one segment. The
 * message and the accessors list the uncovered cells ({@code "111"}) and the doubly covered ones
 * ({@code "545 in Champions, Loyal Customers"}).
 *
 * @since 0.1
 */
public final class InvalidSegmentTableException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Cells shown in the message before it is cut short. */
  private static final int SHOWN = 40;

  private final List<String> uncoveredCells;
  private final List<String> doublyCoveredCells;

  InvalidSegmentTableException(List<String> uncoveredCells, List<String> doublyCoveredCells) {
    super(
        "segment table must put every cell of the score cube in exactly one segment, but "
            + uncoveredCells.size()
            + " cells are uncovered "
            + shown(uncoveredCells)
            + " and "
            + doublyCoveredCells.size()
            + " are covered more than once "
            + shown(doublyCoveredCells));
    this.uncoveredCells = List.copyOf(uncoveredCells);
    this.doublyCoveredCells = List.copyOf(doublyCoveredCells);
  }

  private static String shown(List<String> cells) {
    if (cells.size() <= SHOWN) {
      return cells.toString();
    }
    return cells.subList(0, SHOWN) + " … (" + (cells.size() - SHOWN) + " more)";
  }

  /** The cells in no segment, e.g. {@code "111"}. */
  public List<String> uncoveredCells() {
    return uncoveredCells;
  }

  /**
   * The cells in more than one segment, each with the segments, e.g. {@code "545 in Champions,
   * Loyal Customers"}.
   */
  public List<String> doublyCoveredCells() {
    return doublyCoveredCells;
  }
}
