package io.crmkit.benchmarks.segmentation;

import io.crmkit.segmentation.cluster.ClusterResult;
import io.crmkit.segmentation.cluster.FeatureMatrix;
import io.crmkit.segmentation.cluster.KMeansSegmenter;
import io.crmkit.segmentation.cluster.Transform;
import java.util.SplittableRandom;
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
 * k-means++ with k = 8 over 100,000 customers and 3 standardised log features (recency in days,
 * transactions, spend), seeded (target: under 2 s). The features are drawn from skewed
 * distributions with a fixed seed in the setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:ActiveProcessorCount=1"})
public class KMeansBenchmark {

  @Param({"100000"})
  public int customers;

  @Param({"8"})
  public int k;

  private FeatureMatrix features;
  private KMeansSegmenter segmenter;

  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom random = new SplittableRandom(20261125L);
    double[] days = new double[customers];
    double[] tx = new double[customers];
    double[] spend = new double[customers];
    for (int i = 0; i < customers; i++) {
      days[i] = random.nextInt(365);
      tx[i] = 1 + (int) (-Math.log(1 - random.nextDouble()) * 3);
      spend[i] = tx[i] * Math.exp(3 + random.nextGaussian());
    }
    features =
        FeatureMatrix.builder()
            .add("recencyDays", days, Transform.LOG1P)
            .add("transactions", tx, Transform.LOG1P)
            .add("spend", spend, Transform.LOG1P)
            .build();
    segmenter = KMeansSegmenter.builder().k(k).seed(42).build();
  }

  @Benchmark
  public ClusterResult cluster() {
    return segmenter.cluster(features);
  }
}
