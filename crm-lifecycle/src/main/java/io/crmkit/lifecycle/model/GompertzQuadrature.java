package io.crmkit.lifecycle.model;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * The Gauss–Legendre rules of the GGom/NBD integrals: {@value #POINTS} points on [−1, 1], applied
 * on panels of an interval. The integrands are smooth (a Gompertz density or survival times a power
 * of α + τ); a panel is narrow enough when the integrand's log changes by at most {@value
 * #PANEL_SPREAD} across it, where 16 points integrate it to double precision.
 */
final class GompertzQuadrature {

  static final int POINTS = 16;
  static final double PANEL_SPREAD = 6;
  static final int MAX_PANELS = 24;

  private static final double[] NODES = new double[POINTS];
  private static final double[] WEIGHTS = new double[POINTS];
  private static final double[] LOG_WEIGHTS = new double[POINTS];

  static {
    GaussIntegrator rule = new GaussIntegratorFactory().legendre(POINTS, -1, 1);
    for (int i = 0; i < POINTS; i++) {
      NODES[i] = rule.getPoint(i);
      WEIGHTS[i] = rule.getWeight(i);
      LOG_WEIGHTS[i] = Math.log(rule.getWeight(i));
    }
  }

  private GompertzQuadrature() {}

  /** The number of panels for an integrand whose log changes by about {@code spread}. */
  static int panels(double spread) {
    if (!(spread > PANEL_SPREAD)) {
      return 1;
    }
    return (int) Math.min(MAX_PANELS, Math.ceil(spread / PANEL_SPREAD));
  }

  /**
   * Node {@code i} (0 … POINTS−1) of panel {@code p} of {@code panels} equal panels of [lo, hi].
   */
  static double node(double lo, double hi, int panels, int p, int i) {
    double width = (hi - lo) / panels;
    double mid = lo + (p + 0.5) * width;
    return mid + 0.5 * width * NODES[i];
  }

  /** ln of the weight of node {@code i} on [−1, 1]. */
  static double logWeight(int i) {
    return LOG_WEIGHTS[i];
  }

  /** The weight of that node. */
  static double weight(double lo, double hi, int panels, int i) {
    return 0.5 * (hi - lo) / panels * WEIGHTS[i];
  }
}
