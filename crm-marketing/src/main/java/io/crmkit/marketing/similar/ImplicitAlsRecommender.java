package io.crmkit.marketing.similar;

import io.crmkit.marketing.history.PurchaseHistory;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Matrix factorisation for implicit feedback (Hu, Koren &amp; Volinsky 2008, "Collaborative
 * Filtering for Implicit Feedback Datasets"): a customer's preference for an item is 1 if bought,
 * with confidence {@code 1 + α·r} for r baskets, and customer vectors x and item vectors y minimise
 * {@code Σ c(p − xᵀy)² + λ(Σ|x|² + Σ|y|²)} by alternating exact least squares, using the paper's
 * {@code YᵀY + Yᵀ(Cᵘ − I)Y} identity so that a sweep costs O(f²·entries + f³·rows). A customer is
 * scored by solving for the vector of the history given (fold-in), so histories that were not in
 * the training data are scored too. Memory: {@code 8·f} bytes per item (double vectors), customers'
 * vectors dropped after training. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ImplicitAlsRecommender implements Recommender {

  private final AlsOptions options;
  private final int f;
  private final double[] itemVectors;
  private final double[] gram;
  private final int items;

  private ImplicitAlsRecommender(AlsOptions options, double[] itemVectors, int items) {
    this.options = options;
    this.f = options.factors();
    this.itemVectors = itemVectors;
    this.items = items;
    this.gram = gram(itemVectors, items, f);
  }

  /** Fits customer and item vectors to the customers' item histories in {@code history}. */
  public static ImplicitAlsRecommender fit(PurchaseHistory history, AlsOptions options) {
    Objects.requireNonNull(history, "history must not be null");
    Objects.requireNonNull(options, "options must not be null");
    int f = options.factors();
    int nu = history.customerCount();
    int ni = history.itemCount();
    // customer rows and item rows (CSR) of counts
    ItemHistory[] rows = new ItemHistory[nu];
    int[] itemStart = new int[ni + 1];
    for (int u = 0; u < nu; u++) {
      rows[u] = ItemHistory.of(history, u);
      for (int k = 0; k < rows[u].size(); k++) {
        itemStart[rows[u].item(k) + 1]++;
      }
    }
    for (int i = 0; i < ni; i++) {
      itemStart[i + 1] += itemStart[i];
    }
    int[] itemUsers = new int[itemStart[ni]];
    int[] itemCounts = new int[itemStart[ni]];
    int[] fill = java.util.Arrays.copyOf(itemStart, ni);
    for (int u = 0; u < nu; u++) {
      for (int k = 0; k < rows[u].size(); k++) {
        int p = fill[rows[u].item(k)]++;
        itemUsers[p] = u;
        itemCounts[p] = rows[u].count(k);
      }
    }
    SplittableRandom random = new SplittableRandom(options.seed());
    double[] y = new double[ni * f];
    for (int i = 0; i < y.length; i++) {
      y[i] = 0.01 * (random.nextDouble() * 2 - 1);
    }
    double[] x = new double[nu * f];
    Solver solver = new Solver(f);
    for (int it = 0; it < options.iterations(); it++) {
      double[] gy = gram(y, ni, f);
      for (int u = 0; u < nu; u++) {
        solver.solve(gy, y, rows[u].items(), counts(rows[u]), rows[u].size(), options, x, u * f);
      }
      double[] gx = gram(x, nu, f);
      for (int i = 0; i < ni; i++) {
        int len = itemStart[i + 1] - itemStart[i];
        int[] us = java.util.Arrays.copyOfRange(itemUsers, itemStart[i], itemStart[i + 1]);
        int[] cs = java.util.Arrays.copyOfRange(itemCounts, itemStart[i], itemStart[i + 1]);
        solver.solve(gx, x, us, cs, len, options, y, i * f);
      }
    }
    return new ImplicitAlsRecommender(options, y, ni);
  }

  private static int[] counts(ItemHistory h) {
    int[] c = new int[h.size()];
    for (int k = 0; k < c.length; k++) {
      c[k] = h.count(k);
    }
    return c;
  }

  private static double[] gram(double[] v, int rows, int f) {
    double[] g = new double[f * f];
    for (int r = 0; r < rows; r++) {
      int o = r * f;
      for (int a = 0; a < f; a++) {
        double va = v[o + a];
        for (int b = a; b < f; b++) {
          g[a * f + b] += va * v[o + b];
        }
      }
    }
    for (int a = 0; a < f; a++) {
      for (int b = 0; b < a; b++) {
        g[a * f + b] = g[b * f + a];
      }
    }
    return g;
  }

  /** The options fitted with. */
  public AlsOptions options() {
    return options;
  }

  @Override
  public int itemCount() {
    return items;
  }

  /** The customer vector of {@code history} given the item vectors (length {@code factors}). */
  public double[] foldIn(ItemHistory history) {
    Objects.requireNonNull(history, "history must not be null");
    int n = 0;
    int[] its = new int[history.size()];
    int[] cs = new int[history.size()];
    for (int k = 0; k < history.size(); k++) {
      if (history.item(k) < items) {
        its[n] = history.item(k);
        cs[n++] = history.count(k);
      }
    }
    double[] out = new double[f];
    new Solver(f).solve(gram, itemVectors, its, cs, n, options, out, 0);
    return out;
  }

  @Override
  public int[] recommend(ItemHistory history, int k) {
    Recommenders.checkK(k);
    double[] x = foldIn(history);
    TopK top = new TopK(k);
    for (int i = 0; i < items; i++) {
      if (history.contains(i)) {
        continue;
      }
      double s = 0;
      int o = i * f;
      for (int a = 0; a < f; a++) {
        s += x[a] * itemVectors[o + a];
      }
      top.offer(i, s);
    }
    int[] out = new int[top.size()];
    top.drainTo(out, new double[out.length], 0);
    return out;
  }

  @Override
  public String name() {
    return "implicit ALS f=" + f;
  }

  @Override
  public String toString() {
    return "ImplicitAlsRecommender[" + items + " items, " + options + "]";
  }

  /** Solves {@code (G + Σ (c−1) v vᵀ + λI) x = Σ c v} for one row by Cholesky; reusable scratch. */
  private static final class Solver {
    final int f;
    final double[] a;
    final double[] b;

    Solver(int f) {
      this.f = f;
      a = new double[f * f];
      b = new double[f];
    }

    void solve(
        double[] g,
        double[] v,
        int[] idx,
        int[] cnt,
        int len,
        AlsOptions o,
        double[] out,
        int outOffset) {
      System.arraycopy(g, 0, a, 0, f * f);
      java.util.Arrays.fill(b, 0);
      for (int d = 0; d < f; d++) {
        a[d * f + d] += o.regularization();
      }
      for (int k = 0; k < len; k++) {
        double c = 1 + o.alpha() * cnt[k];
        int vo = idx[k] * f;
        for (int p = 0; p < f; p++) {
          double vp = v[vo + p];
          b[p] += c * vp;
          double w = (c - 1) * vp;
          for (int q = p; q < f; q++) {
            a[p * f + q] += w * v[vo + q];
          }
        }
      }
      // Cholesky on the upper triangle: a = Rᵀ R, R stored in the upper triangle
      for (int p = 0; p < f; p++) {
        double s = a[p * f + p];
        for (int r = 0; r < p; r++) {
          s -= a[r * f + p] * a[r * f + p];
        }
        double d = Math.sqrt(Math.max(s, 1e-300));
        a[p * f + p] = d;
        for (int q = p + 1; q < f; q++) {
          double t = a[p * f + q];
          for (int r = 0; r < p; r++) {
            t -= a[r * f + p] * a[r * f + q];
          }
          a[p * f + q] = t / d;
        }
      }
      // Rᵀ z = b, then R x = z
      for (int p = 0; p < f; p++) {
        double t = b[p];
        for (int r = 0; r < p; r++) {
          t -= a[r * f + p] * b[r];
        }
        b[p] = t / a[p * f + p];
      }
      for (int p = f - 1; p >= 0; p--) {
        double t = b[p];
        for (int q = p + 1; q < f; q++) {
          t -= a[p * f + q] * b[q];
        }
        b[p] = t / a[p * f + p];
      }
      System.arraycopy(b, 0, out, outOffset, f);
    }
  }
}
