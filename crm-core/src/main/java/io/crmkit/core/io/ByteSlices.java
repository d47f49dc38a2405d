package io.crmkit.core.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns byte slices (ASCII customer ids read from a file buffer) into one {@code String} per
 * distinct slice: an open-addressing hash table (linear probing, at most half full) over a pool of
 * the distinct slices' bytes, so that a repeated id costs a hash and a byte comparison, not an
 * allocation. Not thread-safe.
 */
final class ByteSlices {

  private int[] table = new int[1 << 12]; // entry + 1, 0 = empty
  private int[] hashes = new int[1 << 11];
  private int[] offsets = new int[1 << 11];
  private int[] lengths = new int[1 << 11];
  private String[] strings = new String[1 << 11];
  private byte[] pool = new byte[1 << 14];
  private int poolSize;
  private int size;

  /** The number of distinct slices seen. */
  int size() {
    return size;
  }

  /** The string of {@code buf[from, to)} (ASCII), the same object for equal slices. */
  String intern(byte[] buf, int from, int to) {
    int h = hash(buf, from, to);
    int mask = table.length - 1;
    int i = h & mask;
    int len = to - from;
    while (true) {
      int e = table[i] - 1;
      if (e < 0) {
        return add(buf, from, len, h, i);
      }
      if (hashes[e] == h
          && lengths[e] == len
          && Arrays.equals(pool, offsets[e], offsets[e] + len, buf, from, to)) {
        return strings[e];
      }
      i = (i + 1) & mask;
    }
  }

  private String add(byte[] buf, int from, int len, int h, int slot) {
    if (size == strings.length) {
      int cap = size * 2;
      hashes = Arrays.copyOf(hashes, cap);
      offsets = Arrays.copyOf(offsets, cap);
      lengths = Arrays.copyOf(lengths, cap);
      strings = Arrays.copyOf(strings, cap);
    }
    if (poolSize + len > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
    }
    System.arraycopy(buf, from, pool, poolSize, len);
    String s = new String(buf, from, len, StandardCharsets.ISO_8859_1);
    hashes[size] = h;
    offsets[size] = poolSize;
    lengths[size] = len;
    strings[size] = s;
    poolSize += len;
    table[slot] = ++size;
    if (size * 2 > table.length) {
      rehash();
    }
    return s;
  }

  private void rehash() {
    int[] t = new int[table.length * 2];
    int mask = t.length - 1;
    for (int e = 0; e < size; e++) {
      int i = hashes[e] & mask;
      while (t[i] != 0) {
        i = (i + 1) & mask;
      }
      t[i] = e + 1;
    }
    table = t;
  }

  private static int hash(byte[] buf, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + buf[i];
    }
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
