package io.crmkit.lifecycle.model;

import java.util.Locale;
import java.util.Objects;

/**
 * P(alive) and expected purchases over a grid of histories: frequency 0…maxFrequency (rows) ×
 * recency 0…T in {@code recencySteps} equal steps (columns), for customers observed for T units;
 * the data of the usual heat-map plots. Row {@code x}, column {@code j} is the history (x, t_x =
 * j·T/(steps−1), T); cells with x &gt; 0 and t_x = 0 are possible and kept.
 *
 * @param frequencies frequency of each row (0, 1, …)
 * @param recencies recency of each column, in the model's time unit
 * @param age T of every cell
 * @param horizon the horizon of {@link #expectedPurchases()}, in the model's time unit
 * @since 0.1
 */
public record PredictionGrid(
    int[] frequencies,
    double[] recencies,
    double age,
    double horizon,
    double[][] probabilityAlive,
    double[][] expectedPurchases) {

  /** Copies the arrays, so that the grid is immutable. */
  public PredictionGrid {
    frequencies = frequencies.clone();
    recencies = recencies.clone();
    probabilityAlive = copy(probabilityAlive);
    expectedPurchases = copy(expectedPurchases);
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  /**
   * Evaluates {@code model} on the grid.
   *
   * @param maxFrequency the largest frequency (at least 1)
   * @param age T of every cell (positive)
   * @param recencySteps number of recency columns (at least 2)
   * @param horizon horizon of the expected purchases (not negative)
   */
  public static PredictionGrid of(
      TransactionModel model, int maxFrequency, double age, int recencySteps, double horizon) {
    Objects.requireNonNull(model, "model must not be null");
    if (maxFrequency < 1) {
      throw new IllegalArgumentException(
          "maxFrequency must be at least 1 but was: " + maxFrequency);
    }
    if (!(age > 0) || Double.isInfinite(age)) {
      throw new IllegalArgumentException("age must be positive and finite but was: " + age);
    }
    if (recencySteps < 2) {
      throw new IllegalArgumentException(
          "recencySteps must be at least 2 but was: " + recencySteps);
    }
    int[] f = new int[maxFrequency + 1];
    double[] r = new double[recencySteps];
    double[][] pa = new double[f.length][recencySteps];
    double[][] ep = new double[f.length][recencySteps];
    for (int j = 0; j < recencySteps; j++) {
      r[j] = j == recencySteps - 1 ? age : age * j / (recencySteps - 1);
    }
    for (int x = 0; x <= maxFrequency; x++) {
      f[x] = x;
      for (int j = 0; j < recencySteps; j++) {
        double tx = x == 0 ? 0 : r[j];
        pa[x][j] = model.probabilityAlive(x, tx, age);
        ep[x][j] = model.expectedPurchases(horizon, x, tx, age);
      }
    }
    return new PredictionGrid(f, r, age, horizon, pa, ep);
  }

  @Override
  public int[] frequencies() {
    return frequencies.clone();
  }

  @Override
  public double[] recencies() {
    return recencies.clone();
  }

  @Override
  public double[][] probabilityAlive() {
    return copy(probabilityAlive);
  }

  @Override
  public double[][] expectedPurchases() {
    return copy(expectedPurchases);
  }

  /** P(alive) of frequency {@code x} and recency column {@code j}. */
  public double probabilityAlive(int x, int j) {
    return probabilityAlive[x][j];
  }

  /** P(alive) as a small text table: rows frequency, columns recency. */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT, "P(alive) at T = %.2f (rows: frequency, columns: recency)%n", age));
    sb.append("   x");
    for (double r : recencies) {
      sb.append(String.format(Locale.ROOT, " %6.1f", r));
    }
    sb.append('\n');
    for (int x = 0; x < frequencies.length; x++) {
      sb.append(String.format(Locale.ROOT, "%4d", x));
      for (double v : probabilityAlive[x]) {
        sb.append(String.format(Locale.ROOT, " %6.3f", v));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PredictionGrid g
        && java.util.Arrays.equals(frequencies, g.frequencies)
        && java.util.Arrays.equals(recencies, g.recencies)
        && Double.compare(age, g.age) == 0
        && Double.compare(horizon, g.horizon) == 0
        && java.util.Arrays.deepEquals(probabilityAlive, g.probabilityAlive)
        && java.util.Arrays.deepEquals(expectedPurchases, g.expectedPurchases);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        java.util.Arrays.hashCode(frequencies), java.util.Arrays.hashCode(recencies), age, horizon);
  }
}
