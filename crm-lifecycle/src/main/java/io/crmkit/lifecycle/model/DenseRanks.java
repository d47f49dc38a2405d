package io.crmkit.lifecycle.model;

import java.util.Arrays;

/**
 * A double column as the ranks of its values among its distinct values (compared by bit pattern,
 * −0.0 taken as 0.0): {@code values[ranks[i]] == column[i]}, {@code values} sorted ascending. Built
 * with a small open-addressing table that grows with the number of distinct values, not the rows,
 * so a column of a few hundred distinct values (days, frequencies) stays in the first-level cache.
 *
 * @param values the distinct values, ascending
 * @param ranks each element's index into {@code values}
 */
record DenseRanks(double[] values, int[] ranks) {

  static DenseRanks of(double[] column) {
    int n = column.length;
    int[] ids = new int[n];
    long[] keys = new long[16];
    int[] slots = new int[16];
    Arrays.fill(slots, -1);
    double[] seen = new double[16];
    int m = 0;
    long lastBits = 0;
    int lastId = -1;
    for (int i = 0; i < n; i++) {
      double v = column[i] + 0.0; // + 0.0 merges -0.0 into 0.0
      long bits = Double.doubleToLongBits(v);
      if (lastId >= 0 && bits == lastBits) {
        ids[i] = lastId;
        continue;
      }
      int mask = slots.length - 1;
      int slot = slot(bits, mask);
      int id;
      while (true) {
        int at = slots[slot];
        if (at < 0) {
          if (2 * (m + 1) > slots.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
            seen = Arrays.copyOf(seen, seen.length * 2);
            slots = rehash(keys, m, slots.length * 2);
            mask = slots.length - 1;
            slot = slot(bits, mask);
            while (slots[slot] >= 0) {
              slot = (slot + 1) & mask;
            }
          }
          slots[slot] = m;
          keys[m] = bits;
          seen[m] = v;
          id = m++;
          break;
        }
        if (keys[at] == bits) {
          id = at;
          break;
        }
        slot = (slot + 1) & mask;
      }
      ids[i] = id;
      lastBits = bits;
      lastId = id;
    }
    // ids in first-seen order -> ranks in ascending order of value
    Integer[] order = new Integer[m];
    for (int j = 0; j < m; j++) {
      order[j] = j;
    }
    final double[] vals = seen;
    Arrays.sort(order, (p, q) -> Double.compare(vals[p], vals[q]));
    int[] rankOf = new int[m];
    double[] values = new double[m];
    for (int j = 0; j < m; j++) {
      rankOf[order[j]] = j;
      values[j] = vals[order[j]];
    }
    for (int i = 0; i < n; i++) {
      ids[i] = rankOf[ids[i]];
    }
    return new DenseRanks(values, ids);
  }

  private static int slot(long bits, int mask) {
    return (int) PairCache.mix(bits) & mask;
  }

  /** A column of whole numbers in [0, 2^22] as ranks, by counting (no hashing). */
  static DenseRanks ofWhole(int[] column) {
    int max = 0;
    for (int v : column) {
      if (v < 0 || v > 1 << 22) {
        double[] d = new double[column.length];
        for (int i = 0; i < d.length; i++) {
          d[i] = column[i];
        }
        return of(d);
      }
      max = Math.max(max, v);
    }
    int[] rankOf = new int[max + 1];
    for (int v : column) {
      rankOf[v] = 1;
    }
    int m = 0;
    for (int v = 0; v <= max; v++) {
      if (rankOf[v] != 0) {
        rankOf[v] = ++m;
      }
    }
    double[] values = new double[m];
    for (int v = 0; v <= max; v++) {
      if (rankOf[v] != 0) {
        values[rankOf[v] - 1] = v;
      }
    }
    int[] ranks = new int[column.length];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = rankOf[column[i]] - 1;
    }
    return new DenseRanks(values, ranks);
  }

  private static int[] rehash(long[] keys, int m, int capacity) {
    int[] slots = new int[capacity];
    Arrays.fill(slots, -1);
    int mask = capacity - 1;
    for (int j = 0; j < m; j++) {
      int slot = slot(keys[j], mask);
      while (slots[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = j;
    }
    return slots;
  }

  /** The number of distinct values. */
  int size() {
    return values.length;
  }

  /**
   * Sorts non-negative keys below 2^{@code bits} ascending in place (least-significant-digit radix
   * sort, digits of at most 11 bits): linear in the number of keys.
   */
  static void radixSort(long[] keys, int bits) {
    int n = keys.length;
    int passes = Math.max(1, (bits + 10) / 11);
    int digit = Math.max(1, (bits + passes - 1) / passes);
    int mask = (1 << digit) - 1;
    long[] from = keys;
    long[] to = new long[n];
    int[] count = new int[1 << digit];
    for (int shift = 0; shift < bits; shift += digit) {
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) (from[i] >>> shift) & mask]++;
      }
      int sum = 0;
      for (int d = 0; d < count.length; d++) {
        int c = count[d];
        count[d] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        long k = from[i];
        to[count[(int) (k >>> shift) & mask]++] = k;
      }
      long[] t = from;
      from = to;
      to = t;
    }
    if (from != keys) {
      System.arraycopy(from, 0, keys, 0, n);
    }
  }
}
