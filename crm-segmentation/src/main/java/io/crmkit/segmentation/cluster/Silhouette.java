package io.crmkit.segmentation.cluster;

/**
 * The mean silhouette coefficient (Rousseeuw 1987) of a clustering over given rows: for each row
 * {@code s = (b − a) / max(a, b)}, with {@code a} the mean Euclidean distance to the other rows of
 * its cluster and {@code b} the smallest mean distance to the rows of another cluster; 0 for a row
 * alone in its cluster. From −1 to 1; higher means tighter, better separated clusters. O(m² d) for
 * m rows of d features.
 */
final class Silhouette {

  private Silhouette() {}

  /**
   * The mean silhouette of {@code rows} (indexes into {@code z}) labelled by {@code labels} in
   * {@code 0..k-1}.
   */
  static double mean(double[][] z, int[] labels, int k, int[] rows) {
    int m = rows.length;
    if (m < 2 || k < 2) {
      return 0;
    }
    double total = 0;
    double[] sum = new double[k];
    int[] count = new int[k];
    for (int a = 0; a < m; a++) {
      java.util.Arrays.fill(sum, 0);
      java.util.Arrays.fill(count, 0);
      double[] p = z[rows[a]];
      for (int b = 0; b < m; b++) {
        if (a == b) {
          continue;
        }
        double[] q = z[rows[b]];
        double d2 = 0;
        for (int f = 0; f < p.length; f++) {
          double diff = p[f] - q[f];
          d2 += diff * diff;
        }
        int c = labels[rows[b]];
        sum[c] += Math.sqrt(d2);
        count[c]++;
      }
      int own = labels[rows[a]];
      if (count[own] == 0) {
        continue; // alone in its cluster: s = 0
      }
      double ai = sum[own] / count[own];
      double bi = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (c != own && count[c] > 0) {
          bi = Math.min(bi, sum[c] / count[c]);
        }
      }
      if (bi == Double.POSITIVE_INFINITY) {
        continue;
      }
      double max = Math.max(ai, bi);
      total += max == 0 ? 0 : (bi - ai) / max;
    }
    return total / m;
  }
}
