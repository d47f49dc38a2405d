package io.crmkit.lifecycle.model;

/**
 * A small open-addressing map from (frequency, T) to a double, for vectorised scoring: customers
 * who share x and T share the model's alive-conditional terms. NaN means absent. Not thread-safe.
 */
final class PairCache {

  private int[] xs;
  private long[] ages;
  private double[] values;
  private boolean[] used;
  private int size;
  private int mask;

  PairCache(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    allocate(cap);
  }

  private void allocate(int cap) {
    xs = new int[cap];
    ages = new long[cap];
    values = new double[cap];
    used = new boolean[cap];
    mask = cap - 1;
    size = 0;
  }

  private static int hash(int x, long bits) {
    return (int) mix(mix(bits) ^ x);
  }

  /** MurmurHash3's 64-bit finaliser: every input bit affects the low bits used as a slot. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  double get(int x, double age) {
    long bits = Double.doubleToLongBits(age);
    for (int i = hash(x, bits) & mask; used[i]; i = (i + 1) & mask) {
      if (xs[i] == x && ages[i] == bits) {
        return values[i];
      }
    }
    return Double.NaN;
  }

  void put(int x, double age, double value) {
    if (2 * (size + 1) > xs.length) {
      int[] ox = xs;
      long[] oa = ages;
      double[] ov = values;
      boolean[] ou = used;
      allocate(xs.length * 2);
      for (int i = 0; i < ox.length; i++) {
        if (ou[i]) {
          insert(ox[i], oa[i], ov[i]);
        }
      }
    }
    insert(x, Double.doubleToLongBits(age), value);
  }

  private void insert(int x, long bits, double value) {
    int i = hash(x, bits) & mask;
    while (used[i]) {
      if (xs[i] == x && ages[i] == bits) {
        values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    xs[i] = x;
    ages[i] = bits;
    values[i] = value;
    size++;
  }

  @Override
  public String toString() {
    return "PairCache[" + size + " of " + xs.length + "]";
  }
}
