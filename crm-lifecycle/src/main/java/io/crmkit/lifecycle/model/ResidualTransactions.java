package io.crmkit.lifecycle.model;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Discounted expected residual transactions by quadrature: DERT = ∫₀^∞ e^{−δt} dE(t), where E(t) is
 * a customer's expected purchases in the next t time units. Integrated by parts (E(0) = 0) and
 * substituted u = δt, it is ∫₀^∞ e^{−u} E(u/δ) du, a smooth integrand with an exponential weight,
 * integrated by 20-point Gauss–Legendre rules on six panels of [0, 60] (e^{−60} ≈ 1e−26 bounds the
 * omitted tail relative to the linear growth of E).
 */
final class ResidualTransactions {

  private static final double[] EDGES = {0, 1, 3, 7, 15, 31, 60};
  private static final double[] NODES;
  private static final double[] WEIGHTS;

  static {
    GaussIntegratorFactory factory = new GaussIntegratorFactory();
    int points = 20;
    NODES = new double[points * (EDGES.length - 1)];
    WEIGHTS = new double[NODES.length];
    for (int p = 0; p + 1 < EDGES.length; p++) {
      GaussIntegrator rule = factory.legendre(points, EDGES[p], EDGES[p + 1]);
      for (int i = 0; i < points; i++) {
        NODES[p * points + i] = rule.getPoint(i);
        WEIGHTS[p * points + i] = rule.getWeight(i) * Math.exp(-rule.getPoint(i));
      }
    }
  }

  private ResidualTransactions() {}

  static double discounted(
      TransactionModel model, double discountRate, double x, double tx, double age) {
    if (!(discountRate > 0) || Double.isInfinite(discountRate)) {
      throw new IllegalArgumentException(
          "discountRate must be positive and finite (continuous, per time unit) but was: "
              + discountRate);
    }
    TransactionModel.checkHistory(x, tx, age);
    double sum = 0;
    for (int i = 0; i < NODES.length; i++) {
      sum += WEIGHTS[i] * model.expectedPurchases(NODES[i] / discountRate, x, tx, age);
    }
    return sum;
  }
}
