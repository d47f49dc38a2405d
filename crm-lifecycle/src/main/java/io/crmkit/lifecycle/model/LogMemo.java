package io.crmkit.lifecycle.model;

import java.util.Arrays;

/**
 * ln(offset + v) for the values v of a column, remembered in a direct-mapped table (a slot per
 * hashed value, no probing: a clash recomputes): a column of a few hundred distinct values (days,
 * frequencies) takes a logarithm per distinct value, the same number {@link Math#log} gives. Not
 * thread-safe.
 */
final class LogMemo {

  private static final int BITS = 12;

  /** A NaN bit pattern no finite key has: the empty slot. */
  private static final long EMPTY = 0x7FF8_DEAD_0000_0001L;

  private final double offset;
  private final long[] keys = new long[1 << BITS];
  private final double[] logs = new double[1 << BITS];

  LogMemo(double offset) {
    this.offset = offset;
    Arrays.fill(keys, EMPTY);
  }

  /** Math.log(offset + v). */
  double log(double v) {
    long bits = Double.doubleToRawLongBits(v);
    int slot = ((int) (bits ^ (bits >>> 32)) * 0x9E37_79B9) >>> (32 - BITS);
    if (keys[slot] == bits) {
      return logs[slot];
    }
    double l = Math.log(offset + v);
    keys[slot] = bits;
    logs[slot] = l;
    return l;
  }
}
