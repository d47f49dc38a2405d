package io.crmkit.benchmarks.assignment;

import io.crmkit.benchmarks.service.BusinessTimeBenchmark;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The thread CPU time of {@link AssignmentBenchmark} and {@link BusinessTimeBenchmark}, for a
 * machine shared with other jobs where wall-clock figures mostly measure the wait for a core: each
 * operation runs {@code runs} times after two warm-ups; the median and best CPU time and the best
 * wall time are printed, in milliseconds. Run: {@code java -Xms4g -Xmx4g -XX:ActiveProcessorCount=1
 * -cp benchmarks/target/benchmarks.jar io.crmkit.benchmarks.assignment.AssignmentCpuTime [runs]}.
 *
 * @since 0.1
 */
public final class AssignmentCpuTime {

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  private AssignmentCpuTime() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    BusinessTimeBenchmark time = new BusinessTimeBenchmark();
    time.operations = 10_000_000;
    time.generate();
    measure("BusinessTimeBenchmark.plusAndBetween 10M", runs, () -> {}, time::plusAndBetween);
    for (String policy : new String[] {"roundRobin", "territoryLeastLoaded", "stickyTerritory"}) {
      AssignmentBenchmark a = new AssignmentBenchmark();
      a.items = 1_000_000;
      a.members = 1_000;
      a.policy = policy;
      a.generate();
      measure(
          "AssignmentBenchmark.assignAll 1M/1000 " + policy, runs, a::freshEngine, a::assignAll);
    }
  }

  private static void measure(String name, int runs, Runnable setUp, Runnable op) {
    long[] cpu = new long[runs];
    long bestWall = Long.MAX_VALUE;
    for (int r = -2; r < runs; r++) {
      setUp.run();
      System.gc();
      long c0 = MX.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      op.run();
      long c = MX.getCurrentThreadCpuTime() - c0;
      long w = System.nanoTime() - w0;
      if (r >= 0) {
        cpu[r] = c;
        bestWall = Math.min(bestWall, w);
      }
    }
    Arrays.sort(cpu);
    System.out.printf(
        Locale.ROOT,
        "%s: CPU median %d ms, best %d ms; best wall %d ms%n",
        name,
        cpu[runs / 2] / 1_000_000,
        cpu[0] / 1_000_000,
        bestWall / 1_000_000);
  }
}
