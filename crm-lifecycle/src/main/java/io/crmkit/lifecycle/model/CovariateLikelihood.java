package io.crmkit.lifecycle.model;

import java.util.Arrays;

/**
 * The log-likelihood of a model whose parameters depend on time-invariant covariates, θ_ij = θ0_j ·
 * exp(s_j γ_p(j)' z_i): base parameter j of customer i is scaled by its process's covariates (sign
 * s_j = ±1; a parameter of no process is not scaled). As a function of v = (ln θ0, γ) it is Σ_g
 * LL_g(θ_g): customers with identical covariate rows form a group g that shares its parameters θ_g,
 * so the model's own kernel (the distinct-row compression and caches of the model without
 * covariates) computes a large group's likelihood; a small group's rows go through the model's
 * per-customer formula. The map from v to φ_g = ln θ_g is linear, so the gradient in v is A_g' ∇_φ
 * LL_g and the Hessian A_g' H_φ A_g, with H_φ by differences of the analytic gradient in φ (the
 * model's dimension, not v's).
 */
final class CovariateLikelihood {

  /** A group with at least this many customer rows gets the model's kernel. */
  private static final int KERNEL_ROWS = 48;

  /** The model: base parameter names, which process scales each, and its likelihoods. */
  record Spec(
      String model,
      String[] names,
      String[] processes,
      int[] process,
      double[] sign,
      KernelFactory kernel,
      RowLikelihood row) {}

  /** The model's kernel over weighted, distinct data rows. */
  interface KernelFactory {
    LogLikelihood of(double[][] columns, double[] weights);
  }

  /** ln L of data row {@code i} at natural parameters {@code p}, ∂/∂p into {@code grad}. */
  interface RowLikelihood {
    double of(double[] p, double[][] columns, int i, double[] grad);
  }

  private final Spec spec;
  private final double[][] columns;
  private final double[] weights;
  private final Covariates[] covariates;
  private final int kBase;
  private final int[] offset; // per process, the first coefficient's index in v
  private final int size;
  private final double observations;

  /** Per group: covariate values per process, and its evaluator. */
  private final double[][][] groupZ;

  private final Block[] blocks;

  CovariateLikelihood(Spec spec, double[][] columns, double[] weights, Covariates[] covariates) {
    this.spec = spec;
    this.columns = columns;
    this.weights = weights;
    this.covariates = covariates;
    kBase = spec.names().length;
    offset = new int[covariates.length];
    int k = kBase;
    for (int p = 0; p < covariates.length; p++) {
      offset[p] = k;
      k += covariates[p].count();
    }
    size = k;
    double n = 0;
    for (double w : weights) {
      n += w;
    }
    observations = n;
    int rows = weights.length;
    int totalColumns = 0;
    for (Covariates c : covariates) {
      totalColumns += c.count();
    }
    int[] groupOfRow = new int[rows];
    int groups;
    int[] firstRow;
    if (totalColumns == 0 || rows == 0) {
      groups = rows == 0 ? 0 : 1;
      firstRow = new int[groups];
    } else {
      double[][] all = new double[totalColumns][];
      int j = 0;
      for (Covariates c : covariates) {
        for (double[] col : c.columns()) {
          all[j++] = col;
        }
      }
      DistinctRows d = DistinctRows.of(groupOfRow, all);
      firstRow = d.first();
      groups = firstRow.length;
    }
    groupZ = new double[groups][covariates.length][];
    for (int g = 0; g < groups; g++) {
      for (int p = 0; p < covariates.length; p++) {
        double[] z = new double[covariates[p].count()];
        for (int c = 0; c < z.length; c++) {
          z[c] = covariates[p].value(firstRow[g], c);
        }
        groupZ[g][p] = z;
      }
    }
    // rows of each group, by counting sort
    int[] start = new int[groups + 1];
    for (int i = 0; i < rows; i++) {
      start[groupOfRow[i] + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      start[g + 1] += start[g];
    }
    int[] order = new int[rows];
    int[] fill = Arrays.copyOf(start, groups);
    for (int i = 0; i < rows; i++) {
      order[fill[groupOfRow[i]]++] = i;
    }
    blocks = new Block[groups];
    for (int g = 0; g < groups; g++) {
      int[] members = Arrays.copyOfRange(order, start[g], start[g + 1]);
      blocks[g] = members.length >= KERNEL_ROWS ? kernelBlock(members) : new RowBlock(members);
    }
  }

  private Block kernelBlock(int[] members) {
    double[][] sub = new double[columns.length][members.length];
    for (int c = 0; c < columns.length; c++) {
      for (int i = 0; i < members.length; i++) {
        sub[c][i] = columns[c][members[i]];
      }
    }
    int[] group = new int[members.length];
    DistinctRows d = DistinctRows.of(group, sub);
    double[][] distinct = new double[columns.length][];
    for (int c = 0; c < columns.length; c++) {
      distinct[c] = d.pick(sub[c]);
    }
    double[] w = new double[d.first().length];
    for (int i = 0; i < members.length; i++) {
      w[group[i]] += weights[members[i]];
    }
    return new KernelBlock(spec.kernel().of(distinct, w));
  }

  /** The likelihood of every {@code step}-th data row (a systematic subsample). */
  CovariateLikelihood subsample(int step) {
    int m = (weights.length + step - 1) / step;
    int[] rows = new int[m];
    for (int i = 0; i < m; i++) {
      rows[i] = i * step;
    }
    double[][] c = new double[columns.length][m];
    double[] w = new double[m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < columns.length; j++) {
        c[j][i] = columns[j][rows[i]];
      }
      w[i] = weights[rows[i]];
    }
    Covariates[] z = new Covariates[covariates.length];
    for (int p = 0; p < z.length; p++) {
      z[p] = covariates[p].rows(rows);
    }
    return new CovariateLikelihood(spec, c, w, z);
  }

  Spec spec() {
    return spec;
  }

  /** The dimension of v: base parameters then each process's coefficients. */
  int size() {
    return size;
  }

  int rows() {
    return weights.length;
  }

  double observations() {
    return observations;
  }

  int groups() {
    return blocks.length;
  }

  /** Names of v's entries: the base parameters, then "process.covariate". */
  String[] names() {
    String[] n = new String[size];
    System.arraycopy(spec.names(), 0, n, 0, kBase);
    for (int p = 0; p < covariates.length; p++) {
      for (int c = 0; c < covariates[p].count(); c++) {
        n[offset[p] + c] = spec.processes()[p] + "." + covariates[p].names().get(c);
      }
    }
    return n;
  }

  /** ln θ_g at v. */
  private void phi(double[] v, int g, double[] out) {
    for (int j = 0; j < kBase; j++) {
      double f = v[j];
      int p = spec.process()[j];
      if (p >= 0) {
        double[] z = groupZ[g][p];
        double dot = 0;
        for (int c = 0; c < z.length; c++) {
          dot += v[offset[p] + c] * z[c];
        }
        f += spec.sign()[j] * dot;
      }
      out[j] = f;
    }
  }

  /**
   * LL at v (natural base parameters e^v[0..k), coefficients after); ∂LL/∂v into {@code grad} and
   * ∂²LL/∂v² into {@code hessian} (by forward differences of the gradient in φ, or central ones
   * when {@code central}) when they are not null. NaN or −∞ where a group's likelihood is not
   * finite.
   */
  double evaluate(double[] v, double[] grad, double[][] hessian, boolean central) {
    int k = kBase;
    double[] phi = new double[k];
    double[] theta = new double[k];
    double[] gTheta = new double[k];
    double[] gPhi = new double[k];
    double[] shifted = new double[k];
    double[] gShift = new double[k];
    double[] gBack = new double[k];
    double[][] hPhi = hessian == null ? null : new double[k][k];
    double[][] a = new double[k][size];
    if (grad != null) {
      Arrays.fill(grad, 0);
    }
    if (hessian != null) {
      for (double[] row : hessian) {
        Arrays.fill(row, 0);
      }
    }
    double total = 0;
    for (int g = 0; g < blocks.length; g++) {
      phi(v, g, phi);
      for (int j = 0; j < k; j++) {
        theta[j] = Math.exp(phi[j]);
      }
      double ll = blocks[g].evaluate(theta, grad == null && hessian == null ? null : gTheta);
      if (!Double.isFinite(ll)) {
        return ll == Double.POSITIVE_INFINITY ? Double.NaN : ll;
      }
      total += ll;
      if (grad == null && hessian == null) {
        continue;
      }
      for (int j = 0; j < k; j++) {
        gPhi[j] = theta[j] * gTheta[j];
      }
      design(g, a);
      if (grad != null) {
        for (int j = 0; j < k; j++) {
          for (int m = 0; m < size; m++) {
            grad[m] += a[j][m] * gPhi[j];
          }
        }
      }
      if (hessian != null) {
        for (int j = 0; j < k; j++) {
          double h = central ? 1e-5 : 1e-6;
          gradientInPhi(g, phi, j, h, shifted, gShift);
          if (central) {
            gradientInPhi(g, phi, j, -h, shifted, gBack);
          } else {
            System.arraycopy(gPhi, 0, gBack, 0, k);
          }
          double span = central ? 2 * h : h;
          for (int i = 0; i < k; i++) {
            hPhi[i][j] = (gShift[i] - gBack[i]) / span;
          }
        }
        SecondOrder.symmetrise(hPhi);
        // hessian += A' H_φ A
        for (int m = 0; m < size; m++) {
          for (int i = 0; i < k; i++) {
            if (a[i][m] == 0) {
              continue;
            }
            double[] hRow = hPhi[i];
            double aim = a[i][m];
            for (int j = 0; j < k; j++) {
              double hij = hRow[j] * aim;
              if (hij == 0) {
                continue;
              }
              double[] aj = a[j];
              double[] out = hessian[m];
              for (int l = 0; l < size; l++) {
                out[l] += hij * aj[l];
              }
            }
          }
        }
      }
    }
    return total;
  }

  /** ∂ LL_g / ∂φ at φ + h e_j into {@code out}. */
  private void gradientInPhi(int g, double[] phi, int j, double h, double[] theta, double[] out) {
    for (int i = 0; i < phi.length; i++) {
      theta[i] = Math.exp(phi[i] + (i == j ? h : 0));
    }
    double[] gt = new double[phi.length];
    blocks[g].evaluate(theta, gt);
    for (int i = 0; i < phi.length; i++) {
      out[i] = theta[i] * gt[i];
    }
  }

  /** A_g = ∂φ_g/∂v. */
  private void design(int g, double[][] a) {
    for (int j = 0; j < kBase; j++) {
      Arrays.fill(a[j], 0);
      a[j][j] = 1;
      int p = spec.process()[j];
      if (p >= 0) {
        double[] z = groupZ[g][p];
        for (int c = 0; c < z.length; c++) {
          a[j][offset[p] + c] = spec.sign()[j] * z[c];
        }
      }
    }
  }

  /** One group's likelihood as a function of its natural parameters. */
  private interface Block {
    double evaluate(double[] theta, double[] grad);
  }

  private static final class KernelBlock implements Block {
    private final LogLikelihood kernel;

    KernelBlock(LogLikelihood kernel) {
      this.kernel = kernel;
    }

    @Override
    public double evaluate(double[] theta, double[] grad) {
      if (kernel instanceof SecondOrderLikelihood fast) {
        return fast.evaluate(theta, grad, null);
      }
      double v = kernel.value(theta);
      if (grad != null) {
        kernel.gradient(theta, grad);
      }
      return v;
    }
  }

  private final class RowBlock implements Block {
    private final int[] rows;

    RowBlock(int[] rows) {
      this.rows = rows;
    }

    @Override
    public double evaluate(double[] theta, double[] grad) {
      double[] gi = grad == null ? null : new double[theta.length];
      if (grad != null) {
        Arrays.fill(grad, 0);
      }
      double sum = 0;
      for (int i : rows) {
        double w = weights[i];
        sum += w * spec.row().of(theta, columns, i, gi);
        if (grad != null) {
          for (int j = 0; j < theta.length; j++) {
            grad[j] += w * gi[j];
          }
        }
      }
      return sum;
    }
  }
}
