package io.crmkit.segmentation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.cluster.KMeansSegmenter;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.ScoreBox;
import io.crmkit.segmentation.rfm.SegmentDefinition;
import io.crmkit.segmentation.rfm.SegmentTable;
import io.crmkit.segmentation.rules.Condition;
import io.crmkit.segmentation.rules.RuleSegment;
import io.crmkit.segmentation.rules.RuleSegmentation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentationEngineTest {

  static CustomerSummaries summaries(Object... idAndSpend) {
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.DAYS);
    for (int i = 0; i < idAndSpend.length; i += 2) {
      double spend = ((Number) idAndSpend[i + 1]).doubleValue();
      b.add((String) idAndSpend[i], 1, 10, 20 + i, spend);
    }
    return b.build();
  }

  static final SegmentTable TWO =
      SegmentTable.of(
          2,
          2,
          2,
          List.of(
              SegmentDefinition.of("Recent", "keep", ScoreBox.of(2, 2, 1, 2, 1, 2)),
              SegmentDefinition.of("Lapsing", "call", ScoreBox.of(1, 1, 1, 2, 1, 2))));

  @Test
  void runs_every_scheme_and_gives_each_customer_a_segment_per_scheme() {
    CustomerSummaries s = summaries("1", 80, "2", 15, "3", 5, "4", 0);
    Customer ada = Customer.builder("1", Instant.EPOCH).preference("sweet").build();
    Customer bob = Customer.builder("2", Instant.EPOCH).tag("vip").build();
    Population p = Population.of(s, List.of(ada, bob));
    SegmentationEngine engine =
        SegmentationEngine.of(
            Scheme.rfm("rfm", RfmScorer.quantiles(2), TWO),
            Scheme.abc(),
            Scheme.rules(
                "taste",
                RuleSegmentation.of(
                    RuleSegment.of("Sweet", Condition.prefers("sweet")),
                    RuleSegment.of("VIP", Condition.hasTag("vip"))),
                LocalDate.of(2026, 11, 25)),
            Scheme.clusters("clusters", KMeansSegmenter.builder().k(2).seed(3).build()));
    EngineResult r = engine.run(p);
    assertThat(r.schemes())
        .extracting(SchemeResult::scheme)
        .containsExactly("rfm", "abc", "taste", "clusters");
    Map<String, String> ada1 = r.segmentsOf(CustomerId.of("1")).orElseThrow();
    assertThat(ada1)
        .containsEntry("abc", "A")
        .containsEntry("taste", "Sweet")
        .containsKey("clusters");
    // days since last purchase: 10, 12, 14, 16 → customers 1, 2 are recent
    assertThat(ada1).containsEntry("rfm", "Recent");
    assertThat(r.segmentsOf(CustomerId.of("3")).orElseThrow())
        .containsEntry("rfm", "Lapsing")
        .containsEntry("abc", "C")
        .containsEntry("taste", "Other");
    assertThat(r.segmentsOf(CustomerId.of("2")).orElseThrow())
        .containsEntry("taste", "VIP")
        .containsEntry("abc", "B");
    assertThat(r.segmentsOf(CustomerId.of("99"))).isEmpty();
    SchemeResult abc = r.scheme("abc");
    assertThat(abc.summaries()).extracting(SegmentSummary::customers).containsExactly(1, 1, 2);
    assertThat(abc.summaries().get(0).spendShare()).isCloseTo(0.8, within(1e-12));
    assertThat(abc.summaries().get(2).meanRecencyDays()).isCloseTo(15, within(1e-12));
    assertThat(abc.customersIn("C")).containsExactly(CustomerId.of("3"), CustomerId.of("4"));
    assertThat(r.scheme("taste").segments()).containsExactly("Sweet", "VIP", "Other");
    assertThat(r.toString()).contains("SchemeResult[abc");
  }

  @Test
  void migration_counts_moves_new_and_gone_customers_and_lists_them() {
    SchemeResult before = Scheme.abc().run(Population.of(summaries("1", 80, "2", 15, "3", 5)));
    SchemeResult after = Scheme.abc().run(Population.of(summaries("2", 80, "3", 15, "4", 5)));
    SegmentMigration m = SegmentMigration.between(before, after);
    assertThat(m.from()).containsExactly("A", "B", "C", "(new)");
    assertThat(m.to()).containsExactly("A", "B", "C", "(gone)");
    assertThat(m.counts())
        .isEqualTo(new int[][] {{0, 0, 0, 1}, {1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}});
    assertThat(m.customers("B", "A")).containsExactly(CustomerId.of("2"));
    assertThat(m.customers("A", "(gone)")).containsExactly(CustomerId.of("1"));
    assertThat(m.customers("(new)", "C")).containsExactly(CustomerId.of("4"));
    assertThat(m.customers()).isEqualTo(4);
    assertThat(m.share("B", "A")).isEqualTo(0.25);
    assertThat(m.transitionShare("B", "A")).isEqualTo(1.0);
    assertThat(m.toString()).contains("from \\ to");
    assertThatThrownBy(() -> m.count("Z", "A")).hasMessageContaining("from segment must be one of");
  }

  @Test
  void bad_engines_are_refused() {
    assertThatThrownBy(() -> SegmentationEngine.of(Scheme.abc(), Scheme.abc()))
        .hasMessageContaining("'abc' repeats");
    assertThatThrownBy(() -> SegmentationEngine.of(List.of()))
        .hasMessageContaining("at least one scheme");
    assertThatThrownBy(() -> Scheme.abc(" ", AbcClassifier.byValue(), SummaryMeasure.TOTAL_SPEND))
        .hasMessageContaining("scheme name must not be blank");
    CustomerSummaries s = summaries("1", 1);
    Customer c = Customer.builder("1", Instant.EPOCH).build();
    assertThatThrownBy(() -> Population.of(s, List.of(c, c))).hasMessageContaining("1 repeats");
  }
}
