package io.crmkit.lifecycle.cohort;

import java.util.Arrays;

/**
 * Dense ordinals 0, 1, 2, … for long keys in first-seen order: an open-addressing table without
 * boxing.
 */
final class KeyIndex {

  private static final long EMPTY = Long.MIN_VALUE;

  private long[] keys;
  private int[] ordinals;
  private int size;
  private boolean hasEmptyKey;
  private int emptyKeyOrdinal;

  KeyIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    ordinals = new int[capacity];
  }

  int size() {
    return size;
  }

  /** The ordinal of {@code key}, adding it (with ordinal {@code size()}) when new. */
  int indexOf(long key) {
    if (key == EMPTY) {
      if (!hasEmptyKey) {
        hasEmptyKey = true;
        emptyKeyOrdinal = size++;
      }
      return emptyKeyOrdinal;
    }
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != EMPTY) {
      if (keys[slot] == key) {
        return ordinals[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    ordinals[slot] = size;
    if (++size * 2 > keys.length) {
      grow();
    }
    return size - 1;
  }

  /** The ordinal of {@code key}, or -1 when it was never added. */
  int find(long key) {
    if (key == EMPTY) {
      return hasEmptyKey ? emptyKeyOrdinal : -1;
    }
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != EMPTY) {
      if (keys[slot] == key) {
        return ordinals[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldOrdinals = ordinals;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    ordinals = new int[keys.length];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = mix(oldKeys[i]) & mask;
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        ordinals[slot] = oldOrdinals[i];
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
