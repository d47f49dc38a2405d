package io.crmkit.lifecycle.churn.eval;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ChurnMetricsProperties {

  record Labelled(double[] scores, boolean[] churned) {}

  @Provide
  Arbitrary<Labelled> labelled() {
    Arbitrary<Double> score = Arbitraries.doubles().between(0, 1).ofScale(1); // coarse: many ties
    return Combinators.combine(score, Arbitraries.of(true, false))
        .as((s, y) -> new Object[] {s, y})
        .list()
        .ofMinSize(2)
        .ofMaxSize(60)
        .filter(
            l ->
                l.stream().anyMatch(o -> (Boolean) o[1])
                    && l.stream().anyMatch(o -> !(Boolean) o[1]))
        .map(ChurnMetricsProperties::toLabelled);
  }

  private static Labelled toLabelled(List<Object[]> list) {
    double[] s = new double[list.size()];
    boolean[] y = new boolean[list.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = (Double) list.get(i)[0];
      y[i] = (Boolean) list.get(i)[1];
    }
    return new Labelled(s, y);
  }

  @Property(tries = 200)
  boolean auc_equals_the_pairwise_win_rate(@ForAll("labelled") Labelled d) {
    return Math.abs(
            ChurnMetrics.rocAuc(d.scores(), d.churned())
                - ChurnMetricsTest.pairwiseAuc(d.scores(), d.churned()))
        < 1e-12;
  }

  @Property(tries = 200)
  boolean reversing_the_scores_mirrors_the_auc(@ForAll("labelled") Labelled d) {
    double[] reversed = new double[d.scores().length];
    for (int i = 0; i < reversed.length; i++) {
      reversed[i] = 1 - d.scores()[i];
    }
    return Math.abs(
            ChurnMetrics.rocAuc(reversed, d.churned())
                + ChurnMetrics.rocAuc(d.scores(), d.churned())
                - 1)
        < 1e-12;
  }

  @Property(tries = 200)
  boolean capture_grows_with_the_fraction_targeted_and_is_complete_at_everyone(
      @ForAll("labelled") Labelled d) {
    double previous = 0;
    for (double f = 0.1; f <= 1.0001; f += 0.1) {
      double c = ChurnMetrics.lift(d.scores(), d.churned(), Math.min(1, f)).capture();
      if (c < previous - 1e-12) {
        return false;
      }
      previous = c;
    }
    return Math.abs(previous - 1) < 1e-12;
  }

  @Property(tries = 200)
  boolean calibration_bins_account_for_every_customer(@ForAll("labelled") Labelled d) {
    return ChurnMetrics.calibration(d.scores(), d.churned(), 10).stream()
            .mapToLong(CalibrationBin::customers)
            .sum()
        == d.scores().length;
  }
}
