package io.crmkit.benchmarks.loyalty;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Thread CPU time of the loyalty benchmark operations, for a shared machine where the wall clock
 * measures the queue for a core: {@code LoyaltyCpuTime earn|earnOneByOne|replay N} runs N
 * operations of {@link EarningBenchmark} or {@link ReplayBenchmark} (same set-up and parameters)
 * and prints the CPU and wall milliseconds of each. Run it with the benchmark's JVM options (see
 * benchmarks/README.md).
 *
 * @since 0.1
 */
public final class LoyaltyCpuTime {

  private static volatile Object sink;

  private LoyaltyCpuTime() {}

  /**
   * Runs {@code args[1]} operations of benchmark {@code args[0]} and prints their times in
   * milliseconds.
   */
  public static void main(String[] args) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int n = Integer.parseInt(args[1]);
    Runnable op;
    if (args[0].equals("replay")) {
      ReplayBenchmark b = new ReplayBenchmark();
      b.transactions = 10_000_000;
      b.customers = 1_000_000;
      b.generate();
      op = () -> sink = b.replay();
    } else {
      EarningBenchmark b = new EarningBenchmark();
      b.purchases = 1_000_000;
      b.customers = 100_000;
      b.generate();
      op = args[0].equals("earn") ? () -> sink = b.earn() : () -> sink = b.earnOneByOne();
    }
    StringBuilder s = new StringBuilder(args[0]);
    for (int i = 0; i < n; i++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      op.run();
      long c = mx.getCurrentThreadCpuTime() - c0;
      long w = System.nanoTime() - w0;
      s.append(
          String.format(
              Locale.ROOT, " [%d cpu %d ms wall %d ms]", i + 1, c / 1_000_000, w / 1_000_000));
      sink = null;
      System.gc();
    }
    System.out.println(s);
  }
}
