package io.crmkit.benchmarks.churn;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.churn.BgNbdChurnScorer;
import io.crmkit.lifecycle.churn.BgNbdNoPurchaseScorer;
import io.crmkit.lifecycle.churn.ChurnScorer;
import io.crmkit.lifecycle.churn.InactivityScorer;
import io.crmkit.lifecycle.churn.logistic.DesignMatrix;
import io.crmkit.lifecycle.churn.logistic.LogisticChurnScorer;
import io.crmkit.lifecycle.churn.logistic.LogisticFit;
import io.crmkit.lifecycle.churn.logistic.LogisticModel;
import io.crmkit.lifecycle.churn.logistic.LogisticRegression;
import io.crmkit.lifecycle.churn.logistic.MissingValues;
import io.crmkit.lifecycle.model.BgNbdModel;
import java.util.List;
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
 * Churn scoring of 1 million customers with each scorer (target: under 0.5 s on one core) and
 * fitting the L2 logistic model on 1 million rows × 12 features (target: under 5 s). Summaries
 * (weeks) and features are generated with a fixed seed; labels come from a known logistic model of
 * the features.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:ActiveProcessorCount=1"})
public class ChurnBenchmark {

  @Param({"1000000"})
  public int customers;

  @Param({"12"})
  public int features;

  private CustomerSummaries summaries;
  private ChurnScorer inactivity;
  private ChurnScorer bgnbd;
  private ChurnScorer bgnbdWindow;
  private ChurnScorer logistic;
  private ChurnScorer blend;
  private DesignMatrix matrix;
  private boolean[] churned;
  private LogisticRegression fitter;

  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom random = new SplittableRandom(20261125L);
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.WEEKS);
    for (int i = 0; i < customers; i++) {
      double age = 1 + random.nextDouble() * 77;
      int x = random.nextDouble() < 0.6 ? 0 : 1 + random.nextInt(20);
      double tx = x == 0 ? 0 : age * random.nextDouble();
      b.add(Integer.toString(i + 1), x, tx, age, x == 0 ? 0 : 5 + random.nextInt(100));
    }
    summaries = b.build();
    BgNbdModel model = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
    inactivity = InactivityScorer.of(3);
    bgnbd = BgNbdChurnScorer.of(model);
    bgnbdWindow = BgNbdNoPurchaseScorer.within(model, 39);
    double[][] columns = new double[features][customers];
    churned = new boolean[customers];
    DesignMatrix.Builder m = DesignMatrix.builder(customers).ids(summaries.ids());
    for (int i = 0; i < customers; i++) {
      double eta = -0.5;
      for (int j = 0; j < features; j++) {
        double v =
            j == 0 ? summaries.timeSinceLastPurchase(i) : random.nextGaussian() * (j + 1) + 10 * j;
        columns[j][i] = v;
        eta += (j == 0 ? 0.05 : (j % 3 - 1) * 0.2 / (j + 1)) * (j == 0 ? v - 20 : v - 10 * j);
      }
      churned[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
    }
    for (int j = 0; j < features; j++) {
      m.column("f" + j, columns[j]);
    }
    matrix = m.build();
    fitter = LogisticRegression.withL2(1, MissingValues.IMPUTE_MEAN);
    LogisticModel fitted = fitter.fit(matrix, churned).model();
    logistic = LogisticChurnScorer.of(fitted, matrix);
    blend = ChurnScorer.weightedBlend(List.of(bgnbdWindow, inactivity), 0.5, 0.5);
  }

  @Benchmark
  public double[] scoreInactivity() {
    return inactivity.probabilities(summaries);
  }

  @Benchmark
  public double[] scoreBgNbd() {
    return bgnbd.probabilities(summaries);
  }

  @Benchmark
  public double[] scoreBgNbdNoPurchase() {
    return bgnbdWindow.probabilities(summaries);
  }

  @Benchmark
  public double[] scoreLogistic() {
    return logistic.probabilities(summaries);
  }

  @Benchmark
  public double[] scoreBlend() {
    return blend.probabilities(summaries);
  }

  @Benchmark
  public LogisticFit fitLogistic() {
    return fitter.fit(matrix, churned);
  }
}
