package io.crmkit.loyalty.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.program.ProgramJson;
import io.crmkit.loyalty.redemption.Reward;
import io.crmkit.loyalty.redemption.RewardCatalogue;
import io.crmkit.loyalty.tier.QualificationWindow;
import io.crmkit.loyalty.tier.TierProgram;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class LoyaltyProgrammeJsonTest {

  static String resource(String name) throws IOException {
    try (InputStream in = LoyaltyProgrammeJsonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void reads_programme_tiers_and_rewards_from_one_document() throws IOException {
    LoyaltyProgramme p = LoyaltyProgrammeJson.read(resource("/coffee-club-whole.json"));
    assertThat(p.program().rules()).hasSize(10);
    TierProgram tiers = p.tiers().orElseThrow();
    assertThat(tiers.tiers()).extracting(t -> t.name()).containsExactly("Silver", "Gold");
    assertThat(tiers.window()).isEqualTo(QualificationWindow.calendarYear());
    assertThat(tiers.grace()).isEqualTo(Period.ofMonths(3));
    assertThat(p.catalogue())
        .isEqualTo(
            RewardCatalogue.of(
                Reward.of("coffee", "Free coffee", 150), Reward.of("mug", "Club mug", 1200)));
  }

  @Test
  void tiers_take_the_programmes_currency_and_zone_unless_given() throws IOException {
    TierProgram tiers =
        LoyaltyProgrammeJson.read(resource("/coffee-club-whole.json")).tiers().orElseThrow();
    assertThat(tiers.currency()).isEqualTo(Currency.getInstance("EUR"));
    assertThat(tiers.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void a_programme_document_is_a_whole_programme_without_tiers_or_rewards() throws IOException {
    LoyaltyProgramme p = LoyaltyProgrammeJson.read(resource("/coffee-club.json"));
    assertThat(p.tiers()).isEmpty();
    assertThat(p.catalogue().rewards()).isEmpty();
  }

  @Test
  void programme_json_still_reads_the_programme_of_a_whole_document() throws IOException {
    Program p = ProgramJson.read(resource("/coffee-club-whole.json"));
    Program alone = ProgramJson.read(resource("/coffee-club.json"));
    assertThat(p.rules()).isEqualTo(alone.rules());
    assertThat(p.ledgerPolicy()).isEqualTo(alone.ledgerPolicy());
  }

  @Test
  void written_json_reads_back_as_an_equal_whole_programme() throws IOException {
    LoyaltyProgramme p = LoyaltyProgrammeJson.read(resource("/coffee-club-whole.json"));
    assertThat(LoyaltyProgrammeJson.read(LoyaltyProgrammeJson.write(p))).isEqualTo(p);
    LoyaltyProgramme noTiers = LoyaltyProgramme.withoutTiers(p.program(), RewardCatalogue.of());
    assertThat(LoyaltyProgrammeJson.read(LoyaltyProgrammeJson.write(noTiers))).isEqualTo(noTiers);
  }

  @Test
  void errors_inside_tiers_and_rewards_name_their_full_path() throws IOException {
    String whole = resource("/coffee-club-whole.json");
    assertThatThrownBy(() -> LoyaltyProgrammeJson.read(whole.replace("\"1000.00\"", "\"lots\"")))
        .hasMessage(
            "$.tiers.tiers[1].threshold must be a decimal number such as \"12.50\" but was: \"lots\"");
    assertThatThrownBy(
            () ->
                LoyaltyProgrammeJson.read(
                    whole.replace("\"pointsCost\": 1200", "\"pointsCost\": -1")))
        .hasMessage(
            "$.rewards[1].pointsCost must be a positive whole number of points but was: -1");
    assertThatThrownBy(
            () ->
                LoyaltyProgrammeJson.read(
                    whole.replace(
                        "\"grace\": \"P3M\"", "\"grace\": \"P3M\", \"currency\": \"USD\"")))
        .hasMessage("$.tiers.currency must be the programme's currency EUR but was: 'USD'");
    assertThatThrownBy(
            () ->
                LoyaltyProgrammeJson.read(
                    whole
                        .replace("\"tiers\": {", "\"tiers\": [{")
                        .replace("  },\n  \"rewards\"", "  }],\n  \"rewards\"")))
        .hasMessageStartingWith("$.tiers must be a JSON object but was: [");
    assertThatThrownBy(
            () ->
                LoyaltyProgrammeJson.read(
                    whole.replace("\"zone\": \"Europe/Paris\"", "\"zone\": 1")))
        .hasMessage("$.zone must be a string but was: 1");
  }

  @Test
  void tiers_in_another_currency_than_the_programme_are_rejected() throws IOException {
    LoyaltyProgramme p = LoyaltyProgrammeJson.read(resource("/coffee-club-whole.json"));
    TierProgram t = p.tiers().orElseThrow();
    TierProgram usd =
        new TierProgram(
            t.tiers(),
            t.metric(),
            t.window(),
            t.reviewDate(),
            t.grace(),
            t.oneTierAtATime(),
            Currency.getInstance("USD"),
            t.zone());
    assertThatThrownBy(() -> LoyaltyProgramme.of(p.program(), usd, p.catalogue()))
        .hasMessage("currency of the tiers must be the programme's currency EUR but was: USD");
  }
}
