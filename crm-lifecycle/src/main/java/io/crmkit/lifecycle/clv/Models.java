package io.crmkit.lifecycle.clv;

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

  /** ln(e^a + e^b) without overflow. */
  static double logSumExp(double a, double b) {
    double m = Math.max(a, b);
    if (m == Double.NEGATIVE_INFINITY) {
      return m;
    }
    return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
  }
}
