package io.crmkit.loyalty.simulation;

import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.tier.TierProgram;
import java.util.Objects;
import java.util.Optional;

/**
 * A programme to replay: its earning rules and ledger policy, and its tiers if it has any.
 *
 * @since 0.1
 */
public record Scenario(String name, Program program, Optional<TierProgram> tiers) {

  /** Checks no component is null. */
  public Scenario {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(program, "program must not be null");
    Objects.requireNonNull(tiers, "tiers must not be null (use Optional.empty())");
  }

  /** A scenario without tiers. */
  public static Scenario of(String name, Program program) {
    return new Scenario(name, program, Optional.empty());
  }

  /** A scenario with tiers. */
  public static Scenario of(String name, Program program, TierProgram tiers) {
    return new Scenario(name, program, Optional.of(tiers));
  }

  @Override
  public String toString() {
    return "scenario " + name + ": " + program.name() + tiers.map(t -> " with " + t.tiers().size() + " tiers").orElse("");
  }
}
