package io.crmkit.loyalty.redemption;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rewards members can redeem points for, by id (ids unique). Immutable.
 *
 * @since 0.1
 */
public final class RewardCatalogue {

  private final Map<String, Reward> rewards;

  private RewardCatalogue(List<Reward> list) {
    Objects.requireNonNull(list, "rewards must not be null");
    Map<String, Reward> map = new LinkedHashMap<>();
    for (Reward r : list) {
      Objects.requireNonNull(r, "rewards must not contain null");
      if (map.put(r.id(), r) != null) {
        throw new IllegalArgumentException(
            "reward ids must be unique but " + r.id() + " appears twice");
      }
    }
    this.rewards = Collections.unmodifiableMap(map);
  }

  /** The catalogue of {@code rewards}, in that order (ids unique). */
  public static RewardCatalogue of(List<Reward> rewards) {
    return new RewardCatalogue(rewards);
  }

  /** The catalogue of {@code rewards}, in that order (ids unique). */
  public static RewardCatalogue of(Reward... rewards) {
    return new RewardCatalogue(List.of(rewards));
  }

  /** The reward with {@code id}, if any. */
  public Optional<Reward> reward(String id) {
    return Optional.ofNullable(rewards.get(id));
  }

  /** All rewards in declaration order. */
  public List<Reward> rewards() {
    return new ArrayList<>(rewards.values());
  }

  /** The rewards costing at most {@code points}. */
  public List<Reward> affordable(long points) {
    List<Reward> out = new ArrayList<>();
    for (Reward r : rewards.values()) {
      if (r.pointsCost() <= points) {
        out.add(r);
      }
    }
    return out;
  }

  /** Equal when the same rewards are in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RewardCatalogue c && rewards().equals(c.rewards());
  }

  @Override
  public int hashCode() {
    return rewards().hashCode();
  }

  @Override
  public String toString() {
    return "catalogue " + rewards.values();
  }
}
