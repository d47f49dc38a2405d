package io.crmkit.segmentation.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KMeansSegmenterTest {

  /** Three blobs of 60 rows around (10, 100), (50, 500), (90, 900), in shuffled order. */
  static FeatureMatrix blobs(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 180;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      int b = i % 3;
      x[i] = 10 + 40 * b + r.nextDouble(-3, 3);
      y[i] = 100 + 400 * b + r.nextDouble(-30, 30);
    }
    return FeatureMatrix.builder().add("x", x, Transform.NONE).add("y", y, Transform.NONE).build();
  }

  @Test
  void silhouette_chooses_three_clusters_for_three_blobs_with_profiles_in_original_units() {
    ClusterResult r = KMeansSegmenter.builder().kBetween(2, 6).seed(7).build().cluster(blobs(1));
    assertThat(r.k()).isEqualTo(3);
    assertThat(r.silhouettes()).extracting(KScore::k).containsExactly(2, 3, 4, 5, 6);
    assertThat(r.silhouettes().get(1).silhouette()).isGreaterThan(0.8);
    assertThat(r.profiles()).allSatisfy(p -> assertThat(p.size()).isEqualTo(60));
    double[] xs = r.profiles().stream().mapToDouble(p -> p.means().get(0)).sorted().toArray();
    assertThat(xs[0]).isCloseTo(10, within(1.0));
    assertThat(xs[1]).isCloseTo(50, within(1.0));
    assertThat(xs[2]).isCloseTo(90, within(1.0));
    // every blob is one cluster: rows i and i + 3 share a cluster
    for (int i = 0; i + 3 < 180; i++) {
      assertThat(r.clusterOf(i)).isEqualTo(r.clusterOf(i + 3));
    }
    assertThat(r.toString()).contains("k=3");
  }

  @Test
  void same_seed_same_clusters() {
    FeatureMatrix f = blobs(3);
    KMeansSegmenter s = KMeansSegmenter.builder().k(5).seed(11).build();
    assertThat(s.cluster(f).labels()).containsExactly(s.cluster(f).labels());
    assertThat(s.cluster(f).silhouettes()).isEmpty();
  }

  @Test
  void silhouette_matches_hand_computation() {
    double[][] z = {{0}, {1}, {10}, {11}};
    int[] labels = {0, 0, 1, 1};
    double expected = (2 * 9.5 / 10.5 + 2 * 8.5 / 9.5) / 4;
    assertThat(Silhouette.mean(z, labels, 2, new int[] {0, 1, 2, 3}))
        .isCloseTo(expected, within(1e-15));
    // a row alone in its cluster counts 0
    assertThat(Silhouette.mean(z, new int[] {0, 1, 1, 1}, 2, new int[] {0, 1, 2, 3}))
        .isLessThan(Silhouette.mean(z, labels, 2, new int[] {0, 1, 2, 3}));
  }

  @Test
  void standardisation_gives_zero_mean_unit_variance_and_zero_for_a_constant() {
    FeatureMatrix f =
        FeatureMatrix.builder()
            .add("a", new double[] {0, 9, 99}, Transform.LOG1P)
            .add("c", new double[] {5, 5, 5}, Transform.NONE)
            .build();
    double[][] z = KMeansSegmenter.standardise(f);
    double mean = (z[0][0] + z[1][0] + z[2][0]) / 3;
    double var = (z[0][0] * z[0][0] + z[1][0] * z[1][0] + z[2][0] * z[2][0]) / 3;
    assertThat(mean).isCloseTo(0, within(1e-12));
    assertThat(var).isCloseTo(1, within(1e-12));
    assertThat(z[1][1]).isZero();
    // log1p: 0, log 10, log 100 are equally spaced
    assertThat(z[1][0]).isCloseTo(0, within(1e-12));
  }

  @Test
  void fewer_distinct_rows_than_k_leave_clusters_empty_and_the_smaller_k_wins_ties() {
    ClusterResult same =
        KMeansSegmenter.builder()
            .k(3)
            .build()
            .cluster(
                FeatureMatrix.builder()
                    .add("a", new double[] {3, 3, 3, 3, 3, 3}, Transform.NONE)
                    .build());
    assertThat(same.profiles()).extracting(ClusterProfile::size).containsExactly(6, 0, 0);
    assertThat(same.profiles().get(1).means().get(0)).isNaN();
    ClusterResult two =
        KMeansSegmenter.builder()
            .kBetween(2, 4)
            .build()
            .cluster(
                FeatureMatrix.builder()
                    .add("a", new double[] {1, 1, 1, 2, 2, 2}, Transform.NONE)
                    .build());
    assertThat(two.k()).isEqualTo(2);
    assertThat(two.silhouettes()).extracting(KScore::silhouette).containsExactly(1.0, 1.0, 1.0);
  }

  @Test
  void bad_input_is_refused() {
    assertThatThrownBy(() -> FeatureMatrix.builder().add("a", new double[] {-1}, Transform.LOG1P))
        .hasMessage("feature a must be finite and above -1 for LOG1P but row 0 was: -1.0");
    assertThatThrownBy(
            () ->
                FeatureMatrix.builder()
                    .add("a", new double[] {1}, Transform.NONE)
                    .add("b", new double[] {1, 2}, Transform.NONE))
        .hasMessageContaining("must have 1 rows");
    assertThatThrownBy(
            () ->
                KMeansSegmenter.builder()
                    .k(5)
                    .build()
                    .cluster(
                        FeatureMatrix.builder()
                            .add("a", new double[] {1, 2}, Transform.NONE)
                            .build()))
        .hasMessage("rows must be at least k 5 but were: 2");
    assertThatThrownBy(() -> KMeansSegmenter.builder().kBetween(1, 3))
        .hasMessageContaining("at least 2");
  }
}
