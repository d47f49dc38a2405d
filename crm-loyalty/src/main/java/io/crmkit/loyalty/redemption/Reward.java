package io.crmkit.loyalty.redemption;

import java.util.Objects;

/**
 * A reward in the catalogue: its id, a name for people and its cost in whole points (positive).
 *
 * @since 0.1
 */
public record Reward(String id, String name, long pointsCost) {

  /**
   * Checks the id is not null nor blank, the name not null and the cost (whole points) positive.
   */
  public Reward {
    Objects.requireNonNull(id, "reward id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("reward id must not be blank");
    }
    Objects.requireNonNull(name, "name of reward " + id + " must not be null");
    if (pointsCost <= 0) {
      throw new IllegalArgumentException(
          "pointsCost of reward " + id + " must be positive but was: " + pointsCost);
    }
  }

  /**
   * The reward {@code id} called {@code name}, costing {@code pointsCost} whole points (positive).
   */
  public static Reward of(String id, String name, long pointsCost) {
    return new Reward(id, name, pointsCost);
  }

  @Override
  public String toString() {
    return name + " (" + id + "): " + pointsCost + " pts";
  }
}
