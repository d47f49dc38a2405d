package io.crmkit.segmentation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SegmentationEngineProperties {

  record Row(int x, int tx, int t, int spend) {}

  @Provide
  Arbitrary<List<Row>> rows() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 8),
            Arbitraries.integers().between(0, 200),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(1, 500))
        .as((x, tx, extra, spend) -> new Row(x, x == 0 ? 0 : tx, (x == 0 ? 0 : tx) + extra, spend))
        .list()
        .ofMinSize(1)
        .ofMaxSize(60);
  }

  @Property(tries = 100)
  void engine_segments_equal_the_schemes_run_directly_and_summaries_add_up(
      @ForAll("rows") List<Row> rows) {
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.DAYS);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      b.add(Integer.toString(i), r.x(), r.tx(), r.t(), r.spend());
    }
    CustomerSummaries s = b.build();
    EngineResult run = SegmentationEngine.of(Scheme.rfm(), Scheme.abc()).run(Population.of(s));
    RfmSegments rfm = SegmentTable.standard().assign(RfmScorer.quintiles().score(s));
    AbcResult abc = AbcClassifier.byValue().classify(s, SummaryMeasure.TOTAL_SPEND);
    for (int i = 0; i < s.size(); i++) {
      assertThat(run.segmentsOf(i))
          .containsEntry("rfm", rfm.segmentName(i))
          .containsEntry("abc", abc.classOf(i).name());
    }
    for (SchemeResult scheme : run.schemes()) {
      assertThat(scheme.summaries().stream().mapToInt(SegmentSummary::customers).sum())
          .isEqualTo(s.size());
      double spendShare = scheme.summaries().stream().mapToDouble(SegmentSummary::spendShare).sum();
      // the builder takes total spend as frequency × mean repeat value: 0 for one-off buyers
      double total = java.util.Arrays.stream(s.totalSpends()).sum();
      assertThat(spendShare)
          .isCloseTo(total == 0 ? 0 : 1, org.assertj.core.api.Assertions.within(1e-9));
    }
  }
}
