package io.crmkit.benchmarks.model;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.model.BgBbModel;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.WeightedData;
import java.util.Arrays;

/**
 * The seeded populations of the CLV benchmarks. {@link #bgNbd(int)}: customers of BG/NBD(0.5, 6,
 * 1.2, 2.8) observed for T uniform over 26–52 weeks (183 daily steps), recency rounded to the day
 * (as a shop's data is), mean repeat spend from Gamma-Gamma(6, 4, 15) rounded to the cent; in
 * weeks. The generator of issue 21's comparison with lifetimes.
 */
final class SimulatedCustomers {

  private SimulatedCustomers() {}

  /** {@code n} customers (about half of them returning), seed 2026 (spend seed 7). */
  static CustomerSummaries bgNbd(int n) {
    return bgNbd(n, 2026L, 7L, false);
  }

  /**
   * {@code n} returning customers (frequency at least 1) of the same population: the returning
   * customers of successive seeded draws (seeds 2026, 2027, …) until there are {@code n}.
   */
  static CustomerSummaries returning(int n) {
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.WEEKS);
    int added = 0;
    for (long seed = 2026L; added < n; seed++) {
      CustomerSummaries part = bgNbd(n, seed, seed + 7, true);
      for (int i = 0; i < part.size() && added < n; i++) {
        b.add(
            Integer.toString(added++),
            part.frequency(i),
            part.recency(i),
            part.age(i),
            part.monetaryValue(i));
      }
    }
    return b.build();
  }

  private static CustomerSummaries bgNbd(int n, long seed, long spendSeed, boolean returningOnly) {
    double[] ages = new double[n];
    for (int i = 0; i < n; i++) {
      ages[i] = 26 + (i % 183) / 7.0;
    }
    WeightedData sim = BgNbdModel.of(0.5, 6.0, 1.2, 2.8).simulate(ages, seed);
    double[] repeat = new double[n];
    int returning = 0;
    for (int i = 0; i < n; i++) {
      if (sim.x(i) > 0) {
        repeat[returning++] = sim.x(i);
      }
    }
    double[] spend =
        GammaGammaModel.of(6, 4, 15).simulateMeanSpend(Arrays.copyOf(repeat, returning), spendSeed);
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.WEEKS);
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (returningOnly && sim.x(i) == 0) {
        continue;
      }
      double tx = Math.min(ages[i], Math.rint(sim.tx(i) * 7) / 7);
      double z = sim.x(i) > 0 ? Math.rint(spend[k++] * 100) / 100 : 0;
      b.add(Integer.toString(i), (int) sim.x(i), tx, ages[i], Math.max(z, sim.x(i) > 0 ? 0.01 : 0));
    }
    return b.build();
  }

  /**
   * {@code n} BG/BB histories (x, t_x, n) of BG/BB(1.204, 0.750, 0.657, 2.783) (the donations
   * estimates of Fader, Hardie &amp; Shang 2010) with 6–12 opportunities, seed 2026: columns x,
   * t_x, n of weight-1 rows.
   */
  static double[][] bgBb(int n) {
    double[] opportunities = new double[n];
    for (int i = 0; i < n; i++) {
      opportunities[i] = 6 + i % 7;
    }
    WeightedData sim = BgBbModel.of(1.204, 0.750, 0.657, 2.783).simulate(opportunities, 2026L);
    double[] x = new double[n];
    double[] tx = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = sim.x(i);
      tx[i] = sim.tx(i);
    }
    return new double[][] {x, tx, opportunities};
  }
}
