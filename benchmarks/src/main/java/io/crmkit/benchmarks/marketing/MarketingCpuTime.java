package io.crmkit.benchmarks.marketing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The thread CPU time of the {@link MarketingBenchmark} operations, for a machine shared with other
 * jobs, where wall time measures the contention: {@code java -Xmx6g -XX:ActiveProcessorCount=1 -cp
 * benchmarks/target/benchmarks.jar io.crmkit.benchmarks.marketing.MarketingCpuTime <ops>}. Prints,
 * per operation, each run's CPU time in ms after one warm-up run, then the median.
 *
 * @since 0.1
 */
public final class MarketingCpuTime {

  private MarketingCpuTime() {}

  /** Runs every operation {@code args[0]} times after one warm-up run. */
  public static void main(String[] args) {
    int ops = Integer.parseInt(args[0]);
    MarketingBenchmark b = new MarketingBenchmark();
    b.generate();
    time("offersTop10ForEveryCustomer", ops, () -> (int) b.offersTop10ForEveryCustomer());
    time(
        "offersTop10ForEveryCustomerFrom20Neighbours",
        ops,
        () -> (int) b.offersTop10ForEveryCustomerFrom20Neighbours());
    time(
        "fpGrowthMillionDenseBasketsAtTenthPercent",
        ops,
        b::fpGrowthMillionDenseBasketsAtTenthPercent);
  }

  private static void time(String name, int ops, IntSupplier op) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int sink = op.getAsInt();
    double[] ms = new double[ops];
    for (int i = 0; i < ops; i++) {
      long t0 = mx.getCurrentThreadCpuTime();
      sink += op.getAsInt();
      ms[i] = (mx.getCurrentThreadCpuTime() - t0) / 1e6;
    }
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    StringBuilder sb = new StringBuilder();
    for (double v : ms) {
      sb.append(String.format(Locale.ROOT, " %.0f", v));
    }
    Supplier<String> load =
        () ->
            String.format(
                Locale.ROOT,
                "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(
        Locale.ROOT,
        "%s: CPU ms%s, median %.0f (load %s, result %d)%n",
        name,
        sb,
        sorted[ops / 2],
        load.get(),
        sink);
  }
}
