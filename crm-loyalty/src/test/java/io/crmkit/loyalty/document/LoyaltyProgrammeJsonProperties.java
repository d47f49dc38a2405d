package io.crmkit.loyalty.document;

import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.program.ProgramJson;
import io.crmkit.loyalty.redemption.RewardCatalogue;
import io.crmkit.loyalty.redemption.RewardCatalogueJsonProperties;
import io.crmkit.loyalty.tier.TierProgram;
import io.crmkit.loyalty.tier.TierProgramJsonProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LoyaltyProgrammeJsonProperties {

  private static final Program COFFEE_CLUB;

  static {
    try {
      COFFEE_CLUB = ProgramJson.read(LoyaltyProgrammeJsonTest.resource("/coffee-club.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 100)
  boolean writing_then_reading_gives_an_equal_whole_programme(
      @ForAll("tiers") Optional<TierProgram> tiers,
      @ForAll("catalogues") RewardCatalogue catalogue) {
    LoyaltyProgramme p =
        tiers.isPresent()
            ? LoyaltyProgramme.of(COFFEE_CLUB, tiers.get(), catalogue)
            : LoyaltyProgramme.withoutTiers(COFFEE_CLUB, catalogue);
    return LoyaltyProgrammeJson.read(LoyaltyProgrammeJson.write(p)).equals(p);
  }

  /** Generated tier programmes moved to the programme's currency, or none. */
  @Provide
  Arbitrary<Optional<TierProgram>> tiers() {
    return TierProgramJsonProperties.tierPrograms()
        .map(
            t ->
                new TierProgram(
                    t.tiers(),
                    t.metric(),
                    t.window(),
                    t.reviewDate(),
                    t.grace(),
                    t.oneTierAtATime(),
                    COFFEE_CLUB.currency(),
                    t.zone()))
        .optional(0.8);
  }

  @Provide
  Arbitrary<RewardCatalogue> catalogues() {
    return RewardCatalogueJsonProperties.catalogues();
  }
}
