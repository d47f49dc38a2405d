package io.crmkit.core.summary;

import java.util.Arrays;

/** Open-addressing map from non-negative long keys to int values, without boxing. */
final class LongIntHashMap {
  private static final long EMPTY = -1L;
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntHashMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, (int) Math.min(1 << 30, expected * 2L)) - 1) << 1;
    keys = new long[cap];
    Arrays.fill(keys, EMPTY);
    values = new int[cap];
    mask = cap - 1;
  }

  private static int mix(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** The value of {@code key}, or {@code putIfAbsent} its value when new; returns the value. */
  int getOrPut(long key, int valueIfAbsent) {
    int i = mix(key) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY) {
        keys[i] = key;
        values[i] = valueIfAbsent;
        if (++size * 2 > keys.length) {
          grow();
        }
        return valueIfAbsent;
      }
      i = (i + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = mix(oldKeys[j]) & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
