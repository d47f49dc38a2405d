package io.crmkit.lifecycle.stage.population;

import io.crmkit.core.service.DurationStatistics;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleDefinition;
import io.crmkit.lifecycle.stage.Stage;
import io.crmkit.lifecycle.stage.StageMove;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Views of many lifecycles of one definition: counts per stage at a date, flows between stages per
 * period, conversion funnels with median time to convert. Each view reads every lifecycle's history
 * once; the population is copied when created.
 *
 * @since 0.1
 */
public final class LifecyclePopulation {

  private final LifecycleDefinition definition;
  private final List<Lifecycle> lifecycles;

  private LifecyclePopulation(LifecycleDefinition definition, List<Lifecycle> lifecycles) {
    this.definition = definition;
    this.lifecycles = lifecycles;
  }

  /** The population of {@code lifecycles}, all following {@code definition}. */
  public static LifecyclePopulation of(
      LifecycleDefinition definition, Iterable<Lifecycle> lifecycles) {
    Objects.requireNonNull(definition, "definition must not be null");
    Objects.requireNonNull(lifecycles, "lifecycles must not be null");
    List<Lifecycle> copy = new ArrayList<>();
    for (Lifecycle l : lifecycles) {
      Objects.requireNonNull(l, "lifecycle must not be null");
      for (Stage s : l.path()) {
        if (!definition.hasStage(s)) {
          throw new IllegalArgumentException(
              "stage "
                  + s
                  + " in the history of "
                  + l.subjectId()
                  + " is not a stage of lifecycle '"
                  + definition.name()
                  + "': "
                  + definition.stages());
        }
      }
      copy.add(l);
    }
    return new LifecyclePopulation(definition, List.copyOf(copy));
  }

  /** The number of lifecycles. */
  public int size() {
    return lifecycles.size();
  }

  /** How many subjects were in each stage at {@code at} (after the moves at {@code at}). */
  public StageCounts countsAt(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    Map<Stage, Long> counts = new LinkedHashMap<>();
    definition.stages().forEach(s -> counts.put(s, 0L));
    for (Lifecycle l : lifecycles) {
      l.stageAt(at).ifPresent(s -> counts.merge(s, 1L, Long::sum));
    }
    return new StageCounts(at, counts);
  }

  /** How many subjects were in each stage at the end of local date {@code date} in {@code zone}. */
  public StageCounts countsAtEndOf(LocalDate date, ZoneId zone) {
    return countsAt(date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1));
  }

  /**
   * The moves made in {@code [from, to)}, per pair of stages in stage order (pairs without moves
   * omitted).
   */
  public List<Flow> flows(Instant from, Instant to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from " + from + " but was: " + to);
    }
    List<Stage> stages = definition.stages();
    int n = stages.size();
    Map<Stage, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(stages.get(i), i);
    }
    long[] counts = new long[n * n];
    for (Lifecycle l : lifecycles) {
      for (StageMove m : l.history()) {
        if (!m.at().isBefore(from) && m.at().isBefore(to)) {
          counts[index.get(m.from()) * n + index.get(m.to())]++;
        }
      }
    }
    List<Flow> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (counts[i * n + j] > 0) {
          out.add(new Flow(stages.get(i), stages.get(j), counts[i * n + j]));
        }
      }
    }
    return out;
  }

  /**
   * The flows in consecutive periods of length {@code step} from local date {@code start} until
   * {@code end} (the last period ends at {@code end}), dates read in {@code zone}.
   */
  public List<PeriodFlows> flowsPerPeriod(
      LocalDate start, LocalDate end, Period step, ZoneId zone) {
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    Objects.requireNonNull(step, "step must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    if (step.isZero() || step.isNegative()) {
      throw new IllegalArgumentException("step must be positive but was: " + step);
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start " + start + " but was: " + end);
    }
    List<PeriodFlows> out = new ArrayList<>();
    for (LocalDate s = start; s.isBefore(end); ) {
      LocalDate e = s.plus(step);
      if (e.isAfter(end)) {
        e = end;
      }
      out.add(
          new PeriodFlows(
              s, e, flows(s.atStartOfDay(zone).toInstant(), e.atStartOfDay(zone).toInstant())));
      s = e;
    }
    return out;
  }

  /**
   * The conversion of {@code rule} for the cohort of subjects that (first) entered its from-stage
   * in {@code [cohortFrom, cohortTo)}, counting targets reached up to {@code asOf}.
   */
  public Conversion conversion(
      ConversionRule rule, Instant cohortFrom, Instant cohortTo, Instant asOf) {
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(cohortFrom, "cohortFrom must not be null");
    Objects.requireNonNull(cohortTo, "cohortTo must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    long entered = 0;
    List<Duration> times = new ArrayList<>();
    for (Lifecycle l : lifecycles) {
      Optional<Instant> entry = entryIn(l, rule.from(), cohortFrom, cohortTo);
      if (entry.isEmpty()) {
        continue;
      }
      entered++;
      firstTargetAfter(l, rule, entry.get(), asOf)
          .ifPresent(t -> times.add(Duration.between(entry.get(), t)));
    }
    return new Conversion(
        rule,
        entered,
        times.size(),
        entered == 0 ? 0 : (double) times.size() / entered,
        median(times));
  }

  /** The conversions of every rule for the same cohort period and as-of instant. */
  public List<Conversion> funnel(
      List<ConversionRule> rules, Instant cohortFrom, Instant cohortTo, Instant asOf) {
    Objects.requireNonNull(rules, "rules must not be null");
    return rules.stream().map(r -> conversion(r, cohortFrom, cohortTo, asOf)).toList();
  }

  private static Optional<Instant> entryIn(Lifecycle l, Stage stage, Instant from, Instant to) {
    if (l.initialStage().equals(stage)
        && !l.startedAt().isBefore(from)
        && l.startedAt().isBefore(to)) {
      return Optional.of(l.startedAt());
    }
    for (StageMove m : l.history()) {
      if (m.to().equals(stage) && !m.at().isBefore(from) && m.at().isBefore(to)) {
        return Optional.of(m.at());
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> firstTargetAfter(
      Lifecycle l, ConversionRule rule, Instant entry, Instant asOf) {
    boolean entered = l.initialStage().equals(rule.from()) && l.startedAt().equals(entry);
    for (StageMove m : l.history()) {
      if (m.at().isAfter(asOf)) {
        break;
      }
      if (!entered) {
        entered = m.to().equals(rule.from()) && m.at().equals(entry);
        continue;
      }
      if (rule.targets().contains(m.to())) {
        return Optional.of(m.at());
      }
      if (rule.exits().contains(m.to())) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static Optional<Duration> median(List<Duration> durations) {
    return DurationStatistics.of(durations).median();
  }

  @Override
  public String toString() {
    return lifecycles.size() + " lifecycles of '" + definition.name() + "'";
  }
}
