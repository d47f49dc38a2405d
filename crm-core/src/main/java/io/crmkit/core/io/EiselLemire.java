package io.crmkit.core.io;

import java.math.BigInteger;

/**
 * The correctly rounded {@code double} nearest to {@code w × 10^q} for a decimal significand {@code
 * w} of up to 19 digits, without {@code BigInteger} or a string: the Eisel-Lemire algorithm (D.
 * Lemire, "Number parsing at a gigabyte per second", Software: Practice and Experience 51(8), 2021;
 * N. Tao's description of the Go and Wuffs implementations). {@code w} is normalised and multiplied
 * by a 128-bit truncated approximation of {@code 10^q}; when the 128-bit product cannot decide the
 * rounding (a product too close to a rounding boundary, or an exact tie) the method answers NaN and
 * the caller parses the text with {@link Double#parseDouble}, so a result is always the one {@link
 * Double#parseDouble} gives. Exponents {@code q} from {@value #Q_MIN} to {@value #Q_MAX}; subnormal
 * and infinite results also answer NaN.
 */
final class EiselLemire {

  static final int Q_MIN = -64;
  static final int Q_MAX = 22;

  // 128-bit truncated 10^q, normalised so that the high word's top bit is set: {high, low} pairs
  private static final long[] POWERS = new long[(Q_MAX - Q_MIN + 1) * 2];

  static {
    BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    for (int q = Q_MIN; q <= Q_MAX; q++) {
      BigInteger v;
      if (q >= 0) {
        BigInteger p = BigInteger.TEN.pow(q);
        int shift = 128 - p.bitLength();
        v = shift >= 0 ? p.shiftLeft(shift) : p.shiftRight(-shift);
      } else {
        BigInteger p = BigInteger.TEN.pow(-q);
        int k = 127 + p.bitLength();
        v = BigInteger.ONE.shiftLeft(k).divide(p);
        while (v.bitLength() > 128) {
          k--;
          v = BigInteger.ONE.shiftLeft(k).divide(p);
        }
        while (v.bitLength() < 128) {
          k++;
          v = BigInteger.ONE.shiftLeft(k).divide(p);
        }
      }
      int i = (q - Q_MIN) * 2;
      POWERS[i] = v.shiftRight(64).longValue();
      POWERS[i + 1] = v.and(mask).longValue();
    }
  }

  private EiselLemire() {}

  /**
   * The double nearest to {@code w × 10^q} ({@code w} read as unsigned, not zero), or NaN when this
   * method cannot decide it (then {@link Double#parseDouble} must).
   */
  static double toDouble(long w, int q) {
    if (w == 0 || q < Q_MIN || q > Q_MAX) {
      return Double.NaN;
    }
    int clz = Long.numberOfLeadingZeros(w);
    long man = w << clz;
    long exp2 = ((217706L * q) >> 16) + 64 + 1023 - clz;
    int i = (q - Q_MIN) * 2;
    long high = POWERS[i];
    long low = POWERS[i + 1];
    long xHi = unsignedMultiplyHigh(man, high);
    long xLo = man * high;
    if ((xHi & 0x1FF) == 0x1FF && Long.compareUnsigned(xLo + man, man) < 0) {
      long yHi = unsignedMultiplyHigh(man, low);
      long yLo = man * low;
      long mergedHi = xHi;
      long mergedLo = xLo + yHi;
      if (Long.compareUnsigned(mergedLo, xLo) < 0) {
        mergedHi++;
      }
      if ((mergedHi & 0x1FF) == 0x1FF
          && mergedLo + 1 == 0
          && Long.compareUnsigned(yLo + man, man) < 0) {
        return Double.NaN;
      }
      xHi = mergedHi;
      xLo = mergedLo;
    }
    long msb = xHi >>> 63;
    long mantissa = xHi >>> (msb + 9);
    exp2 -= 1 ^ msb;
    if (xLo == 0 && (xHi & 0x1FF) == 0 && (mantissa & 3) == 1) {
      return Double.NaN; // a tie between two doubles: Double.parseDouble rounds it
    }
    mantissa += mantissa & 1;
    mantissa >>>= 1;
    if ((mantissa >>> 53) > 0) {
      mantissa >>>= 1;
      exp2++;
    }
    if (exp2 <= 0 || exp2 >= 0x7FF) {
      return Double.NaN; // subnormal or infinite
    }
    return Double.longBitsToDouble(exp2 << 52 | (mantissa & 0x000F_FFFF_FFFF_FFFFL));
  }

  /** The high 64 bits of the unsigned 128-bit product (Java 18's Math.unsignedMultiplyHigh). */
  static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }
}
