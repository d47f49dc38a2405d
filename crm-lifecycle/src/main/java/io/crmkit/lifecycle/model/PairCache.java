package io.crmkit.lifecycle.model;

/**
 * A small open-addressing map from (frequency, T) to a double, for vectorised scoring: customers
 * who share x and T share the model's alive-conditional terms. NaN means absent. A slot's key is
 * two adjacent longs (T's bits, then x with a used bit), so a lookup touches one cache line of keys
 * and the table grows with the distinct pairs (a few thousand stay in the second-level cache). Not
 * thread-safe.
 */
final class PairCache {

  private long[] keys;
  private double[] values;
  private int size;
  private int mask;

  PairCache(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    allocate(cap);
  }

  private void allocate(int cap) {
    keys = new long[2 * cap];
    values = new double[cap];
    mask = cap - 1;
    size = 0;
  }

  private static int hash(int x, long bits) {
    return (int) mix(bits + x * 0x9E37_79B9_7F4A_7C15L);
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

  private static long tag(int x) {
    return ((long) x << 1) | 1;
  }

  double get(int x, double age) {
    long bits = Double.doubleToLongBits(age);
    long tag = tag(x);
    for (int i = hash(x, bits) & mask; ; i = (i + 1) & mask) {
      long t = keys[2 * i + 1];
      if (t == 0) {
        return Double.NaN;
      }
      if (t == tag && keys[2 * i] == bits) {
        return values[i];
      }
    }
  }

  void put(int x, double age, double value) {
    if (2 * (size + 1) > values.length) {
      long[] ok = keys;
      double[] ov = values;
      allocate(values.length * 2);
      for (int i = 0; i < ov.length; i++) {
        if (ok[2 * i + 1] != 0) {
          insert(ok[2 * i + 1], ok[2 * i], ov[i]);
        }
      }
    }
    insert(tag(x), Double.doubleToLongBits(age), value);
  }

  private void insert(long tag, long bits, double value) {
    int i = hash((int) (tag >> 1), bits) & mask;
    while (keys[2 * i + 1] != 0) {
      if (keys[2 * i + 1] == tag && keys[2 * i] == bits) {
        values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[2 * i] = bits;
    keys[2 * i + 1] = tag;
    values[i] = value;
    size++;
  }

  @Override
  public String toString() {
    return "PairCache[" + size + " of " + values.length + "]";
  }
}
