package io.crmkit.core.assignment;

/**
 * How a {@link Rule} picks one of the eligible members (available, with capacity left, passing its
 * conditions).
 *
 * @since 0.1
 */
public enum Strategy {
  /**
   * In turn, by member id, continuing after the last member this rule picked for the same attribute
   * values.
   */
  ROUND_ROBIN("round robin"),
  /**
   * In turn in proportion to {@link io.crmkit.core.team.Member#weight()}, smoothly interleaved (the
   * "smooth weighted round-robin" of nginx): weights 5, 1, 1 give a, a, b, a, c, a, a.
   */
  WEIGHTED_ROUND_ROBIN("weighted round robin"),
  /**
   * The member with the fewest open items; ties go to the member picked least recently, then by id.
   */
  LEAST_LOADED("least loaded");

  private final String label;

  Strategy(String label) {
    this.label = label;
  }

  /**
   * The strategy as shown in explanations, e.g. {@code "least loaded of 3"} for 3 eligible members.
   */
  public String describe(int eligible) {
    return label + " of " + eligible;
  }

  @Override
  public String toString() {
    return label;
  }
}
