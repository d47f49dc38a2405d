package io.crmkit.loyalty.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;
import io.crmkit.core.json.JsonFields;
import io.crmkit.loyalty.document.LoyaltyProgramme;
import io.crmkit.loyalty.document.LoyaltyProgrammeJson;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.program.ProgramJson;
import io.crmkit.loyalty.redemption.RewardCatalogue;
import io.crmkit.loyalty.redemption.RewardCatalogueJson;
import io.crmkit.loyalty.tier.QualificationMetric;
import io.crmkit.loyalty.tier.TierProgram;
import io.crmkit.loyalty.tier.TierProgramJson;
import org.junit.jupiter.api.Test;

class LoyaltyJsonModuleTest {

  @Test
  void the_module_is_found_by_crm_jackson() {
    assertThat(CrmJackson.modules()).extracting(m -> m.getModuleName()).contains("crmkit-loyalty");
  }

  @Test
  void every_programme_file_of_the_repository_reads_through_the_mapper_as_through_its_reader() {
    String whole = LoyaltyDocuments.resource("/coffee-club-whole.json");
    assertThat(CrmJackson.read(whole, LoyaltyProgramme.class))
        .isEqualTo(LoyaltyProgrammeJson.read(whole));
    String club = LoyaltyDocuments.resource("/coffee-club.json");
    assertThat(ProgramJson.write(CrmJackson.read(club, Program.class)))
        .isEqualTo(ProgramJson.write(ProgramJson.read(club)));
    String gold = LoyaltyDocuments.resource("/gold-tiers.json");
    assertThat(CrmJackson.read(gold, TierProgram.class)).isEqualTo(TierProgramJson.read(gold));
  }

  @Test
  void the_readme_snippets_still_read() {
    TierProgram tiers =
        TierProgramJson.read(
            """
        {"metric": "SPEND", "window": {"rollingMonths": 12}, "reviewDate": "01-01", "grace": "P0D",
         "oneTierAtATime": true, "currency": "EUR", "zone": "Europe/Paris",
         "tiers": [{"name": "Silver", "threshold": "0"},
                   {"name": "Gold", "threshold": "1000.00", "pointsMultiplier": "1.5", "discountPercent": "5",
                    "services": ["free delivery"]}]}
        """);
    assertThat(tiers.tiers()).hasSize(2);
    RewardCatalogue catalogue =
        RewardCatalogueJson.read(
            """
        {"rewards": [{"id": "coffee", "name": "Free coffee", "pointsCost": 150},
                     {"id": "mug", "name": "Club mug", "pointsCost": 1200}]}
        """);
    assertThat(catalogue.rewards()).hasSize(2);
    TierProgram examples =
        TierProgramJson.read(
            """
        {"metric": "SPEND", "window": {"rollingMonths": 12}, "reviewDate": "01-01", "tiers": [{"name":
        "Blue", "threshold": "0"}, {"name": "Gold", "threshold": "300", "pointsMultiplier": "1.5"}]}
        """);
    assertThat(examples.metric()).isEqualTo(QualificationMetric.SPEND);
  }

  @Test
  void unknown_fields_are_refused_at_their_path_everywhere_in_a_whole_programme() {
    String whole = LoyaltyDocuments.resource("/coffee-club-whole.json");
    assertThatThrownBy(
            () ->
                LoyaltyProgrammeJson.read(
                    whole.replace("\"lockDays\": 14", "\"lockDays\": 14, \"lock\": 1")))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.ledger.lock is not a known field");
    assertThatThrownBy(
            () ->
                LoyaltyProgrammeJson.read(
                    whole.replace("\"every\": 5", "\"every\": 5, \"evry\": 5")))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.rules[7].evry is not a known field");
    assertThatThrownBy(
            () ->
                LoyaltyProgrammeJson.read(
                    whole.replace("\"grace\": \"P3M\"", "\"grace\": \"P3M\", \"x\": 1")))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.tiers.x is not a known field");
    assertThatThrownBy(() -> RewardCatalogueJson.read("{\"rewards\": [], \"extra\": 1}"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.extra is not a known field");
  }

  @Test
  void canonical_spellings_rewrite_only_the_fields_the_old_readers_took_in_any_case() {
    String old =
        LoyaltyDocuments.resource("/coffee-club-whole.json")
            .replace("\"SOONEST_EXPIRING_FIRST\"", "\"soonest_expiring_first\"")
            .replace("\"SIGN_UP\"", "\"sign_up\"")
            .replace("\"calendarYear\"", "\"calendaryear\"")
            .replace("\"EUR\"", "\"eur\"");
    assertThatThrownBy(() -> LoyaltyProgrammeJson.read(old))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("did you mean");
    assertThat(
            LoyaltyProgrammeJson.read(
                LoyaltySpellings.canonical(JsonFields.parse(old, "programme"))))
        .isEqualTo(LoyaltyProgrammeJson.read(LoyaltyDocuments.resource("/coffee-club-whole.json")));
    assertThat(
            LoyaltySpellings.canonical(JsonFields.parse("{\"name\": \"fifo\"}", "x"))
                .get("name")
                .textValue())
        .isEqualTo("fifo");
  }
}
