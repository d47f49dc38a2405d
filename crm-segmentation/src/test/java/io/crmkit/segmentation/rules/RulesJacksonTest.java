package io.crmkit.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.customer.Gender;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;
import org.junit.jupiter.api.Test;

class RulesJacksonTest {

  static final String JSON =
      """
      {"segments": [
         {"name": "Young north sweet tooth",
          "when": {"and": [{"ageBetween": {"min": 18, "max": 29}},
                           {"region": ["north"]},
                           {"prefers": "sweet"},
                           {"not": {"tag": "churned"}}]}},
         {"name": "Loyal gold",
          "when": {"or": [{"attribute": {"key": "tier", "in": ["gold"]}},
                          {"summary": {"column": "transactionCount", "min": 10}}]}},
         {"name": "Women", "when": {"gender": ["FEMALE"]}}],
       "otherwise": "Rest"}
      """;

  @Test
  void reads_a_segmentation_and_writes_it_back_equal() {
    RuleSegmentation s = RulesJackson.readSegmentation(JSON);
    assertThat(s.fallback()).isEqualTo("Rest");
    assertThat(s.segments().get(0).condition())
        .isEqualTo(
            Condition.and(
                Condition.ageBetween(18, 29),
                Condition.regionIn("north"),
                Condition.prefers("sweet"),
                Condition.not(Condition.hasTag("churned"))));
    assertThat(s.segments().get(2).condition()).isEqualTo(Condition.genderIn(Gender.FEMALE));
    assertThat(RulesJackson.readSegmentation(RulesJackson.writeSegmentation(s))).isEqualTo(s);
  }

  @Test
  void works_through_a_mapper_with_the_module() throws Exception {
    ObjectMapper mapper = CrmJackson.newMapper();
    Condition c =
        Condition.or(
            Condition.summaryBetween(SummaryField.TOTAL_SPEND, 10, 20.5), Condition.hasTag("vip"));
    String json = mapper.writeValueAsString(c);
    assertThat(json)
        .isEqualTo(
            "{\"or\":[{\"summary\":{\"column\":\"totalSpend\",\"min\":10.0,\"max\":20.5}},"
                + "{\"tag\":\"vip\"}]}");
    assertThat(mapper.readValue(json, Condition.class)).isEqualTo(c);
    assertThat(mapper.readValue(JSON, RuleSegmentation.class))
        .isEqualTo(RulesJackson.readSegmentation(JSON));
    assertThatThrownBy(() -> mapper.readValue("{\"tag\": 3}", Condition.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage("$.tag must be a string but was: 3");
  }

  @Test
  void errors_name_the_path_and_the_value() {
    assertThatThrownBy(
            () ->
                RulesJackson.readCondition("{\"and\": [{\"tag\": \"a\"}, {\"colour\": \"red\"}]}"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.and[1].colour is not a known condition");
    assertThatThrownBy(() -> RulesJackson.readCondition("{\"gender\": [\"robot\"]}"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.gender[0] must be one of [")
        .hasMessageContaining("\"robot\"");
    assertThatThrownBy(() -> RulesJackson.readCondition("{\"summary\": {\"column\": \"spend\"}}"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.summary.column is invalid")
        .hasMessageContaining("but was: 'spend'");
    assertThatThrownBy(
            () -> RulesJackson.readCondition("{\"ageBetween\": {\"min\": 30, \"max\": 20}}"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage("$.ageBetween is invalid: max age must be at least min 30 but was: 20");
    assertThatThrownBy(() -> RulesJackson.readCondition("{\"tag\": \"a\", \"prefers\": \"b\"}"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage("$ must have exactly one condition field but had: [tag, prefers]");
    assertThatThrownBy(
            () -> RulesJackson.readSegmentation("{\"segments\": [{\"name\": \"x\", \"if\": {}}]}"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.segments[0].if is not a known field");
  }
}
