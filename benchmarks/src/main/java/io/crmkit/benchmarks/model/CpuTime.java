package io.crmkit.benchmarks.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The thread CPU time of the {@link FitBenchmark} and {@link ScoreBenchmark} operations, for a
 * machine shared with other jobs, where wall time measures the contention: {@code java -cp
 * benchmarks/target/benchmarks.jar io.crmkit.benchmarks.model.CpuTime <benchmark> <param> <ops>}
 * with benchmark {@code fit} (param {@code model:customers}, e.g. {@code bgnbd:1000000}), {@code
 * covariates} ({@link CovariateBenchmark}, param {@code model:customers}) or {@code score} (param
 * {@code scoreAll}, {@code scoreOnePass}, {@code probabilityAlive}, {@code expectedPurchases} or
 * {@code lifetimeValue}). Prints each operation's CPU time in ms after {@code ops} warm-up
 * operations, then the median.
 *
 * @since 0.1
 */
public final class CpuTime {

  private CpuTime() {}

  public static void main(String[] args) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int ops = Integer.parseInt(args[2]);
    Runnable op;
    if (args[0].equals("fit")) {
      FitBenchmark b = new FitBenchmark();
      String[] mc = args[1].split(":", -1);
      b.model = mc[0];
      b.customers = Integer.parseInt(mc[1]);
      b.setUp();
      op = b::fit;
    } else if (args[0].equals("covariates")) {
      CovariateBenchmark b = new CovariateBenchmark();
      String[] mc = args[1].split(":", -1);
      b.model = mc[0];
      b.customers = Integer.parseInt(mc[1]);
      b.setUp();
      op = b::fit;
    } else {
      ScoreBenchmark b = new ScoreBenchmark();
      b.setUp();
      Blackhole bh =
          new Blackhole(
              "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
      op =
          switch (args[1]) {
            case "scoreAll" -> () -> b.scoreAll(bh);
            case "scoreOnePass" -> b::scoreOnePass;
            case "probabilityAlive" -> b::probabilityAlive;
            case "expectedPurchases" -> b::expectedPurchases;
            case "lifetimeValue" -> b::lifetimeValue;
            default -> throw new IllegalArgumentException("unknown scoring benchmark: " + args[1]);
          };
    }
    for (int i = 0; i < ops; i++) {
      op.run();
    }
    double[] ms = new double[ops];
    for (int i = 0; i < ops; i++) {
      long t0 = mx.getCurrentThreadCpuTime();
      op.run();
      ms[i] = (mx.getCurrentThreadCpuTime() - t0) / 1e6;
    }
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    StringBuilder sb = new StringBuilder();
    for (double v : ms) {
      sb.append(String.format(Locale.ROOT, " %.1f", v));
    }
    System.out.printf(
        Locale.ROOT, "%s %s: median %.1f ms CPU;%s%n", args[0], args[1], sorted[ops / 2], sb);
  }
}
