package io.crmkit.marketing.evaluation;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A seeded generator of purchase histories with known affinities. Products {@code p0 .. p(n−1)}
 * belong to themes {@code i mod themes}; within a theme, product popularity falls as a Zipf law of
 * exponent 0.8. Each customer likes one or two themes and has one staple product of the first. A
 * customer makes {@code 1 + Geometric} baskets (mean {@code basketsPerCustomer}) some {@code 1 +
 * Geometric} days apart (mean 14) from a start day in the first year after {@code start}; a basket
 * holds {@code 1 + Geometric} items (mean {@code itemsPerBasket}), each from a liked theme with
 * probability {@code affinity} and from all products by popularity otherwise; the staple joins a
 * basket with probability 0.5, and an item's complement (the product {@code themes} numbers away in
 * the same theme) with probability {@code complement}. The same config gives the same history.
 *
 * @since 0.1
 */
public final class SyntheticBaskets {

  /**
   * The generator's settings.
   *
   * @param customers the number of customers, at least 1
   * @param products the number of products, at least {@code 2 × themes}
   * @param themes the number of themes, at least 1
   * @param basketsPerCustomer the mean number of baskets per customer, at least 1
   * @param itemsPerBasket the mean number of items drawn per basket (before staples and
   *     complements), at least 1
   * @param affinity the probability that an item comes from a liked theme, in [0, 1]
   * @param complement the probability that an item brings its complement, in [0, 1]
   * @param start the first possible day
   * @param seed the random seed
   * @since 0.1
   */
  public record Config(
      int customers,
      int products,
      int themes,
      double basketsPerCustomer,
      double itemsPerBasket,
      double affinity,
      double complement,
      LocalDate start,
      long seed) {

    /**
     * Checks the components as described above; a component out of range is refused with an {@link
     * IllegalArgumentException} naming it.
     */
    public Config {
      if (customers < 1) {
        throw new IllegalArgumentException("customers must be at least 1 but was: " + customers);
      }
      if (themes < 1) {
        throw new IllegalArgumentException("themes must be at least 1 but was: " + themes);
      }
      if (products < 2 * themes) {
        throw new IllegalArgumentException(
            "products must be at least 2 x themes = " + 2 * themes + " but was: " + products);
      }
      if (!(basketsPerCustomer >= 1) || !(itemsPerBasket >= 1)) {
        throw new IllegalArgumentException(
            "basketsPerCustomer and itemsPerBasket must be at least 1 but were: "
                + basketsPerCustomer
                + ", "
                + itemsPerBasket);
      }
      if (!(affinity >= 0 && affinity <= 1) || !(complement >= 0 && complement <= 1)) {
        throw new IllegalArgumentException(
            "affinity and complement must be in [0, 1] but were: " + affinity + ", " + complement);
      }
      Objects.requireNonNull(start, "start must not be null");
    }

    /**
     * 2,000 customers, 400 products in 20 themes, 6 baskets of 3 items, affinity 0.8, complement
     * 0.3, from 2025-01-01.
     */
    public static Config small(long seed) {
      return new Config(2_000, 400, 20, 6, 3, 0.8, 0.3, LocalDate.of(2025, 1, 1), seed);
    }

    /** This config with {@code n} customers. */
    public Config withCustomers(int n) {
      return new Config(
          n,
          products,
          themes,
          basketsPerCustomer,
          itemsPerBasket,
          affinity,
          complement,
          start,
          seed);
    }

    /** This config with {@code n} products. */
    public Config withProducts(int n) {
      return new Config(
          customers,
          n,
          themes,
          basketsPerCustomer,
          itemsPerBasket,
          affinity,
          complement,
          start,
          seed);
    }

    /** This config with {@code n} themes. */
    public Config withThemes(int n) {
      return new Config(
          customers,
          products,
          n,
          basketsPerCustomer,
          itemsPerBasket,
          affinity,
          complement,
          start,
          seed);
    }

    /**
     * This config with a mean of {@code baskets} baskets per customer and {@code items} items per
     * basket.
     */
    public Config withSizes(double baskets, double items) {
      return new Config(
          customers, products, themes, baskets, items, affinity, complement, start, seed);
    }
  }

  private final Config config;
  private final PurchaseHistory history;

  private SyntheticBaskets(Config config, PurchaseHistory history) {
    this.config = config;
    this.history = history;
  }

  /** Generates the history of {@code config}. */
  public static SyntheticBaskets generate(Config config) {
    Objects.requireNonNull(config, "config must not be null");
    SplittableRandom r = new SplittableRandom(config.seed());
    int n = config.products();
    int t = config.themes();
    PurchaseHistory.Builder b = PurchaseHistory.builder(ItemLevel.PRODUCT);
    for (int i = 0; i < n; i++) {
      b.item("p" + i);
    }
    // weights: Zipf within theme by position i / t
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      weight[i] = Math.pow(1 + i / t, -0.8);
    }
    double[] all = cumulative(weight, 0, 1);
    double[][] byTheme = new double[t][];
    for (int th = 0; th < t; th++) {
      byTheme[th] = cumulative(weight, th, t);
    }
    int start = (int) config.start().toEpochDay();
    int[] basket = new int[64];
    for (int c = 0; c < config.customers(); c++) {
      int cust = b.customer(CustomerId.of("c" + c));
      int t1 = r.nextInt(t);
      int t2 = r.nextDouble() < 0.5 ? t1 : r.nextInt(t);
      int staple = t1 + t * pick(byTheme[t1], r);
      int baskets = 1 + geometric(r, config.basketsPerCustomer() - 1);
      int day = start + r.nextInt(365);
      for (int k = 0; k < baskets; k++) {
        int size = 0;
        int draws = 1 + geometric(r, config.itemsPerBasket() - 1);
        for (int d = 0; d < draws && size < basket.length - 3; d++) {
          int item;
          if (r.nextDouble() < config.affinity()) {
            int th = r.nextBoolean() ? t1 : t2;
            item = th + t * pick(byTheme[th], r);
          } else {
            item = pick(all, r);
          }
          basket[size++] = item;
          if (r.nextDouble() < config.complement()) {
            basket[size++] = complementOf(item, n, t);
          }
        }
        if (r.nextDouble() < 0.5) {
          basket[size++] = staple;
        }
        b.addBasket(cust, day, Arrays.copyOf(basket, size));
        day += 1 + geometric(r, 13);
      }
    }
    return new SyntheticBaskets(config, b.build());
  }

  /**
   * The complement of product {@code item}: {@code themes} numbers up (even position in its theme)
   * or down (odd).
   */
  static int complementOf(int item, int products, int themes) {
    int pos = item / themes;
    int other = pos % 2 == 0 ? item + themes : item - themes;
    return other < products ? other : item - themes;
  }

  private static double[] cumulative(double[] w, int from, int step) {
    int m = (w.length - from + step - 1) / step;
    double[] cum = new double[m];
    double s = 0;
    for (int k = 0; k < m; k++) {
      s += w[from + k * step];
      cum[k] = s;
    }
    return cum;
  }

  private static int pick(double[] cum, SplittableRandom r) {
    double u = r.nextDouble() * cum[cum.length - 1];
    int i = Arrays.binarySearch(cum, u);
    return Math.min(cum.length - 1, i >= 0 ? i + 1 : -i - 1);
  }

  /** A geometric number of failures with mean {@code mean} (0 if the mean is 0). */
  private static int geometric(SplittableRandom r, double mean) {
    if (mean <= 0) {
      return 0;
    }
    double p = 1 / (1 + mean);
    return (int) Math.floor(Math.log(1 - r.nextDouble()) / Math.log(1 - p));
  }

  /**
   * Writes the baskets as order lines in the {@link io.crmkit.marketing.history.PurchaseLinesCsv}
   * layout: order ids {@code o<basket>}, categories {@code theme-<theme>}.
   */
  public void writeCsv(java.io.Writer out) throws java.io.IOException {
    Objects.requireNonNull(out, "out must not be null");
    out.write(io.crmkit.marketing.history.PurchaseLinesCsv.HEADER + "\n");
    for (int c = 0; c < history.customerCount(); c++) {
      for (int b : history.basketsOf(c)) {
        for (int k = 0; k < history.basketSize(b); k++) {
          int item = history.basketItem(b, k);
          out.write(
              history.customer(c)
                  + ",o"
                  + b
                  + ","
                  + history.basketDate(b)
                  + ","
                  + history.item(item)
                  + ",theme-"
                  + themeOf(item)
                  + "\n");
        }
      }
    }
  }

  /** The config generated from. */
  public Config config() {
    return config;
  }

  /** The generated history. */
  public PurchaseHistory history() {
    return history;
  }

  /** The theme of product number {@code item}. */
  public int themeOf(int item) {
    return item % config.themes();
  }

  /** The complement of product number {@code item} (same theme). */
  public int complementOf(int item) {
    return complementOf(item, config.products(), config.themes());
  }

  @Override
  public String toString() {
    return "SyntheticBaskets[" + config + ": " + history + "]";
  }
}
