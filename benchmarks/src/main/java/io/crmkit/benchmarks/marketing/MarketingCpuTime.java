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
 * per operation, each run's CPU time in ms after one warm-up run, then the median. An optional
 * second argument names the operations to run, comma-separated, in that order ({@code offers},
 * {@code offers20}, {@code fpGrowth}; default all three), and an optional third the number of
 * warm-up runs (default 1): {@code MarketingCpuTime 5 fpGrowth 10} measures FP-Growth alone in a
 * fresh JVM after ten warm-ups.
 *
 * @since 0.1
 */
public final class MarketingCpuTime {

  private MarketingCpuTime() {}

  /**
   * Runs the operations {@code args[1]} (default all) {@code args[0]} times each after {@code
   * args[2]} (default 1) warm-up runs.
   */
  public static void main(String[] args) {
    int ops = Integer.parseInt(args[0]);
    String[] which = (args.length > 1 ? args[1] : "offers,offers20,fpGrowth").split(",", -1);
    int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    MarketingBenchmark b = new MarketingBenchmark();
    b.generate();
    for (String w : which) {
      switch (w) {
        case "offers" ->
            time(
                "offersTop10ForEveryCustomer",
                ops,
                warmUps,
                () -> (int) b.offersTop10ForEveryCustomer());
        case "offers20" ->
            time(
                "offersTop10ForEveryCustomerFrom20Neighbours",
                ops,
                warmUps,
                () -> (int) b.offersTop10ForEveryCustomerFrom20Neighbours());
        case "fpGrowth" ->
            time(
                "fpGrowthMillionDenseBasketsAtTenthPercent",
                ops,
                warmUps,
                b::fpGrowthMillionDenseBasketsAtTenthPercent);
        default -> throw new IllegalArgumentException("unknown operation: " + w);
      }
    }
  }

  private static void time(String name, int ops, int warmUps, IntSupplier op) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int sink = 0;
    for (int i = 0; i < warmUps; i++) {
      sink += op.getAsInt();
    }
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
