package io.crmkit.benchmarks.marketing;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Customer;
import io.crmkit.marketing.basket.FrequentItemsets;
import io.crmkit.marketing.basket.MiningOptions;
import io.crmkit.marketing.evaluation.SyntheticBaskets;
import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.offer.CustomerOffers;
import io.crmkit.marketing.offer.NextBestOffer;
import io.crmkit.marketing.offer.OfferPolicy;
import io.crmkit.marketing.similar.ItemNeighbours;
import io.crmkit.marketing.similar.NeighbourOptions;
import io.crmkit.marketing.similar.Similarity;
import io.crmkit.marketing.targeting.ContactHistory;
import io.crmkit.marketing.usual.UsualOptions;
import io.crmkit.marketing.usual.Usuals;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The speed targets of issue 18 on one core, over a seeded synthetic history of 1,000,000 customers
 * and 50,000 products in 500 themes (about 3.5 baskets per customer, about 10 M order lines: {@link
 * SyntheticBaskets}): item-item top-50 cosine neighbours over customers (target &lt; 30 s), top-10
 * next best offers for every customer from the usual, the neighbours and popularity (target &lt; 10
 * s), and FP-Growth over the first 1,000,000 baskets at 0.1% support (target &lt; 10 s). The setup
 * prints the state's memory per item and per customer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:ActiveProcessorCount=1"})
public class MarketingBenchmark {

  static final LocalDate START = LocalDate.of(2025, 1, 1);

  private PurchaseHistory history;
  private PurchaseHistory millionBaskets;
  private PurchaseHistory millionDenseBaskets;
  private ItemNeighbours neighbours;
  private NextBestOffer offers;
  private NextBestOffer offers20;
  private Customer[] customers;

  /** Generates the data and the state once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    history =
        SyntheticBaskets.generate(
                new SyntheticBaskets.Config(
                    1_000_000, 50_000, 500, 3.5, 2, 0.8, 0.3, START, 20261203L))
            .history();
    millionBaskets = history.filterBaskets(b -> b < 1_000_000);
    // a denser catalogue for FP-Growth: 2,000 products in 40 themes, about 1 M baskets of 290,000
    // customers
    millionDenseBaskets =
        SyntheticBaskets.generate(
                new SyntheticBaskets.Config(290_000, 2_000, 40, 3.5, 2, 0.8, 0.3, START, 20261204L))
            .history()
            .filterBaskets(b -> b < 1_000_000);
    long t0 = System.nanoTime();
    neighbours = ItemNeighbours.of(history, NeighbourOptions.of(Similarity.COSINE, 50));
    long t1 = System.nanoTime();
    LocalDate asOf = START.plusYears(2);
    Clock clock = Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    offers =
        NextBestOffer.builder(history, clock)
            .usuals(Usuals.of(history, asOf, UsualOptions.defaults()))
            .neighbours(neighbours)
            .popularity()
            .build();
    offers20 =
        NextBestOffer.builder(history, clock)
            .usuals(Usuals.of(history, asOf, UsualOptions.defaults()))
            .neighbours(neighbours, 20)
            .popularity()
            .build();
    customers = new Customer[history.customerCount()];
    Instant created = START.atStartOfDay(ZoneOffset.UTC).toInstant();
    for (int c = 0; c < customers.length; c++) {
      customers[c] = Customer.builder(history.customer(c), created).build();
    }
    System.out.printf(
        Locale.ROOT, "%n%s; neighbours built once in setup in %.1f s%n", history, (t1 - t0) / 1e9);
    System.out.printf(
        Locale.ROOT,
        "history arrays: %.1f bytes per customer (%.2f baskets, %.2f lines each)%n",
        history.primitiveBytes() / (double) history.customerCount(),
        history.basketCount() / (double) history.customerCount(),
        history.basketItemCount() / (double) history.customerCount());
    System.out.printf(
        Locale.ROOT,
        "neighbours: %.1f bytes per item (%d bytes)%n",
        neighbours.memoryBytes() / (double) history.itemCount(),
        neighbours.memoryBytes());
    System.out.printf(
        Locale.ROOT,
        "FP-Growth at 0.1%%: %d itemsets of %s; %d itemsets of %s%n",
        fpGrowthMillionBasketsAtTenthPercent(),
        millionBaskets,
        fpGrowthMillionDenseBasketsAtTenthPercent(),
        millionDenseBaskets);
  }

  /** Item-item top-50 cosine neighbours over customers. */
  @Benchmark
  public ItemNeighbours itemNeighboursTop50() {
    return ItemNeighbours.of(history, NeighbourOptions.of(Similarity.COSINE, 50));
  }

  /** Top-10 offers for every customer; returns the number of offers. */
  @Benchmark
  public long offersTop10ForEveryCustomer() {
    long n = 0;
    OfferPolicy policy = OfferPolicy.on(Channel.EMAIL);
    ContactHistory none = ContactHistory.empty();
    for (Customer c : customers) {
      CustomerOffers o = offers.offersFor(c, none, policy, 10);
      n += o.offers().size();
    }
    return n;
  }

  /**
   * Top-10 offers for every customer, from the 20 nearest neighbours of each bought item; the
   * number of offers.
   */
  @Benchmark
  public long offersTop10ForEveryCustomerFrom20Neighbours() {
    long n = 0;
    OfferPolicy policy = OfferPolicy.on(Channel.EMAIL);
    ContactHistory none = ContactHistory.empty();
    for (Customer c : customers) {
      n += offers20.offersFor(c, none, policy, 10).offers().size();
    }
    return n;
  }

  /**
   * FP-Growth frequent itemsets of 1,000,000 baskets at 0.1% support (none: no product is that
   * frequent).
   */
  @Benchmark
  public int fpGrowthMillionBasketsAtTenthPercent() {
    return FrequentItemsets.mine(millionBaskets, MiningOptions.minSupport(0.001)).size();
  }

  /** FP-Growth frequent itemsets of 1,000,000 baskets over 2,000 products at 0.1% support. */
  @Benchmark
  public int fpGrowthMillionDenseBasketsAtTenthPercent() {
    return FrequentItemsets.mine(millionDenseBaskets, MiningOptions.minSupport(0.001)).size();
  }
}
