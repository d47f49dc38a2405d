package io.crmkit.lifecycle.stage.population;

import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.Stage;
import java.util.Objects;
import java.util.Set;

/**
 * A conversion to measure: a subject that entered stage {@code from} converts when it later reaches
 * one of the {@code targets} (by any path) before reaching one of the {@code exits} (which end the
 * attempt, e.g. LAPSED for "at risk → saved"). {@code name} labels reports.
 *
 * @since 0.1
 */
public record ConversionRule(String name, Stage from, Set<Stage> targets, Set<Stage> exits) {

  /**
   * Checks the name is not null nor blank, the stages are not null, there is at least one target
   * and neither targets nor exits contain the from stage.
   */
  public ConversionRule {
    Objects.requireNonNull(name, "name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank but was: '" + name + "'");
    }
    Objects.requireNonNull(from, "from must not be null");
    targets = Set.copyOf(Objects.requireNonNull(targets, "targets must not be null"));
    exits = Set.copyOf(Objects.requireNonNull(exits, "exits must not be null"));
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("targets of conversion '" + name + "' must not be empty");
    }
    if (targets.contains(from) || exits.contains(from)) {
      throw new IllegalArgumentException(
          "targets and exits of conversion '"
              + name
              + "' must not contain its from"
              + " stage "
              + from);
    }
  }

  /** A conversion from {@code from} to any of {@code targets}, with no exits. */
  public static ConversionRule of(String name, Stage from, Stage... targets) {
    return new ConversionRule(name, from, Set.of(targets), Set.of());
  }

  /** This rule with exit stages that end the attempt unconverted. */
  public ConversionRule unless(Stage... exitStages) {
    return new ConversionRule(name, from, targets, Set.of(exitStages));
  }

  /**
   * The funnel of the default customer lifecycle: prospect → first purchase (NEW), new → repeat
   * (ACTIVE or LOYAL), at risk → saved (ACTIVE or LOYAL before LAPSED), lapsed → won back.
   */
  public static java.util.List<ConversionRule> defaultFunnel() {
    return java.util.List.of(
        of("prospect -> first purchase", DefaultLifecycle.PROSPECT, DefaultLifecycle.NEW),
        of("new -> repeat", DefaultLifecycle.NEW, DefaultLifecycle.ACTIVE, DefaultLifecycle.LOYAL),
        of(
                "at risk -> saved",
                DefaultLifecycle.AT_RISK,
                DefaultLifecycle.ACTIVE,
                DefaultLifecycle.LOYAL)
            .unless(DefaultLifecycle.LAPSED),
        of("lapsed -> won back", DefaultLifecycle.LAPSED, DefaultLifecycle.REACTIVATED));
  }

  @Override
  public String toString() {
    return name
        + " ("
        + from
        + " -> "
        + targets
        + (exits.isEmpty() ? "" : " unless " + exits)
        + ")";
  }
}
