package io.crmkit.lifecycle.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers shared by the models. */
final class Models {

  private Models() {}

  static Map<String, Double> parameters(String[] names, double... values) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], values[i]);
    }
    return Collections.unmodifiableMap(m);
  }

  /** Checks that every parameter is positive and finite, naming the first that is not. */
  static void checkPositive(String[] names, double... values) {
    for (int i = 0; i < names.length; i++) {
      checkPositive(names[i], values[i]);
    }
  }

  static void checkPositive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be positive and finite but was: " + v);
    }
  }

  /** A number for messages: up to 6 significant digits, no exponent below 1e7. */
  static String number(double v) {
    if (!Double.isFinite(v) || Math.abs(v) >= 1e7 || (v != 0 && Math.abs(v) < 1e-4)) {
      return String.format(java.util.Locale.ROOT, "%.6g", v);
    }
    if (v == Math.rint(v)) {
      return Long.toString((long) v);
    }
    return new java.math.BigDecimal(v)
        .round(new java.math.MathContext(6))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** ln(e^a + e^b) without overflow. */
  static double logSumExp(double a, double b) {
    double m = Math.max(a, b);
    if (m == Double.NEGATIVE_INFINITY) {
      return m;
    }
    return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
  }

  /**
   * A model of {@code like}'s kind with the given parameter values, in {@code like.parameters()}
   * order.
   */
  static ParametricModel withParameters(ParametricModel like, double[] v) {
    return switch (like.name()) {
      case "bgnbd" -> BgNbdModel.of(v[0], v[1], v[2], v[3]);
      case "mbgnbd" -> MbgNbdModel.of(v[0], v[1], v[2], v[3]);
      case "paretonbd" -> ParetoNbdModel.of(v[0], v[1], v[2], v[3]);
      case "bgbb" -> BgBbModel.of(v[0], v[1], v[2], v[3]);
      case "gammagamma" -> GammaGammaModel.of(v[0], v[1], v[2]);
      case "sbg" -> ShiftedBetaGeometricModel.of(v[0], v[1]);
      case "ggomnbd" -> GgomNbdModel.of(v[0], v[1], v[2], v[3], v[4]);
      // the regular-buying fits estimate (r, α, a, b) given k: four values keep like's k
      case "bgcnbd" ->
          v.length == 4
              ? BgCnbdModel.of(((BgCnbdModel) like).k(), v[0], v[1], v[2], v[3])
              : BgCnbdModel.of(CnbdKernel.checkK(v[0]), v[1], v[2], v[3], v[4]);
      case "mbgcnbd" ->
          v.length == 4
              ? MbgCnbdModel.of(((MbgCnbdModel) like).k(), v[0], v[1], v[2], v[3])
              : MbgCnbdModel.of(CnbdKernel.checkK(v[0]), v[1], v[2], v[3], v[4]);
      default -> throw new IllegalArgumentException("unknown model " + like.name());
    };
  }
}
