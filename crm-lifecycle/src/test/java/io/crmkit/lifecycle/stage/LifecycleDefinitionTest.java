package io.crmkit.lifecycle.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.json.CrmJsonException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifecycleDefinitionTest {

  private static final Stage A = Stage.of("A");
  private static final Stage B = Stage.of("B");
  private static final Stage C = Stage.of("C");

  @Test
  void unknown_stage_in_a_transition_is_reported() {
    assertThatThrownBy(
            () ->
                LifecycleDefinition.builder("d")
                    .stages(A, B)
                    .transition(A, B, EventType.PURCHASE, "")
                    .transition(B, C, EventType.PURCHASE, "")
                    .build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("leads to unknown stage C");
  }

  @Test
  void unreachable_stage_is_reported() {
    assertThatThrownBy(
            () ->
                LifecycleDefinition.builder("d")
                    .stages(A, B, C)
                    .transition(A, B, EventType.PURCHASE, "")
                    .build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("stage C is unreachable from the initial stage A");
  }

  @Test
  void transition_without_trigger_is_reported() {
    assertThatThrownBy(
            () -> LifecycleDefinition.builder("d").stages(A, B).transition(A, B, null, "").build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("(A -> B) has no trigger");
  }

  @Test
  void every_problem_is_listed_at_once() {
    InvalidDefinitionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidDefinitionException.class,
            () ->
                LifecycleDefinition.builder("d")
                    .stages(A, B, A)
                    .initial(C)
                    .transition(A, B, null, "")
                    .stays(C, EventType.REFUND)
                    .build());
    assertThat(e.problems()).hasSize(4);
  }

  @Test
  void unknown_initial_stage_is_reported() {
    assertThatThrownBy(() -> LifecycleDefinition.builder("d").stages(A).initial(B).build())
        .hasMessageContaining("initial stage B is not one of the stages [A]");
  }

  @Test
  void default_definition_round_trips_through_json() {
    LifecycleDefinition d = DefaultLifecycle.definition();
    Map<String, Guard> guards = new java.util.HashMap<>();
    d.transitions().forEach(t -> t.guard().ifPresent(g -> guards.put(g.name(), g)));
    LifecycleDefinition back = LifecycleDefinition.fromJson(d.toJson(), guards);
    assertThat(back.toJson()).isEqualTo(d.toJson());
    assertThat(back.stages()).isEqualTo(d.stages());
    assertThat(back.transitions()).hasSameSizeAs(d.transitions());
  }

  @Test
  void json_definition_is_read() {
    String json =
        """
        {"name": "tiny", "subject": "member", "initial": "A", "stages": ["A", "B"],
         "transitions": [{"from": "A", "to": "B", "on": "purchase", "guard": "big", "reason": "bought"}],
         "stays": {"A": ["interaction"], "B": ["purchase", "RE_EVALUATION"]}}
        """;
    Guard big = Guard.when("big", c -> true, c -> "");
    LifecycleDefinition d = LifecycleDefinition.fromJson(json, Map.of("big", big));
    assertThat(d.subjectNoun()).isEqualTo("member");
    assertThat(d.transitionsFrom(A, EventType.PURCHASE))
        .singleElement()
        .satisfies(t -> assertThat(t.guard()).contains(big));
    assertThat(d.staysOn(B)).containsExactlyInAnyOrder(EventType.PURCHASE, EventType.RE_EVALUATION);
    assertThat(d.allowedEvents(A))
        .containsExactlyInAnyOrder(EventType.PURCHASE, EventType.INTERACTION);
  }

  @Test
  void json_unknown_guard_and_unknown_stage_are_reported_together() {
    String json =
        """
        {"name": "tiny", "stages": ["A", "B"],
         "transitions": [{"from": "A", "to": "B", "on": "purchase", "guard": "nope"},
                         {"from": "A", "to": "C", "on": "refund"}]}
        """;
    assertThatThrownBy(() -> LifecycleDefinition.fromJson(json, Map.of()))
        .isInstanceOfSatisfying(CrmJsonException.class, e -> assertThat(e.path()).isEqualTo("$"))
        .hasMessageContaining("$.transitions[0].guard) names guard 'nope'")
        .hasMessageContaining("leads to unknown stage C")
        .cause()
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class, e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void json_transition_without_trigger_is_refused_at_its_path() {
    String json =
        """
        {"name": "tiny", "stages": ["A", "B"], "transitions": [{"from": "A", "to": "B"}]}
        """;
    assertThatThrownBy(() -> LifecycleDefinition.fromJson(json, Map.of()))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage("$.transitions[0].on is required but is missing");
  }

  @Test
  void json_unknown_fields_and_wrong_types_are_refused_at_their_path() {
    assertThatThrownBy(
            () ->
                LifecycleDefinition.fromJson(
                    """
        {"name": "tiny", "stages": ["A"], "stayz": {}}""",
                    Map.of()))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.stayz is not a known field");
    assertThatThrownBy(
            () ->
                LifecycleDefinition.fromJson(
                    """
        {"name": "tiny", "stages": ["A", 2]}""",
                    Map.of()))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage("$.stages[1] must be a string but was: 2");
    assertThatThrownBy(
            () ->
                LifecycleDefinition.fromJson(
                    """
        {"name": "tiny", "stages": ["A"], "stays": {"A": ["Purchase"]}}""",
                    Map.of()))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.stays.A[0] must be an event type")
        .hasMessageContaining("did you mean \"purchase\"");
  }

  @Test
  void malformed_json_is_reported() {
    assertThatThrownBy(() -> LifecycleDefinition.fromJson("{\"name\": ", Map.of()))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$ is not well-formed JSON for a lifecycle definition");
  }

  @Test
  void unknown_event_type_in_json_is_reported() {
    String json =
        """
        {"name": "tiny", "stages": ["A", "B"], "transitions": [{"from": "A", "to": "B", "on": "teleport"}]}
        """;
    assertThatThrownBy(() -> LifecycleDefinition.fromJson(json, Map.of()))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.transitions[0].on must be an event type")
        .hasMessageContaining("\"teleport\"");
  }

  @Test
  void stage_names_are_validated() {
    assertThatThrownBy(() -> Stage.of("1st")).hasMessageContaining("'1st'");
    assertThatThrownBy(() -> Stage.of("a b")).hasMessageContaining("'a b'");
  }

  @Test
  void default_definition_reads_well() {
    assertThat(DefaultLifecycle.definition().toString())
        .startsWith("customer lifecycle: 8 stages from PROSPECT");
  }
}
