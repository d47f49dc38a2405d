package io.crmkit.loyalty.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RewardCatalogueJsonTest {

  @Test
  void reads_rewards_in_their_order() {
    RewardCatalogue c =
        RewardCatalogueJson.read(
            "{\"rewards\": [{\"id\": \"mug\", \"name\": \"Club mug\","
                + " \"pointsCost\": 1200}, {\"id\": \"coffee\", \"name\": \"Free coffee\", \"pointsCost\": 150}]}");
    assertThat(c.rewards())
        .containsExactly(
            Reward.of("mug", "Club mug", 1200), Reward.of("coffee", "Free coffee", 150));
  }

  @Test
  void an_empty_array_is_an_empty_catalogue() {
    assertThat(RewardCatalogueJson.read("{\"rewards\": []}")).isEqualTo(RewardCatalogue.of());
  }

  @Test
  void writes_the_documented_format() {
    String json =
        RewardCatalogueJson.write(RewardCatalogue.of(Reward.of("coffee", "Free coffee", 150)));
    assertThat(json.replaceAll("\\s+", ""))
        .isEqualTo(
            "{\"rewards\":[{\"id\":\"coffee\",\"name\":\"Freecoffee\",\"pointsCost\":150}]}");
  }

  @Test
  void written_json_reads_back_as_an_equal_catalogue() {
    RewardCatalogue c =
        RewardCatalogue.of(
            List.of(
                Reward.of("coffee", "Free \"coffee\" ☕", 150),
                Reward.of("mug", "", Long.MAX_VALUE)));
    assertThat(RewardCatalogueJson.read(RewardCatalogueJson.write(c))).isEqualTo(c);
  }

  @Test
  void catalogues_are_equal_by_their_rewards_in_order() {
    Reward a = Reward.of("a", "A", 1);
    Reward b = Reward.of("b", "B", 2);
    assertThat(RewardCatalogue.of(a, b))
        .isEqualTo(RewardCatalogue.of(a, b))
        .hasSameHashCodeAs(RewardCatalogue.of(a, b))
        .isNotEqualTo(RewardCatalogue.of(b, a));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{}                                                             | $.rewards is required but is missing",
        "{\"rewards\": {}}                                              | $.rewards must be an array but was: {}",
        "{\"rewards\": [7]}                                             | $.rewards[0] must be a JSON object but was: 7",
        "{\"rewards\": [{\"name\": \"x\", \"pointsCost\": 1}]}          | $.rewards[0].id is required but is missing",
        "{\"rewards\": [{\"id\": \" \", \"name\": \"x\", \"pointsCost\": 1}]} | $.rewards[0].id must be a non-blank string but was: ' '",
        "{\"rewards\": [{\"id\": 5, \"name\": \"x\", \"pointsCost\": 1}]} | $.rewards[0].id must be a string but was: 5",
        "{\"rewards\": [{\"id\": \"a\", \"pointsCost\": 1}]}            | $.rewards[0].name is required but is missing",
        "{\"rewards\": [{\"id\": \"a\", \"name\": \"x\"}]}              | $.rewards[0].pointsCost is required but is missing",
        "{\"rewards\": [{\"id\": \"a\", \"name\": \"x\", \"pointsCost\": 1.5}]} | $.rewards[0].pointsCost must be a whole number but was: 1.5",
        "{\"rewards\": [{\"id\": \"a\", \"name\": \"x\", \"pointsCost\": \"150\"}]} | $.rewards[0].pointsCost must be a whole number but was: \"150\"",
        "{\"rewards\": [{\"id\": \"a\", \"name\": \"x\", \"pointsCost\": 0}]} | $.rewards[0].pointsCost must be a positive whole number of points but was: 0",
        "{\"rewards\": [{\"id\": \"a\", \"name\": \"x\", \"pointsCost\": 1}, {\"id\": \"a\", \"name\": \"y\", \"pointsCost\": 2}]}"
            + " | $.rewards[1].id must be unique ($.rewards[0] has it) but was: 'a'",
        "[]                                                             | $ must be a JSON object but was: []",
      })
  void a_bad_reward_is_named_by_its_path_value_and_expectation(String json, String message) {
    assertThatThrownBy(() -> RewardCatalogueJson.read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void malformed_json_is_reported() {
    assertThatThrownBy(() -> RewardCatalogueJson.read("{\"rewards\": ["))
        .hasMessageStartingWith("$ is not well-formed JSON for a reward catalogue");
  }
}
