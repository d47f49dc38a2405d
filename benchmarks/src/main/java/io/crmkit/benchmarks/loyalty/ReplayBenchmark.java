package io.crmkit.benchmarks.loyalty;

import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.simulation.RedemptionBehaviour;
import io.crmkit.loyalty.simulation.Scenario;
import io.crmkit.loyalty.simulation.SimulationOptions;
import io.crmkit.loyalty.simulation.SimulationRun;
import io.crmkit.loyalty.simulation.WhatIfSimulation;
import java.util.List;
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
 * What-if replay of 10 million purchases of 1 million customers over 18 months through a programme
 * of 10 earning rules with three tiers, monthly expiry sweeps and block redemptions (target: under
 * 20 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {
      "-Xms14g",
      "-Xmx14g",
      "-XX:ActiveProcessorCount=1",
      "-XX:+UseTransparentHugePages",
      "-XX:+AlwaysPreTouch"
    })
public class ReplayBenchmark {

  @Param({"10000000"})
  public int transactions;

  @Param({"1000000"})
  public int customers;

  private List<Transaction> history;
  private Scenario scenario;
  private SimulationOptions options;

  @Setup(Level.Trial)
  public void generate() {
    history = LoyaltyFixtures.purchases(transactions, customers, false, 20261126L);
    scenario = Scenario.of("bench", LoyaltyFixtures.program(), LoyaltyFixtures.tiers());
    options = SimulationOptions.of(LoyaltyFixtures.ZONE, RedemptionBehaviour.blocksOf(500, 1000));
    System.gc(); // the set-up's garbage is collected here, not inside a measured iteration
  }

  @Benchmark
  public SimulationRun replay() {
    return WhatIfSimulation.replay(history, scenario, options);
  }
}
