package io.crmkit.loyalty.program;

import io.crmkit.loyalty.program.EarningRule.Campaign;
import io.crmkit.loyalty.program.EarningRule.PointsPerSpend;
import io.crmkit.loyalty.program.EarningRule.ProductMultiplier;
import io.crmkit.loyalty.program.EarningRule.TierMultiplier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The rule numbers of a {@link Program} as exact integers, for the {@code long} fast path of {@link
 * Program#points}: base rate {@code k} turns spend {@code s} (in units) into {@code s × baseNum[k]
 * / baseDen[k]} points; all base rates together turn it into {@code s × a / b} exact base points;
 * the multiplier rule at bonus index {@code i} adds {@code (m − 1) = extraNum[i] /
 * 10^extraScale[i]} times the base points it covers. Rounding of {@code long} quotients follows
 * {@link RoundingMode} exactly as {@code BigDecimal.divide} does.
 */
final class FastRates {

  /** Returned by the fast path when it cannot answer (a number does not fit). */
  static final long FALLBACK = Long.MIN_VALUE;

  /** The largest decimal scale the fast path takes. */
  static final int MAX_SCALE = 18;

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  final long[] baseNum;
  final long[] baseDen;
  final long a;
  final long b;
  final long[] extraNum;
  final int[] extraScale;

  private FastRates(
      long[] baseNum, long[] baseDen, long a, long b, long[] extraNum, int[] extraScale) {
    this.baseNum = baseNum;
    this.baseDen = baseDen;
    this.a = a;
    this.b = b;
    this.extraNum = extraNum;
    this.extraScale = extraScale;
  }

  /**
   * The integer form of the rules, or null when a rule has a stacking group or a number does not
   * fit.
   */
  static FastRates of(List<EarningRule> rules, PointsPerSpend[] baseRates, EarningRule[] bonuses) {
    for (EarningRule r : rules) {
      if (r.key().stackGroup().isPresent()) {
        return null;
      }
    }
    try {
      long[] baseNum = new long[baseRates.length];
      long[] baseDen = new long[baseRates.length];
      long a = 0;
      long b = 1;
      for (int k = 0; k < baseRates.length; k++) {
        BigDecimal p = baseRates[k].points();
        BigDecimal q = baseRates[k].per();
        // p / q = (P / 10^ps) / (Q / 10^qs) = P × 10^qs / (Q × 10^ps)
        long num = Math.multiplyExact(unscaledChecked(p), pow10(q.scale()));
        long den = Math.multiplyExact(unscaledChecked(q), pow10(p.scale()));
        long g = gcd(num, den);
        num /= g;
        den /= g;
        baseNum[k] = num;
        baseDen[k] = den;
        // a / b + num / den
        long na = Math.addExact(Math.multiplyExact(a, den), Math.multiplyExact(num, b));
        long nb = Math.multiplyExact(b, den);
        long h = gcd(na, nb);
        a = na / h;
        b = nb / h;
      }
      long[] extraNum = new long[bonuses.length];
      int[] extraScale = new int[bonuses.length];
      for (int i = 0; i < bonuses.length; i++) {
        BigDecimal m = null;
        if (bonuses[i] instanceof ProductMultiplier x) {
          m = x.multiplier();
        } else if (bonuses[i] instanceof TierMultiplier x) {
          m = x.multiplier();
        } else if (bonuses[i] instanceof Campaign x) {
          m = x.multiplier();
        }
        if (m != null) {
          BigDecimal extra = m.subtract(BigDecimal.ONE);
          extraNum[i] = unscaledChecked(extra);
          extraScale[i] = extra.scale();
        }
      }
      return new FastRates(baseNum, baseDen, a, b, extraNum, extraScale);
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * The points multiplier rule {@code i} adds on base points of spend {@code scope / 10^sa}:
   * exactly {@code scope × a × extraNum / (10^sa × b × 10^extraScale)}, rounded with {@code
   * rounding}.
   */
  long multiplied(int i, long scope, int sa, RoundingMode rounding) {
    long num = Math.multiplyExact(Math.multiplyExact(scope, a), extraNum[i]);
    long den = Math.multiplyExact(Math.multiplyExact(pow10(sa), b), pow10(extraScale[i]));
    return roundDiv(num, den, rounding);
  }

  /** The unscaled value of {@code v} (scale 0..18), exactly, or an {@link ArithmeticException}. */
  static long unscaled(BigDecimal v) {
    int s = v.scale();
    return s == 0 ? v.longValueExact() : v.scaleByPowerOfTen(s).longValueExact();
  }

  private static long unscaledChecked(BigDecimal v) {
    if (v.scale() < 0 || v.scale() > MAX_SCALE) {
      throw new ArithmeticException("scale " + v.scale() + " out of the fast path's range");
    }
    return unscaled(v);
  }

  /** 10^{@code e} for {@code e} in 0..18, else an {@link ArithmeticException}. */
  static long pow10(int e) {
    if (e < 0 || e >= POW10.length) {
      throw new ArithmeticException("10^" + e + " does not fit in a long");
    }
    return POW10[e];
  }

  /**
   * {@code num / den} ({@code den > 0}) rounded to an integer with {@code rounding}, as {@code
   * BigDecimal.divide(den, 0, rounding)} rounds; {@code UNNECESSARY} with a remainder throws an
   * {@link ArithmeticException}.
   */
  static long roundDiv(long num, long den, RoundingMode rounding) {
    if (den <= 0) {
      throw new ArithmeticException("denominator must be positive but was: " + den);
    }
    long q = num / den;
    long r = num % den;
    if (r == 0) {
      return q;
    }
    int sign = num < 0 ? -1 : 1;
    long absR = Math.abs(r);
    int half = Long.compare(absR, den - absR); // > 0: more than half way
    boolean away =
        switch (rounding) {
          case UP -> true;
          case DOWN -> false;
          case CEILING -> sign > 0;
          case FLOOR -> sign < 0;
          case HALF_UP -> half >= 0;
          case HALF_DOWN -> half > 0;
          case HALF_EVEN -> half > 0 || (half == 0 && (q & 1) != 0);
          case UNNECESSARY -> throw new ArithmeticException("rounding necessary");
        };
    return away ? q + sign : q;
  }

  private static long gcd(long x, long y) {
    x = Math.abs(x);
    y = Math.abs(y);
    while (y != 0) {
      long t = x % y;
      x = y;
      y = t;
    }
    return x == 0 ? 1 : x;
  }
}
