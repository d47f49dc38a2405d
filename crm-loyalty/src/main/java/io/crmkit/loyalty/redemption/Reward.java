package io.crmkit.loyalty.redemption;

import java.util.Objects;

/** A reward in the catalogue: its id, a name for people and its cost in whole points (positive). */
public record Reward(String id, String name, long pointsCost) {

  public Reward {
    Objects.requireNonNull(id, "reward id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("reward id must not be blank");
    }
    Objects.requireNonNull(name, "name of reward " + id + " must not be null");
    if (pointsCost <= 0) {
      throw new IllegalArgumentException("pointsCost of reward " + id + " must be positive but was: " + pointsCost);
    }
  }

  public static Reward of(String id, String name, long pointsCost) {
    return new Reward(id, name, pointsCost);
  }

  @Override
  public String toString() {
    return name + " (" + id + "): " + pointsCost + " pts";
  }
}
