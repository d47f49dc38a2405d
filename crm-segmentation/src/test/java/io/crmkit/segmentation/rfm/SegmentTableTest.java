package io.crmkit.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.json.CrmJsonException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTableTest {

  @Test
  void standard_table_has_the_eleven_practitioner_segments_and_covers_all_125_cells() {
    SegmentTable t = SegmentTable.standard();
    assertThat(t.segments())
        .extracting(SegmentDefinition::name)
        .containsExactly(
            "Champions",
            "Loyal Customers",
            "Potential Loyalist",
            "New Customers",
            "Promising",
            "Need Attention",
            "About To Sleep",
            "At Risk",
            "Can't Lose Them",
            "Hibernating",
            "Lost");
    assertThat(t.segmentOf(5, 5, 5).name()).isEqualTo("Champions");
    assertThat(t.segmentOf(1, 1, 1).name()).isEqualTo("Lost");
    assertThat(t.segmentOf(1, 5, 5).name()).isEqualTo("Can't Lose Them");
    assertThat(t.segmentOf(5, 1, 3).name()).isEqualTo("New Customers");
    assertThat(t.segment("Champions").orElseThrow().action())
        .contains("early access to new products");
    int[] perSegment = new int[11];
    for (int r = 1; r <= 5; r++) {
      for (int f = 1; f <= 5; f++) {
        for (int m = 1; m <= 5; m++) {
          perSegment[t.segmentIndex(r, f, m)]++;
        }
      }
    }
    assertThat(java.util.Arrays.stream(perSegment).sum()).isEqualTo(125);
    assertThat(perSegment).doesNotContain(0);
  }

  @Test
  void json_round_trip_gives_an_equal_table() {
    SegmentTable t = SegmentTable.standard();
    assertThat(SegmentTable.fromJson(t.toJson())).isEqualTo(t);
  }

  @Test
  void gaps_and_overlaps_are_listed_by_cell() {
    List<SegmentDefinition> segs =
        List.of(
            SegmentDefinition.of("High", "", ScoreBox.of(2, 2, 1, 2, 1, 2)),
            SegmentDefinition.of("Recent", "", ScoreBox.of(2, 2, 2, 2, 1, 1)),
            SegmentDefinition.of("Rest", "", ScoreBox.of(1, 1, 1, 2, 2, 2)));
    assertThatThrownBy(() -> SegmentTable.of(2, 2, 2, segs))
        .isInstanceOfSatisfying(
            InvalidSegmentTableException.class,
            e -> {
              assertThat(e.uncoveredCells()).containsExactly("111", "121");
              assertThat(e.doublyCoveredCells()).containsExactly("221 in High, Recent");
            })
        .hasMessageContaining("2 cells are uncovered [111, 121]")
        .hasMessageContaining("1 are covered more than once [221 in High, Recent]");
  }

  @Test
  void json_missing_dimension_means_all_scores_and_errors_name_the_path() {
    String json =
        """
        {"bins": {"recency": 2, "frequency": 2, "monetary": 2},
         "segments": [
           {"name": "Recent", "action": "thank them", "cells": [{"recency": 2}]},
           {"name": "Old", "cells": [{"recency": "1"}]}]}
        """;
    SegmentTable t = SegmentTable.fromJson(json);
    assertThat(t.segmentOf(2, 1, 2).name()).isEqualTo("Recent");
    assertThat(t.segment("Old").orElseThrow().action()).isEmpty();
    assertThatThrownBy(() -> SegmentTable.fromJson(json.replace("\"1\"", "\"one\"")))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.segments[1].cells[0].recency must be a score range");
    assertThatThrownBy(() -> SegmentTable.fromJson(json.replace("\"action\"", "\"actoin\"")))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.segments[0].actoin is not a known field");
    assertThatThrownBy(
            () -> SegmentTable.fromJson(json.replace("\"recency\": 2}", "\"recency\": 3}")))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("must lie within the bins")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SegmentTable.fromJson("{"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$ is not well-formed JSON for a segment table");
  }

  @Test
  void repeated_names_and_scores_of_other_bins_are_refused() {
    SegmentDefinition all = SegmentDefinition.of("All", "", ScoreBox.of(1, 2, 1, 2, 1, 2));
    assertThatThrownBy(() -> SegmentTable.of(2, 2, 2, List.of(all, all)))
        .hasMessageContaining("'All' repeats");
    double[] v = {1, 2, 3};
    RfmScores quint = RfmScorer.quintiles().score(v, v, v);
    assertThatThrownBy(() -> SegmentTable.of(2, 2, 2, List.of(all)).assign(quint))
        .hasMessageContaining("scores must have the bins of the table R2 F2 M2 but had R5 F5 M5");
  }

  @Test
  void report_gives_size_share_value_share_and_means_per_segment() {
    SegmentTable t =
        SegmentTable.of(
            2,
            2,
            2,
            List.of(
                SegmentDefinition.of("Recent", "keep them", ScoreBox.of(2, 2, 1, 2, 1, 2)),
                SegmentDefinition.of("Old", "win back", ScoreBox.of(1, 1, 1, 2, 1, 2))));
    // days 10, 20 (recent, R2), 100, 200 (old, R1); frequency and money
    RfmScores s =
        RfmScorer.quantiles(2)
            .score(
                new double[] {10, 100, 20, 200},
                new double[] {5, 1, 2, 3},
                new double[] {50, 10, 30, 10});
    RfmSegments seg = t.assign(s);
    assertThat(seg.segmentName(0)).isEqualTo("Recent");
    assertThat(seg.segmentName(1)).isEqualTo("Old");
    assertThat(seg.sizes()).containsExactly(2, 2);
    SegmentReport recent = seg.report().get(0);
    assertThat(recent.customers()).isEqualTo(2);
    assertThat(recent.share()).isEqualTo(0.5);
    assertThat(recent.value()).isEqualTo(80);
    assertThat(recent.valueShare()).isCloseTo(0.8, within(1e-12));
    assertThat(recent.meanRecencyScore()).isEqualTo(2.0);
    // frequencies 1, 2, 3, 5 in two bins: 1 and 2 score 1, 3 and 5 score 2; Recent holds F 5 and F
    // 2
    assertThat(recent.meanFrequencyScore()).isEqualTo(1.5);
    assertThat(recent.meanRecencyDays()).isEqualTo(15.0);
    assertThat(recent.action()).isEqualTo("keep them");
    assertThat(seg.toString()).contains("Recent").contains("50.0%");
  }
}
