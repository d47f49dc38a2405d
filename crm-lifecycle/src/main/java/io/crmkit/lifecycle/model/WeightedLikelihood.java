package io.crmkit.lifecycle.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A log-likelihood that sums a per-row function over weighted (x, t_x, T) rows: value and gradient
 * in one pass (the row function gives both), no analytic Hessian; it subsamples its data for the
 * start of {@link MaximumLikelihood}'s fit.
 */
final class WeightedLikelihood implements SecondOrderLikelihood {

  /** The log-likelihood of one row at parameters p, writing its gradient when grad is not null. */
  @FunctionalInterface
  interface RowLikelihood {
    double value(double[] p, double x, double tx, double age, double[] grad);
  }

  private final String[] names;
  private final WeightedData data;
  private final RowLikelihood row;

  WeightedLikelihood(String[] names, WeightedData data, RowLikelihood row) {
    this.names = names.clone();
    this.data = data;
    this.row = row;
  }

  @Override
  public String[] names() {
    return names.clone();
  }

  @Override
  public double evaluate(double[] p, double[] g, double[][] hessian) {
    double sum = 0;
    if (g == null) {
      for (int i = 0; i < data.rows(); i++) {
        sum += data.weight(i) * row.value(p, data.x(i), data.tx(i), data.age(i), null);
      }
      return sum;
    }
    Arrays.fill(g, 0);
    double[] gi = new double[p.length];
    for (int i = 0; i < data.rows(); i++) {
      double w = data.weight(i);
      sum += w * row.value(p, data.x(i), data.tx(i), data.age(i), gi);
      for (int j = 0; j < p.length; j++) {
        g[j] += w * gi[j];
      }
    }
    return sum;
  }

  @Override
  public boolean hasHessian() {
    return false;
  }

  @Override
  public Optional<SecondOrderLikelihood> subsample(double fraction) {
    return Optional.of(new WeightedLikelihood(names, data.subsample(fraction), row));
  }

  @Override
  public double observations() {
    return data.customers();
  }
}
