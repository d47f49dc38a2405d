package io.crmkit.lifecycle.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.ModelJson;
import io.crmkit.lifecycle.model.ParametricModel;
import io.crmkit.lifecycle.model.TransactionModel;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.Guard;
import io.crmkit.lifecycle.stage.LifecycleDefinition;
import io.crmkit.lifecycle.stage.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleJsonModuleTest {

  static String resource(String name) throws IOException {
    try (InputStream in = LifecycleJsonModuleTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void a_model_file_of_the_first_format_still_reads_as_weeks_without_a_problem()
      throws IOException {
    String json = resource("bgnbd-first-format.json");
    BgNbdModel m = ModelJson.read(json, BgNbdModel.class);
    assertThat(m.r()).isEqualTo(0.2425945659);
    assertThat(m.b()).isEqualTo(2.4258840017);
    assertThat(ModelJson.timeUnit(json)).isEqualTo("weeks");
    assertThat(ModelJson.recordedProblem(json)).isEmpty();
    assertThat(CrmJackson.read(json, BgNbdModel.class)).isEqualTo(m);
    assertThat(CrmJackson.read(json, TransactionModel.class)).isEqualTo(m);
  }

  @Test
  void an_unconverged_fit_with_non_finite_diagnostics_reads_with_its_problem() throws IOException {
    String json = resource("gammagamma-unconverged.json");
    assertThat(ModelJson.read(json)).isEqualTo(GammaGammaModel.of(6.2502, 3.7446, 15.4475));
    assertThat(ModelJson.timeUnit(json)).isEqualTo("none");
    assertThat(ModelJson.recordedProblem(json))
        .contains("the fit did not converge in 500 iterations");
  }

  @Test
  void model_files_are_strict_about_fields_parameters_types_and_names() {
    String ok = "{\"model\":\"sbg\",\"parameters\":{\"alpha\":1,\"beta\":2}";
    assertThat(ModelJson.read(ok + "}")).isInstanceOf(ParametricModel.class);
    assertThatThrownBy(() -> ModelJson.read(ok + ",\"timeUnits\":\"weeks\"}"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.timeUnits is not a known field");
    assertThatThrownBy(
            () ->
                ModelJson.read(
                    "{\"model\":\"sbg\",\"parameters\":{\"alpha\":1,\"beta\":2,\"gamma\":3}}"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.parameters.gamma is not a known field");
    assertThatThrownBy(() -> ModelJson.read(ok + ",\"converged\":\"yes\"}"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage("$.converged must be true or false but was: \"yes\"");
    assertThatThrownBy(
            () -> ModelJson.read("{\"model\":\"SBG\",\"parameters\":{\"alpha\":1,\"beta\":2}}"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.model must be one of [bgnbd");
  }

  @Test
  void a_definition_reads_through_the_mapper_with_the_guards_attribute() throws IOException {
    LifecycleDefinition d = DefaultLifecycle.definition();
    Map<String, Guard> guards = new HashMap<>();
    d.transitions().forEach(t -> t.guard().ifPresent(g -> guards.put(g.name(), g)));
    String json = CrmJackson.write(d);
    LifecycleDefinition back =
        CrmJackson.reader()
            .forType(LifecycleDefinition.class)
            .withAttribute(LifecycleJsonModule.GUARDS, guards)
            .readValue(json);
    assertThat(back.toJson()).isEqualTo(d.toJson());
    assertThatThrownBy(() -> CrmJackson.read(json, LifecycleDefinition.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("names guard");
  }

  @Test
  void the_definition_of_the_stages_guide_reads() {
    String json =
        """
        {"name": "membership", "subject": "member", "initial": "LEAD", "stages": ["LEAD", "MEMBER"],
         "transitions": [{"from": "LEAD", "to": "MEMBER", "on": "purchase", "guard": "paid-fee",
                          "reason": "membership fee paid"}],
         "stays": {"LEAD": ["interaction", "purchase"]}}
        """;
    Guard paidFee = Guard.when("paid-fee", c -> true, c -> "fee paid");
    LifecycleDefinition d = LifecycleDefinition.fromJson(json, Map.of("paid-fee", paidFee));
    assertThat(d.stages()).containsExactly(Stage.of("LEAD"), Stage.of("MEMBER"));
    assertThat(d.subjectNoun()).isEqualTo("member");
  }

  @Test
  void the_module_is_registered_by_crm_jackson() {
    assertThat(CrmJackson.modules())
        .extracting(m -> m.getModuleName())
        .contains("crmkit-lifecycle");
    assertThat(
            CrmJackson.read(
                CrmJackson.write(Optional.of(BgNbdModel.of(1, 2, 3, 4)).get()),
                ParametricModel.class))
        .isEqualTo(BgNbdModel.of(1, 2, 3, 4));
  }
}
