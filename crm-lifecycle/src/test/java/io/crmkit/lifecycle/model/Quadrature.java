package io.crmkit.lifecycle.model;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/** Composite 20-point Gauss-Legendre quadrature for the tests' direct numerical integrations. */
final class Quadrature {

  private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(20, 0, 1);

  private Quadrature() {}

  /** ∫ f over [lo, hi] with {@code panels} equal panels. */
  static double integrate(DoubleUnaryOperator f, double lo, double hi, int panels) {
    double width = (hi - lo) / panels;
    double sum = 0;
    for (int k = 0; k < panels; k++) {
      double start = lo + k * width;
      for (int i = 0; i < RULE.getNumberOfPoints(); i++) {
        sum += RULE.getWeight(i) * width * f.applyAsDouble(start + RULE.getPoint(i) * width);
      }
    }
    return sum;
  }
}
