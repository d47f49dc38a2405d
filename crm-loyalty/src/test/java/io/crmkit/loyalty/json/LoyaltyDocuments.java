package io.crmkit.loyalty.json;

import io.crmkit.loyalty.document.LoyaltyProgramme;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.program.ProgramJson;
import io.crmkit.loyalty.redemption.RewardCatalogueJsonProperties;
import io.crmkit.loyalty.tier.TierProgram;
import io.crmkit.loyalty.tier.TierProgramJsonProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The programme documents of the test resources, and whole programmes built from them. */
final class LoyaltyDocuments {

  private LoyaltyDocuments() {}

  static String resource(String name) {
    try (InputStream in = LoyaltyDocuments.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The programmes of {@code coffee-club.json} and {@code coffee-club-whole.json}. */
  static Arbitrary<Program> programmes() {
    return Arbitraries.of(
        ProgramJson.read(resource("/coffee-club.json")),
        ProgramJson.read(resource("/coffee-club-whole.json")));
  }

  /** A programme with generated tiers (in its currency, or none) and a generated catalogue. */
  static Arbitrary<LoyaltyProgramme> wholeProgrammes() {
    return Combinators.combine(
            programmes(),
            TierProgramJsonProperties.tierPrograms().optional(0.8),
            RewardCatalogueJsonProperties.catalogues())
        .as(
            (p, tiers, catalogue) ->
                tiers
                    .map(
                        t ->
                            LoyaltyProgramme.of(
                                p,
                                new TierProgram(
                                    t.tiers(),
                                    t.metric(),
                                    t.window(),
                                    t.reviewDate(),
                                    t.grace(),
                                    t.oneTierAtATime(),
                                    p.currency(),
                                    t.zone()),
                                catalogue))
                    .orElseGet(() -> LoyaltyProgramme.withoutTiers(p, catalogue)));
  }
}
