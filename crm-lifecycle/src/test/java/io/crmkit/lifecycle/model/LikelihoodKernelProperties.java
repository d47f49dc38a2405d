package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/**
 * The fast likelihood kernels (values and gradients per distinct x, T, t_x; Pareto/NBD's series per
 * distinct (x, t) pair; Gamma-Gamma on power moments) give the log-likelihood and gradient of a
 * plain per-row sum of the models' per-customer functions, and their Hessians match central
 * differences of their gradients, over random data and parameters.
 */
class LikelihoodKernelProperties {

  /** A row (x, t_x, T, weight) of continuous-time data. */
  record Row(int x, double tx, double age, int weight) {}

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<Row> row =
        Combinators.combine(
                Arbitraries.integers().between(0, 60),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0.5, 80),
                Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(0, 3))
            .as(
                (x, share, age, w, dayGrid) -> {
                  // a quarter of the rows on a grid of days, so distinct values repeat
                  double t = dayGrid == 0 ? Math.rint(age * 7) / 7 + 1 : age;
                  double tx =
                      x == 0
                          ? 0
                          : dayGrid == 0 ? Math.min(t, Math.rint(share * t * 7) / 7) : share * t;
                  return new Row(x, tx, t, w);
                });
    return row.list().ofMinSize(1).ofMaxSize(40);
  }

  @Provide
  Arbitrary<double[]> parameters() {
    return Combinators.combine(
            Arbitraries.doubles().between(0.05, 5),
            Arbitraries.doubles().between(0.2, 50),
            Arbitraries.doubles().between(0.05, 5),
            Arbitraries.doubles().between(0.05, 10))
        .as((r, alpha, a, b) -> new double[] {r, alpha, a, b});
  }

  private static WeightedData data(List<Row> rows) {
    int n = rows.size();
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rows.get(i).x();
      tx[i] = rows.get(i).tx();
      age[i] = rows.get(i).age();
      w[i] = rows.get(i).weight();
    }
    return WeightedData.of(x, tx, age, w);
  }

  private static LogLikelihood perRow(WeightedData d, boolean modified) {
    WeightedLikelihood.RowLikelihood row =
        modified
            ? MbgNbdModel::logLikelihood
            : (q, xi, ti, ai, g) -> BgNbdModel.logLikelihood(q[0], q[1], q[2], q[3], xi, ti, ai, g);
    return new WeightedLikelihood(BgNbdModel.NAMES, d, row);
  }

  @Property(tries = 400)
  void beta_geometric_kernels_give_the_per_row_log_likelihood_and_gradient(
      @ForAll("rows") List<Row> rows, @ForAll("parameters") double[] p) {
    WeightedData d = data(rows);
    for (boolean modified : new boolean[] {false, true}) {
      LogLikelihood reference = perRow(d, modified);
      SecondOrderLikelihood fast = new BetaGeometricLikelihood(d, modified);
      assertSameValueAndGradient(fast, reference, p);
    }
  }

  @Property(tries = 300)
  void pareto_nbd_kernel_gives_the_per_row_log_likelihood_and_gradient(
      @ForAll("rows") List<Row> rows, @ForAll("parameters") double[] p) {
    WeightedData d = data(rows);
    LogLikelihood reference =
        new WeightedLikelihood(ParetoNbdModel.NAMES, d, ParetoNbdModel::logLikelihood);
    SecondOrderLikelihood fast = ParetoNbdLikelihood.of(d);
    assertThat(fast).isInstanceOf(ParetoNbdLikelihood.class);
    assertSameValueAndGradient(fast, reference, p);
  }

  /**
   * Value within 1e-10 relative; gradient within 1e-10 of its size (equally non-finite where the
   * series overflow).
   */
  private static void assertSameValueAndGradient(
      LogLikelihood fast, LogLikelihood reference, double[] p) {
    double expected = reference.value(p);
    assertThat(fast.value(p)).isCloseTo(expected, within(1e-10 * Math.max(1, Math.abs(expected))));
    double[] g = new double[4];
    double[] gRef = new double[4];
    fast.gradient(p, g);
    reference.gradient(p, gRef);
    double size = 1 + Math.abs(gRef[0]) + Math.abs(gRef[1]) + Math.abs(gRef[2]) + Math.abs(gRef[3]);
    for (int j = 0; j < 4; j++) {
      if (Double.isFinite(size)) {
        assertThat(g[j])
            .as("%s d/d%s", fast, reference.names()[j])
            .isCloseTo(gRef[j], within(1e-10 * size));
      } else {
        assertThat(Double.isFinite(g[j]))
            .as("%s d/d%s finite", fast, reference.names()[j])
            .isEqualTo(Double.isFinite(gRef[j]));
      }
    }
  }

  @Property(tries = 200)
  void beta_geometric_hessians_match_central_differences_of_the_gradient(
      @ForAll("rows") List<Row> rows, @ForAll("parameters") double[] p) {
    WeightedData d = data(rows);
    for (boolean modified : new boolean[] {false, true}) {
      checkHessian(new BetaGeometricLikelihood(d, modified), p);
    }
  }

  private static void checkHessian(SecondOrderLikelihood ll, double[] p) {
    int k = p.length;
    double[][] h = new double[k][k];
    ll.evaluate(p, new double[k], h);
    for (int j = 0; j < k; j++) {
      // central differences of the gradient, Richardson-extrapolated: error O(h^4)
      double[] coarse = centralDifference(ll, p, j, 1e-4 * p[j]);
      double[] fine = centralDifference(ll, p, j, 0.5e-4 * p[j]);
      for (int i = 0; i < k; i++) {
        double fd = (4 * fine[i] - coarse[i]) / 3;
        double scale = Math.max(1, Math.max(Math.abs(fd), Math.sqrt(Math.abs(h[i][i] * h[j][j]))));
        assertThat(h[i][j])
            .as("d2/d%s d%s at %s", ll.names()[i], ll.names()[j], java.util.Arrays.toString(p))
            .isCloseTo(fd, within(1e-6 * scale));
      }
    }
  }

  private static double[] centralDifference(
      SecondOrderLikelihood ll, double[] p, int j, double step) {
    int k = p.length;
    double[] gp = new double[k];
    double[] gm = new double[k];
    double[] up = p.clone();
    double[] down = p.clone();
    up[j] += step;
    down[j] -= step;
    ll.gradient(up, gp);
    ll.gradient(down, gm);
    double[] d = new double[k];
    for (int i = 0; i < k; i++) {
      d[i] = (gp[i] - gm[i]) / (2 * step);
    }
    return d;
  }

  /** A BG/BB history (x, t_x, n) with a weight. */
  record History(int x, int tx, int n, int weight) {}

  @Provide
  Arbitrary<List<History>> histories() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 40),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(1, 5))
        .as(
            (n, u, v, w) -> {
              int tx = Math.min(n, (int) Math.floor(u * (n + 1)));
              int x = tx == 0 ? 0 : Math.min(tx, 1 + (int) Math.floor(v * tx));
              return new History(x, tx, n, w);
            })
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  @Provide
  Arbitrary<double[]> bgBbParameters() {
    return Combinators.combine(
            Arbitraries.doubles().between(0.05, 20),
            Arbitraries.doubles().between(0.05, 20),
            Arbitraries.doubles().between(0.05, 20),
            Arbitraries.doubles().between(0.05, 20))
        .as((a, b, g, d) -> new double[] {a, b, g, d});
  }

  private static WeightedData historyData(List<History> rows) {
    int n = rows.size();
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] opportunities = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rows.get(i).x();
      tx[i] = rows.get(i).tx();
      opportunities[i] = rows.get(i).n();
      w[i] = rows.get(i).weight();
    }
    return WeightedData.of(x, tx, opportunities, w);
  }

  @Property(tries = 400)
  void bgbb_kernel_gives_the_per_row_log_likelihood_and_gradient(
      @ForAll("histories") List<History> rows, @ForAll("bgBbParameters") double[] p) {
    WeightedData d = historyData(rows);
    SecondOrderLikelihood fast = BgBbLikelihood.of(d);
    assertThat(fast).isInstanceOf(BgBbLikelihood.class);
    assertSameValueAndGradient(
        fast, new WeightedLikelihood(BgBbModel.NAMES, d, BgBbModel::logLikelihood), p);
  }

  @Property(tries = 200)
  void bgbb_hessian_matches_central_differences_of_the_gradient(
      @ForAll("histories") List<History> rows, @ForAll("bgBbParameters") double[] p) {
    checkHessian(BgBbLikelihood.of(historyData(rows)), p);
  }

  @Property(tries = 200)
  void whole_number_rows_group_as_the_hashed_rows_do(
      @ForAll("histories") List<History> rows,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -3, max = 3) int shift) {
    int n = rows.size();
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] opportunities = new double[n];
    for (int i = 0; i < n; i++) {
      // values from the histories, mixed between rows so rows repeat, shifted to test offsets and
      // with −0.0 for 0.0; each column spans at most 16 values: 16^3 keys, within the table limit
      x[i] = rows.get(i).x() % 16 + shift;
      int t = rows.get((i * 7) % n).tx() % 16;
      tx[i] = t == 0 ? -0.0 : t;
      opportunities[i] = rows.get(i / 2).n() % 16 - shift;
    }
    DistinctRows hashed = DistinctRows.of(x, tx, opportunities);
    java.util.Optional<DistinctRows> whole = DistinctRows.ofWhole(x, tx, opportunities);
    assertThat(whole).isPresent();
    assertThat(whole.get().first()).containsExactly(hashed.first());
    assertThat(whole.get().counts()).containsExactly(hashed.counts());
    double[] fractional = x.clone();
    fractional[n / 2] += 0.5;
    assertThat(DistinctRows.ofWhole(fractional, tx, opportunities)).isEmpty();
  }

  @Provide
  Arbitrary<List<double[]>> spendRows() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 40),
            Arbitraries.doubles().between(0.01, 500),
            Arbitraries.integers().between(1, 4))
        .as((x, z, w) -> new double[] {x, Math.rint(z * 100) / 100, w})
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  @Property(tries = 400)
  void
      gamma_gamma_kernel_gives_the_per_row_log_likelihood_and_gradient_near_and_far_from_its_centre(
          @ForAll("spendRows") List<double[]> rows,
          @ForAll @DoubleRange(min = 0.2, max = 30) double p,
          @ForAll @DoubleRange(min = 0.2, max = 30) double q,
          @ForAll @DoubleRange(min = 0.1, max = 100) double v,
          @ForAll @DoubleRange(min = -0.039, max = 0.039) @Scale(4) double move) {
    int n = rows.size();
    double[] x = new double[n];
    double[] z = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rows.get(i)[0];
      z[i] = rows.get(i)[1];
      w[i] = rows.get(i)[2];
    }
    SpendData d = SpendData.of(x, z, w);
    SecondOrderLikelihood fast = new GammaGammaLikelihood(d);
    fast.value(new double[] {p, q, v}); // centre the moments at v
    double v1 =
        v + move * v; // within the radius 0.04 (v + min s): from the moments, no pass over the rows
    for (double at : new double[] {v1, v, 3 * v + 1}) {
      double[] par = {p, q, at};
      GammaGammaModel m = GammaGammaModel.of(p, q, at);
      double expected = 0;
      double[] gRef = new double[3];
      for (int i = 0; i < n; i++) {
        expected += w[i] * m.logLikelihood(x[i], z[i]);
        double px = p * x[i];
        double lnD = Math.log(at + x[i] * z[i]);
        gRef[0] +=
            w[i]
                * x[i]
                * (SpecialFunctions.digamma(px + q)
                    - SpecialFunctions.digamma(px)
                    + Math.log(z[i])
                    + Math.log(x[i])
                    - lnD);
        gRef[1] +=
            w[i]
                * (SpecialFunctions.digamma(px + q)
                    - SpecialFunctions.digamma(q)
                    + Math.log(at)
                    - lnD);
        gRef[2] += w[i] * (q / at - (px + q) / (at + x[i] * z[i]));
      }
      assertThat(fast.value(par))
          .as("LL at v=%s", at)
          .isCloseTo(expected, within(1e-10 * Math.max(1, Math.abs(expected))));
      double[] g = new double[3];
      fast.gradient(par, g);
      double size = 1 + Math.abs(gRef[0]) + Math.abs(gRef[1]) + Math.abs(gRef[2]);
      for (int j = 0; j < 3; j++) {
        assertThat(g[j])
            .as("d/d%s at v=%s", GammaGammaModel.NAMES[j], at)
            .isCloseTo(gRef[j], within(1e-9 * size));
      }
      checkHessian(fast, par);
    }
  }

  @Property(tries = 200)
  void compressing_summaries_keeps_every_customer_and_the_likelihood(
      @ForAll("rows") List<Row> rows, @ForAll("parameters") double[] p) {
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.WEEKS);
    int id = 0;
    for (Row r : rows) {
      for (int k = 0; k < r.weight(); k++) {
        b.add(Integer.toString(id++), r.x(), r.tx(), r.age(), r.x() > 0 ? 10 : 0);
      }
    }
    CustomerSummaries s = b.build();
    WeightedData compressed = WeightedData.compressed(s);
    WeightedData raw = WeightedData.uncompressed(s);
    assertThat(compressed.customers()).isEqualTo(s.size());
    for (int i = 1; i < compressed.rows(); i++) {
      assertThat(compressed.x(i)).isGreaterThanOrEqualTo(compressed.x(i - 1));
    }
    double expected = perRow(raw, false).value(p);
    assertThat(new BetaGeometricLikelihood(compressed, false).value(p))
        .isCloseTo(expected, within(1e-10 * Math.max(1, Math.abs(expected))));
  }

  @Property(tries = 200)
  void a_systematic_subsample_keeps_its_share_of_every_row(
      @ForAll("rows") List<Row> rows, @ForAll @DoubleRange(min = 0.05, max = 1) double fraction) {
    WeightedData d = data(rows);
    WeightedData sub = d.subsample(fraction);
    if (Math.floor(d.customers() * fraction + 0.5) == 0) {
      assertThat(sub).as("too few customers to subsample: the data itself").isSameAs(d);
      return;
    }
    assertThat(sub.customers()).isCloseTo(d.customers() * fraction, within(0.5));
    // the rows keep their values and never more customers than they had
    int j = 0;
    for (int i = 0; i < sub.rows(); i++) {
      while (d.x(j) != sub.x(i)
          || d.tx(j) != sub.tx(i)
          || d.age(j) != sub.age(i)
          || d.weight(j) < sub.weight(i)) {
        j++;
      }
      j++;
    }
    assertThat(j).isLessThanOrEqualTo(d.rows());
  }
}
