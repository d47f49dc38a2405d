package io.crmkit.segmentation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;
import io.crmkit.segmentation.rfm.SegmentTable;
import io.crmkit.segmentation.rules.Condition;
import io.crmkit.segmentation.rules.RulesJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentationJsonModuleTest {

  @Test
  void the_module_is_found_by_crm_jackson_after_the_core_one() {
    assertThat(CrmJackson.modules())
        .extracting(m -> m.getModuleName())
        .startsWith("crmkit-core")
        .contains("crmkit-segmentation");
  }

  @Test
  void an_explicit_list_registers_only_the_modules_given() {
    ObjectMapper coreOnly = CrmJackson.newMapper(List.of());
    assertThat(coreOnly.getRegisteredModuleIds())
        .doesNotContain(SegmentationJsonModule.class.getName());
    ObjectMapper explicit = CrmJackson.newMapper(List.of(new SegmentationJsonModule()));
    assertThat(CrmJackson.read(CrmJackson.write(Condition.hasTag("vip")), Condition.class))
        .isEqualTo(Condition.hasTag("vip"));
    assertThat(explicit.convertValue(Condition.hasTag("vip"), Condition.class))
        .isEqualTo(Condition.hasTag("vip"));
  }

  @Test
  void the_bundled_standard_table_reads_through_the_mapper_as_through_from_json()
      throws IOException {
    try (InputStream in = SegmentTable.class.getResourceAsStream("default-segments.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(CrmJackson.read(json, SegmentTable.class))
          .isEqualTo(SegmentTable.standard())
          .isEqualTo(SegmentTable.fromJson(json));
    }
  }

  @Test
  void the_mapper_and_the_static_readers_fail_alike() {
    String json = "{\"segments\": [{\"name\": \"x\", \"when\": {\"tag\": 3}}]}";
    assertThatThrownBy(() -> RulesJackson.readSegmentation(json))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage("$.segments[0].when.tag must be a string but was: 3");
    assertThatThrownBy(
            () -> CrmJackson.read(json, io.crmkit.segmentation.rules.RuleSegmentation.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage("$.segments[0].when.tag must be a string but was: 3");
  }

  @Test
  void gender_names_are_exact_with_a_hint() {
    assertThatThrownBy(() -> RulesJackson.readCondition("{\"gender\": [\"female\"]}"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("$.gender[0]")
        .hasMessageContaining("did you mean \"FEMALE\"");
  }

  @Test
  void the_readme_snippets_still_read() {
    SegmentTable mine =
        SegmentTable.fromJson(
            """
        {"bins": {"recency": 3, "frequency": 3, "monetary": 3},
         "segments": [
           {"name": "Best", "action": "reward", "cells": [{"recency": "3", "frequency": "2-3"}]},
           {"name": "Rest", "action": "nurture",
            "cells": [{"recency": "1-2"}, {"recency": "3", "frequency": "1"}]}]}
        """);
    assertThat(mine.segmentOf(3, 3, 1).name()).isEqualTo("Best");
    assertThat(CrmJackson.read(mine.toJson(), SegmentTable.class)).isEqualTo(mine);
    io.crmkit.segmentation.rules.RuleSegmentation rules =
        RulesJackson.readSegmentation(
            """
        {"segments": [{"name": "Young sweet tooth",
                       "when": {"and": [{"ageBetween": {"min": 18, "max": 29}}, {"prefers": "sweet"},
                                        {"not": {"tag": "churned"}}]}},
                      {"name": "Big spenders", "when": {"summary": {"column": "totalSpend", "min": 1000}}}],
         "otherwise": "Everyone else"}
        """);
    assertThat(rules.segments()).hasSize(2);
    assertThat(rules.fallback()).isEqualTo("Everyone else");
  }
}
