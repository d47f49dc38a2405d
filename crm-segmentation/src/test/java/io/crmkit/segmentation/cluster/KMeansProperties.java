package io.crmkit.segmentation.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class KMeansProperties {

  @Property(tries = 100)
  void every_row_is_nearest_to_the_centroid_of_its_own_cluster(
      @ForAll @Size(min = 8, max = 80) List<@DoubleRange(min = 0, max = 1000) Double> xs,
      @ForAll @IntRange(min = 1, max = 5) int k,
      @ForAll long seed) {
    double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = (x[i] * 7919) % 101; // a second, loosely related feature
    }
    FeatureMatrix f =
        FeatureMatrix.builder().add("x", x, Transform.NONE).add("y", y, Transform.LOG1P).build();
    ClusterResult r =
        KMeansSegmenter.builder().k(k).seed(seed).maxIterations(10_000).build().cluster(f);
    double[][] z = KMeansSegmenter.standardise(f);
    int[] sizes = new int[k];
    for (int i = 0; i < x.length; i++) {
      int own = r.clusterOf(i);
      sizes[own]++;
      double dOwn = dist(z[i], r.profiles().get(own).centroid());
      for (ClusterProfile p : r.profiles()) {
        if (p.size() > 0) {
          assertThat(dOwn).isLessThanOrEqualTo(dist(z[i], p.centroid()) + 1e-9);
        }
      }
    }
    for (int c = 0; c < k; c++) {
      assertThat(r.profiles().get(c).size()).isEqualTo(sizes[c]);
      if (c > 0) {
        assertThat(sizes[c]).isLessThanOrEqualTo(sizes[c - 1]);
      }
    }
  }

  static double dist(double[] p, List<Double> c) {
    double s = 0;
    for (int f = 0; f < p.length; f++) {
      double d = p[f] - c.get(f);
      s += d * d;
    }
    return s;
  }
}
