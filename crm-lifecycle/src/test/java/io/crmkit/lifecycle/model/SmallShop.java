package io.crmkit.lifecycle.model;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The generator of {@code small_shop_summary.csv} (test resources): a young shop's own export of 80
 * customers, acquired over the last 26 weeks, each buying at a rate of 0.02–0.22 a week and
 * dropping out with the same probability 0.3 after every purchase (no heterogeneity in dropout, so
 * BG/NBD's a and b are not identified: plain maximum likelihood runs them off to ~10⁵ together), 33
 * of them one-time buyers. Times in weeks (whole days), spend in EUR. Seed 18; {@code
 * SmallShopTest} checks that the file is this generator's output.
 */
final class SmallShop {

  static final long SEED = 18;
  static final int CUSTOMERS = 80;

  private SmallShop() {}

  /** The file's text: a header and one line per customer. */
  static String csv() {
    SplittableRandom rnd = new SplittableRandom(SEED);
    StringBuilder sb = new StringBuilder("id,frequency,recency,T,monetary_value\n");
    for (int i = 0; i < CUSTOMERS; i++) {
      long ageDays = Math.round((1 + rnd.nextDouble() * 25) * 7);
      double age = ageDays / 7.0;
      double lambda = 0.02 + 0.2 * rnd.nextDouble();
      double t = 0;
      int x = 0;
      double last = 0;
      while (true) {
        t += -Math.log(1 - rnd.nextDouble()) / lambda;
        if (t > age) {
          break;
        }
        x++;
        last = t;
        if (rnd.nextDouble() < 0.3) {
          break;
        }
      }
      long recencyDays = Math.min(ageDays, Math.round(last * 7));
      double spend = x == 0 ? 0 : Math.round((15 + 60 * rnd.nextDouble()) * 100) / 100.0;
      sb.append(
          String.format(
              Locale.ROOT,
              "c%02d,%d,%.4f,%.4f,%.2f%n",
              i + 1,
              x,
              recencyDays / 7.0,
              ageDays / 7.0,
              spend));
    }
    return sb.toString();
  }
}
