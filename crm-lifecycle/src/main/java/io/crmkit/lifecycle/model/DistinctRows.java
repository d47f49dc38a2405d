package io.crmkit.lifecycle.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Groups identical rows of equal-length double columns (compared by bit pattern, with −0.0 taken as
 * 0.0) by open addressing on primitive arrays: no object per row. The basis of the weighted-row
 * compression of {@link WeightedData} and {@link SpendData}.
 *
 * @param first the index of each group's first row, in first-seen order
 * @param counts the number of rows in each group
 */
record DistinctRows(int[] first, double[] counts) {

  static DistinctRows of(double[]... columns) {
    return of(null, columns);
  }

  /**
   * As {@link #of(double[]...)}, also writing each row's group into {@code groupOfRow} (when not
   * null).
   */
  static DistinctRows of(int[] groupOfRow, double[]... columns) {
    int n = columns[0].length;
    for (double[] c : columns) {
      if (c.length != n) {
        throw new IllegalArgumentException(
            "columns must have one length but had " + n + " and " + c.length);
      }
    }
    // the table grows with the groups, not the rows: few distinct rows stay in the cache
    int cap = 1024;
    int mask = cap - 1;
    int[] slots = new int[cap];
    Arrays.fill(slots, -1);
    long[] hashes = new long[Math.min(n, 512)];
    int[] first = new int[Math.min(n, 512)];
    double[] counts = new double[first.length];
    int m = 0;
    for (int i = 0; i < n; i++) {
      long h = 0;
      for (double[] c : columns) {
        h = PairCache.mix(h ^ bits(c[i]));
      }
      int slot = (int) h & mask;
      while (true) {
        int at = slots[slot];
        if (at < 0) {
          if (m == first.length) {
            first = Arrays.copyOf(first, 2 * m);
            counts = Arrays.copyOf(counts, 2 * m);
            hashes = Arrays.copyOf(hashes, 2 * m);
          }
          if (2 * (m + 1) > cap) {
            cap *= 2;
            mask = cap - 1;
            slots = new int[cap];
            Arrays.fill(slots, -1);
            for (int g = 0; g < m; g++) {
              int s = (int) hashes[g] & mask;
              while (slots[s] >= 0) {
                s = (s + 1) & mask;
              }
              slots[s] = g;
            }
            slot = (int) h & mask;
            while (slots[slot] >= 0) {
              slot = (slot + 1) & mask;
            }
          }
          slots[slot] = m;
          if (groupOfRow != null) {
            groupOfRow[i] = m;
          }
          first[m] = i;
          counts[m] = 1;
          hashes[m] = h;
          m++;
          break;
        }
        if (hashes[at] == h && same(columns, first[at], i)) {
          counts[at]++;
          if (groupOfRow != null) {
            groupOfRow[i] = at;
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return new DistinctRows(Arrays.copyOf(first, m), Arrays.copyOf(counts, m));
  }

  /**
   * The same groups as {@link #of(double[]...)} (first-seen order, −0.0 taken as 0.0) when every
   * column holds whole numbers whose combined range, the product of the columns' max − min + 1, is
   * at most {@code max(4,096, 2 n)} and 2^24: each row's values are then one integer key into a
   * table of group numbers, no hashing or comparing. Empty otherwise (or for no rows).
   */
  static Optional<DistinctRows> ofWhole(double[]... columns) {
    int n = columns[0].length;
    if (n == 0) {
      return Optional.empty();
    }
    long limit = Math.min(1 << 24, Math.max(4_096, 2L * n));
    int[] keys = new int[n];
    long stride = 1;
    for (double[] c : columns) {
      if (c.length != n) {
        return Optional.empty();
      }
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      boolean whole = true;
      for (double v : c) {
        int k = (int) v;
        whole &= k == v;
        min = Math.min(min, k);
        max = Math.max(max, k);
      }
      long range = (long) max - min + 1;
      if (!whole || range > limit || stride * range > limit) {
        return Optional.empty();
      }
      int s = (int) stride;
      for (int i = 0; i < n; i++) {
        keys[i] += ((int) c[i] - min) * s;
      }
      stride *= range;
    }
    int[] group = new int[(int) stride]; // group number + 1, 0 for none yet
    int[] first = new int[Math.min(n, 512)];
    double[] counts = new double[first.length];
    int m = 0;
    for (int i = 0; i < n; i++) {
      int key = keys[i];
      int g = group[key] - 1;
      if (g < 0) {
        if (m == first.length) {
          first = Arrays.copyOf(first, 2 * m);
          counts = Arrays.copyOf(counts, 2 * m);
        }
        g = m++;
        group[key] = m;
        first[g] = i;
      }
      counts[g]++;
    }
    return Optional.of(new DistinctRows(Arrays.copyOf(first, m), Arrays.copyOf(counts, m)));
  }

  private static long bits(double v) {
    return Double.doubleToLongBits(v + 0.0); // + 0.0 merges -0.0 into 0.0
  }

  private static boolean same(double[][] columns, int a, int b) {
    for (double[] c : columns) {
      if (bits(c[a]) != bits(c[b])) {
        return false;
      }
    }
    return true;
  }

  /** The values of {@code column} at each group's first row. */
  double[] pick(double[] column) {
    double[] out = new double[first.length];
    for (int g = 0; g < first.length; g++) {
      out[g] = column[first[g]];
    }
    return out;
  }
}
