package io.crmkit.segmentation.json;

import io.crmkit.core.customer.Gender;
import io.crmkit.segmentation.rfm.ScoreBox;
import io.crmkit.segmentation.rfm.SegmentDefinition;
import io.crmkit.segmentation.rfm.SegmentTable;
import io.crmkit.segmentation.rules.Condition;
import io.crmkit.segmentation.rules.RuleSegment;
import io.crmkit.segmentation.rules.RuleSegmentation;
import io.crmkit.segmentation.rules.SummaryField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary segment tables, conditions and rule segmentations for the JSON contract. */
final class SegmentationArbitraries {

  private SegmentationArbitraries() {}

  /**
   * Valid 3×3×2 tables: every cell given to one of up to four segments, merged into boxes per
   * segment.
   */
  static Arbitrary<SegmentTable> tables() {
    return Arbitraries.integers()
        .between(0, 3)
        .list()
        .ofSize(18)
        .map(
            owners -> {
              Map<Integer, List<ScoreBox>> boxes = new TreeMap<>();
              int cell = 0;
              for (int r = 1; r <= 3; r++) {
                for (int f = 1; f <= 3; f++) {
                  for (int m = 1; m <= 2; m++) {
                    boxes
                        .computeIfAbsent(owners.get(cell++), k -> new ArrayList<>())
                        .add(ScoreBox.of(r, r, f, f, m, m));
                  }
                }
              }
              List<SegmentDefinition> segs = new ArrayList<>();
              boxes.forEach(
                  (o, b) ->
                      segs.add(new SegmentDefinition("S" + o, o % 2 == 0 ? "" : "call them", b)));
              return SegmentTable.of(3, 3, 2, segs);
            });
  }

  static Arbitrary<Condition> conditions() {
    return Arbitraries.lazyOf(
        () -> Arbitraries.integers().between(0, 90).map(a -> Condition.ageBetween(a, a + 15)),
        () ->
            Arbitraries.of(Gender.class)
                .set()
                .ofMinSize(1)
                .map(g -> Condition.genderIn(g.toArray(Gender[]::new))),
        () -> Arbitraries.of("low", "middle", "high").map(Condition::incomeBandIn),
        () -> Arbitraries.of("north", "south west").map(Condition::regionIn),
        () -> Arbitraries.of("vip", "b2b").map(Condition::hasTag),
        () -> Arbitraries.of("sweet", "jazz").map(Condition::prefers),
        () -> Arbitraries.of("L-1", "web").map(v -> Condition.attributeIn("source", v)),
        () ->
            Combinators.combine(
                    Arbitraries.of(SummaryField.class), Arbitraries.doubles().between(-5, 100))
                .as((f, min) -> Condition.summaryBetween(f, min, min + 10.5)),
        () -> Arbitraries.of(SummaryField.class).map(f -> Condition.summaryAtLeast(f, 2)),
        () -> conditions().map(Condition::not),
        () ->
            conditions()
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(l -> (Condition) new Condition.And(l)),
        () ->
            conditions()
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(l -> (Condition) new Condition.Or(l)));
  }

  static Arbitrary<RuleSegmentation> segmentations() {
    return Combinators.combine(
            conditions().list().ofMinSize(1).ofMaxSize(4), Arbitraries.of("Other", "Rest"))
        .as(
            (cs, fallback) -> {
              List<RuleSegment> segs = new ArrayList<>();
              for (int i = 0; i < cs.size(); i++) {
                segs.add(RuleSegment.of("R" + i, cs.get(i)));
              }
              return new RuleSegmentation(segs, fallback);
            });
  }
}
