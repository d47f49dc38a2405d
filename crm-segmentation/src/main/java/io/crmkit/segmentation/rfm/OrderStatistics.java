package io.crmkit.segmentation.rfm;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Several order statistics of an array at once: multi-quickselect (Hoare's FIND with a three-way
 * partition for ties) on a copy, O(n log k) expected for k ranks, with a sort of the remaining
 * range when a range gets small or the recursion too deep (so the worst case stays O(n log n)). The
 * pivots come from a fixed-seed generator; the results do not depend on them.
 */
final class OrderStatistics {

  private static final int SMALL = 48;
  private static final long PIVOT_SEED = 0x5eed_5e9L;

  private OrderStatistics() {}

  /**
   * The values that the 0-based {@code ranks} (ascending, distinct, within the array) would hold if
   * {@code values} were sorted ascending; {@code values} is not changed.
   */
  static double[] select(double[] values, int[] ranks) {
    double[] a = values.clone();
    double[] out = new double[ranks.length];
    int depth = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, a.length))) + 8;
    select(
        a,
        0,
        a.length - 1,
        ranks,
        0,
        ranks.length - 1,
        out,
        depth,
        new SplittableRandom(PIVOT_SEED));
    return out;
  }

  private static void select(
      double[] a,
      int lo,
      int hi,
      int[] ranks,
      int rlo,
      int rhi,
      double[] out,
      int depth,
      SplittableRandom random) {
    while (rlo <= rhi) {
      if (hi - lo < SMALL || depth-- <= 0) {
        Arrays.sort(a, lo, hi + 1);
        for (int r = rlo; r <= rhi; r++) {
          out[r] = a[ranks[r]];
        }
        return;
      }
      double pivot = a[lo + random.nextInt(hi - lo + 1)];
      // three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i <= gt) {
        double x = a[i];
        if (x < pivot) {
          a[i++] = a[lt];
          a[lt++] = x;
        } else if (x > pivot) {
          a[i] = a[gt];
          a[gt--] = x;
        } else {
          i++;
        }
      }
      int left = rlo;
      while (left <= rhi && ranks[left] < lt) {
        left++;
      }
      int right = left;
      while (right <= rhi && ranks[right] <= gt) {
        out[right++] = pivot;
      }
      select(a, lo, lt - 1, ranks, rlo, left - 1, out, depth, random);
      lo = gt + 1;
      rlo = right;
    }
  }
}
