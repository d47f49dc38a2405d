package io.crmkit.lifecycle.clv;

import java.util.Arrays;

/** A log-likelihood that sums a per-row function over weighted (x, t_x, T) rows. */
final class WeightedLikelihood implements LogLikelihood {

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
  public double value(double[] p) {
    double sum = 0;
    for (int i = 0; i < data.rows(); i++) {
      sum += data.weight(i) * row.value(p, data.x(i), data.tx(i), data.age(i), null);
    }
    return sum;
  }

  @Override
  public void gradient(double[] p, double[] g) {
    Arrays.fill(g, 0);
    double[] gi = new double[p.length];
    for (int i = 0; i < data.rows(); i++) {
      row.value(p, data.x(i), data.tx(i), data.age(i), gi);
      for (int j = 0; j < p.length; j++) {
        g[j] += data.weight(i) * gi[j];
      }
    }
  }

  @Override
  public double observations() {
    return data.customers();
  }
}
