package io.crmkit.segmentation.abc;

import java.util.Arrays;

/**
 * Sorts non-negative doubles (no NaN, no −0.0) ascending by an LSD radix sort of their bit
 * patterns, which for such values order like the values: six passes of 11-bit digits, O(n), two
 * extra long arrays; a pass whose digit is the same for every value is skipped. Short arrays go to
 * {@link Arrays#sort(double[])}.
 */
final class NonNegativeSort {

  private static final int BITS = 11;
  private static final int RADIX = 1 << BITS;
  private static final int MASK = RADIX - 1;
  private static final int PASSES = (64 + BITS - 1) / BITS;

  /** Below this length a comparison sort is faster. */
  static final int MIN_RADIX_LENGTH = 1 << 12;

  private NonNegativeSort() {}

  static void sort(double[] a) {
    sort(a, MIN_RADIX_LENGTH);
  }

  static void sort(double[] a, int minRadixLength) {
    int n = a.length;
    if (n < minRadixLength) {
      Arrays.sort(a);
      return;
    }
    long[] x = new long[n];
    int[][] counts = new int[PASSES][RADIX];
    for (int i = 0; i < n; i++) {
      long bits = Double.doubleToRawLongBits(a[i]);
      x[i] = bits;
      for (int p = 0; p < PASSES; p++) {
        counts[p][(int) (bits >>> (p * BITS)) & MASK]++;
      }
    }
    long[] y = new long[n];
    for (int p = 0; p < PASSES; p++) {
      int[] c = counts[p];
      int shift = p * BITS;
      if (c[(int) (x[0] >>> shift) & MASK] == n) {
        continue; // every value has this digit
      }
      int sum = 0;
      for (int d = 0; d < RADIX; d++) {
        int k = c[d];
        c[d] = sum;
        sum += k;
      }
      for (int i = 0; i < n; i++) {
        long v = x[i];
        y[c[(int) (v >>> shift) & MASK]++] = v;
      }
      long[] t = x;
      x = y;
      y = t;
    }
    for (int i = 0; i < n; i++) {
      a[i] = Double.longBitsToDouble(x[i]);
    }
  }
}
