package io.crmkit.lifecycle.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Validation of definitions against an independent reachability computation. */
class LifecycleDefinitionProperties {

  @Provide
  Arbitrary<List<int[]>> edges() {
    return Arbitraries.integers().between(0, 5).array(int[].class).ofSize(2).list().ofMaxSize(12);
  }

  @Property(tries = 200)
  void a_definition_builds_exactly_when_every_stage_is_reachable(
      @ForAll("edges") List<int[]> edges, @ForAll @IntRange(min = 1, max = 6) int stageCount) {
    List<Stage> stages = new ArrayList<>();
    for (int i = 0; i < stageCount; i++) {
      stages.add(Stage.of("S" + i));
    }
    LifecycleDefinition.Builder b =
        LifecycleDefinition.builder("random").stages(stages.toArray(Stage[]::new));
    List<int[]> kept = edges.stream().filter(e -> e[0] < stageCount && e[1] < stageCount).toList();
    kept.forEach(e -> b.transition(stages.get(e[0]), stages.get(e[1]), EventType.PURCHASE, ""));
    // reachability by repeated relaxation (independent of the builder's breadth-first search)
    Set<Integer> reached = new HashSet<>(Set.of(0));
    for (int round = 0; round < stageCount; round++) {
      for (int[] e : kept) {
        if (reached.contains(e[0])) {
          reached.add(e[1]);
        }
      }
    }
    if (reached.size() == stageCount) {
      assertThat(b.build().transitions()).hasSize(kept.size());
    } else {
      InvalidDefinitionException ex =
          catchThrowableOfType(InvalidDefinitionException.class, b::build);
      assertThat(ex).isNotNull();
      assertThat(ex.problems())
          .hasSize(stageCount - reached.size())
          .allSatisfy(p -> assertThat(p).contains("is unreachable from the initial stage S0"));
    }
  }
}
