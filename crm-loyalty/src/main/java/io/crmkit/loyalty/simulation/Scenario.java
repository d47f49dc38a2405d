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
public final class Scenario {

  private final String name;
  private final Program program;
  private final TierProgram tiers; // null: none

  private Scenario(String name, Program program, TierProgram tiers) {
    this.name = Objects.requireNonNull(name, "name must not be null");
    this.program = Objects.requireNonNull(program, "program must not be null");
    this.tiers = tiers;
  }

  /** A scenario named {@code name} of {@code program}, without tiers. */
  public static Scenario of(String name, Program program) {
    return new Scenario(name, program, null);
  }

  /** A scenario named {@code name} of {@code program} with {@code tiers}. */
  public static Scenario of(String name, Program program, TierProgram tiers) {
    return new Scenario(name, program, Objects.requireNonNull(tiers, "tiers must not be null"));
  }

  /** The scenario's name, for reports. */
  public String name() {
    return name;
  }

  /** The programme replayed. */
  public Program program() {
    return program;
  }

  /** Its tiers, if it has any. */
  public Optional<TierProgram> tiers() {
    return Optional.ofNullable(tiers);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scenario s
        && name.equals(s.name)
        && program.equals(s.program)
        && Objects.equals(tiers, s.tiers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, program, tiers);
  }

  @Override
  public String toString() {
    return "scenario "
        + name
        + ": "
        + program.name()
        + (tiers == null ? "" : " with " + tiers.tiers().size() + " tiers");
  }
}
