package io.crmkit.core.io;

import java.math.BigInteger;

/**
 * The shortest decimal that rounds back to a given {@code double}, written into a {@code char[]}
 * without allocation, in the layout of {@link Double#toString} (plain from 10^-3 to below 10^7,
 * otherwise {@code d.dddE±n}).
 *
 * <p>Method: Schubfach (R. Giulietti, "The Schubfach way to render doubles", 2020/2021). The
 * rounding interval of the double is scaled by a 126-bit approximation of a power of ten (computed
 * here once, with {@code BigInteger}, at class initialisation) so that the decimal candidates of at
 * most 17 digits that fall inside it can be read off with two 64×64-bit products; the shortest
 * candidate inside the interval is chosen, the closest one when two are as short. Checked by
 * properties in {@code CsvRowWriterProperties}: the text parses back to the same double, and no
 * decimal with one digit fewer does.
 */
final class ShortestDecimal {

  private static final int K_MIN = -324;
  private static final int K_MAX = 292;
  private static final long[] G = new long[(K_MAX - K_MIN + 1) * 2];
  private static final long MASK_63 = 0x7FFF_FFFF_FFFF_FFFFL;
  private static final long C_MIN = 1L << 52;
  private static final int Q_MIN = -1074;
  private static final long[] POW10 = new long[18];

  static {
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = i == 0 ? 1 : POW10[i - 1] * 10;
    }
    // g(k) = floor(10^-k * 2^-r) + 1 with r = flog2pow10(-k) - 125, so that 2^125 <= g < 2^126
    for (int k = K_MIN; k <= K_MAX; k++) {
      int r = flog2pow10(-k) - 125;
      BigInteger num = BigInteger.ONE;
      BigInteger den = BigInteger.ONE;
      if (-k >= 0) {
        num = num.multiply(BigInteger.TEN.pow(-k));
      } else {
        den = den.multiply(BigInteger.TEN.pow(k));
      }
      if (r >= 0) {
        den = den.shiftLeft(r);
      } else {
        num = num.shiftLeft(-r);
      }
      BigInteger g = num.divide(den).add(BigInteger.ONE);
      G[(k - K_MIN) * 2] = g.shiftRight(63).longValue();
      G[(k - K_MIN) * 2 + 1] = g.longValue() & MASK_63;
    }
  }

  private ShortestDecimal() {}

  /** floor(e log10(2)), |e| <= 5456721. */
  private static int flog10pow2(int e) {
    return (int) ((e * 661_971_961_083L) >> 41);
  }

  /** floor(e log10(3/4 · 2)) = floor(log10(3/4 · 2^e)). */
  private static int flog10threeQuartersPow2(int e) {
    return (int) ((e * 661_971_961_083L + -274_743_187_321L) >> 41);
  }

  /** floor(e log2(10)). */
  private static int flog2pow10(int e) {
    return (int) ((e * 913_124_641_741L) >> 38);
  }

  /**
   * Writes finite, non-zero {@code v} into {@code buf} at {@code pos}; returns the new position.
   */
  static int write(double v, char[] buf, int pos) {
    long bits = Double.doubleToRawLongBits(v);
    if (bits < 0) {
      buf[pos++] = '-';
    }
    long t = bits & 0x000F_FFFF_FFFF_FFFFL;
    int bq = (int) (bits >>> 52) & 0x7FF;
    long c;
    int q;
    if (bq != 0) {
      c = C_MIN | t;
      q = bq - 1075;
      // a small integer: its own digits
      if (0 < -q && -q < 53) {
        long f = c >> -q;
        if (f << -q == c) {
          return chars(f, 0, buf, pos);
        }
      }
    } else {
      c = t;
      q = Q_MIN;
    }
    int out = (int) c & 1;
    long cb = c << 2;
    long cbr = cb + 2;
    long cbl;
    int k;
    if (c != C_MIN || q == Q_MIN) {
      cbl = cb - 2;
      k = flog10pow2(q);
    } else {
      cbl = cb - 1;
      k = flog10threeQuartersPow2(q);
    }
    int h = q + flog2pow10(-k) + 2;
    long g1 = G[(k - K_MIN) * 2];
    long g0 = G[(k - K_MIN) * 2 + 1];
    long vb = rop(g1, g0, cb << h);
    long vbl = rop(g1, g0, cbl << h);
    long vbr = rop(g1, g0, cbr << h);
    long s = vb >> 2;
    if (s >= 100) {
      long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4);
      long tp10 = sp10 + 10;
      boolean upin = vbl + out <= sp10 << 2;
      boolean wpin = (tp10 << 2) + out <= vbr;
      if (upin != wpin) {
        return chars(upin ? sp10 : tp10, k, buf, pos);
      }
    }
    long tt = s + 1;
    boolean uin = vbl + out <= s << 2;
    boolean win = (tt << 2) + out <= vbr;
    if (uin != win) {
      return chars(uin ? s : tt, k, buf, pos);
    }
    long cmp = vb - ((s + tt) << 1);
    return chars(cmp < 0 || (cmp == 0 && (s & 1) == 0) ? s : tt, k, buf, pos);
  }

  /** Round-to-odd of (g1 2^63 + g0) cp / 2^127. */
  private static long rop(long g1, long g0, long cp) {
    long x1 = Math.multiplyHigh(g0, cp);
    long y0 = g1 * cp;
    long y1 = Math.multiplyHigh(g1, cp);
    long z = (y0 >>> 1) + x1;
    long vbp = y1 + (z >>> 63);
    return vbp | (((z & MASK_63) + MASK_63) >>> 63);
  }

  /** Writes f × 10^e (f > 0) in Double.toString's layout. */
  private static int chars(long f, int e, char[] buf, int pos) {
    // strip trailing zeros of f
    while (f % 10 == 0) {
      f /= 10;
      e++;
    }
    int len = 1;
    while (len < 18 && f >= POW10[len]) {
      len++;
    }
    // value = 0.d1…dlen × 10^x
    int x = e + len;
    if (0 < x && x <= 7) {
      // plain: x digits before the point
      if (len <= x) {
        pos = digits(f, len, buf, pos);
        for (int i = len; i < x; i++) {
          buf[pos++] = '0';
        }
        buf[pos++] = '.';
        buf[pos++] = '0';
      } else {
        long whole = f / POW10[len - x];
        long frac = f % POW10[len - x];
        pos = digits(whole, x, buf, pos);
        buf[pos++] = '.';
        pos = digits(frac, len - x, buf, pos);
      }
      return pos;
    }
    if (-3 < x && x <= 0) {
      buf[pos++] = '0';
      buf[pos++] = '.';
      for (int i = x; i < 0; i++) {
        buf[pos++] = '0';
      }
      return digits(f, len, buf, pos);
    }
    // scientific: d.ddd E (x - 1)
    long first = f / POW10[len - 1];
    buf[pos++] = (char) ('0' + first);
    buf[pos++] = '.';
    if (len == 1) {
      buf[pos++] = '0';
    } else {
      pos = digits(f % POW10[len - 1], len - 1, buf, pos);
    }
    buf[pos++] = 'E';
    int exp = x - 1;
    if (exp < 0) {
      buf[pos++] = '-';
      exp = -exp;
    }
    String s = Integer.toString(exp);
    s.getChars(0, s.length(), buf, pos);
    return pos + s.length();
  }

  /** The {@code n} low decimal digits of {@code v}, zero-padded. */
  private static int digits(long v, int n, char[] buf, int pos) {
    for (int i = pos + n - 1; i >= pos; i--) {
      buf[i] = (char) ('0' + v % 10);
      v /= 10;
    }
    return pos + n;
  }
}
