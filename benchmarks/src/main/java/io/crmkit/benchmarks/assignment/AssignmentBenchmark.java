package io.crmkit.benchmarks.assignment;

import io.crmkit.core.assignment.AssignmentEngine;
import io.crmkit.core.assignment.AssignmentPolicy;
import io.crmkit.core.assignment.Condition;
import io.crmkit.core.assignment.Rule;
import io.crmkit.core.assignment.Strategy;
import io.crmkit.core.assignment.WorkItem;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.AttributeKey;
import io.crmkit.core.team.Member;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assigning 1 million items across 1,000 members (target: under 1 s), through the in-memory
 * repository. Members cover one of 20 territories (50 each) and have room for 2,000 open items;
 * items carry a random territory (seeded) and one of 200,000 customers. Policies: {@code
 * roundRobin} (everyone in turn), {@code territoryLeastLoaded} (rule 1: same territory, least
 * loaded of 50; rule 2: anyone, round robin), {@code stickyTerritory} (the same with a sticky owner
 * for returning customers). Each shot assigns every item to a fresh engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:ActiveProcessorCount=1"})
public class AssignmentBenchmark {

  @Param({"1000000"})
  public int items;

  @Param({"1000"})
  public int members;

  @Param({"roundRobin", "territoryLeastLoaded", "stickyTerritory"})
  public String policy;

  private List<Member> roster;
  private WorkItem[] work;
  private AssignmentPolicy assignmentPolicy;
  private AssignmentEngine engine;
  private final Clock clock = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

  @Setup(Level.Trial)
  public void generate() {
    roster = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      roster.add(
          Member.builder("m" + m)
              .territories("t" + (m % 20))
              .capacity(2 * items / members)
              .build());
    }
    SplittableRandom random = new SplittableRandom(20261203L);
    work = new WorkItem[items];
    for (int i = 0; i < items; i++) {
      work[i] =
          WorkItem.builder("i" + i)
              .territory("t" + random.nextInt(20))
              .customer(CustomerId.of(random.nextInt(200_000)))
              .build();
    }
    Rule territory =
        Rule.of(Strategy.LEAST_LOADED, Condition.sameAttribute(AttributeKey.TERRITORY));
    assignmentPolicy =
        switch (policy) {
          case "roundRobin" -> AssignmentPolicy.roundRobin();
          case "territoryLeastLoaded" ->
              AssignmentPolicy.of(territory, Rule.anyone(Strategy.ROUND_ROBIN));
          case "stickyTerritory" ->
              AssignmentPolicy.of(territory, Rule.anyone(Strategy.ROUND_ROBIN)).withStickyOwner();
          default -> throw new IllegalArgumentException("unknown policy: " + policy);
        };
  }

  @Setup(Level.Invocation)
  public void freshEngine() {
    engine = AssignmentEngine.inMemory(roster, assignmentPolicy, clock);
  }

  /** Assigns every item; returns how many were assigned (all of them). */
  @Benchmark
  public int assignAll() {
    int assigned = 0;
    for (WorkItem w : work) {
      if (engine.assign(w).isNew()) {
        assigned++;
      }
    }
    if (assigned != items) {
      throw new IllegalStateException("assigned " + assigned + " of " + items);
    }
    return assigned;
  }
}
