package io.crmkit.loyalty.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.JsonFields;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.program.ProgramJson;
import io.crmkit.loyalty.redemption.RewardCatalogue;
import io.crmkit.loyalty.redemption.RewardCatalogueJson;
import io.crmkit.loyalty.tier.TierProgram;
import io.crmkit.loyalty.tier.TierProgramJson;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Reads and writes a {@link LoyaltyProgramme} as one JSON document: a {@code ProgramJson} document
 * with two optional fields, so every programme document is also a whole-programme document (with no
 * tiers and an empty catalogue), and {@code ProgramJson.read} still reads a whole-programme
 * document's programme:
 *
 * <pre>{@code
 * {
 *   "name": "Coffee Club", "currency": "EUR", "zone": "Europe/Paris",
 *   "ledger": {...}, "redemptionRate": {...}, "rules": [...],          (as in ProgramJson)
 *   "tiers": {"metric": "SPEND", "window": "calendarYear",
 *             "tiers": [{"name": "Silver", "threshold": "0"}, {"name": "Gold", "threshold": "1000"}]},
 *   "rewards": [{"id": "coffee", "name": "Free coffee", "pointsCost": 150}]
 * }
 * }</pre>
 *
 * {@code tiers} is a {@code TierProgramJson} document whose {@code currency} and {@code zone}
 * default to the programme's (its currency must be the programme's); {@code rewards} is the array
 * of a {@code RewardCatalogueJson} document. Errors name the JSON path ({@code
 * $.tiers.tiers[1].threshold}, {@code $.rewards[0].pointsCost}), the value and what was expected.
 *
 * @since 0.1
 */
public final class LoyaltyProgrammeJson {

  private LoyaltyProgrammeJson() {}

  /** The whole programme in {@code json}. */
  public static LoyaltyProgramme read(String json) {
    return read(JsonFields.parse(json, "programme"));
  }

  /** The whole programme read from {@code reader}. */
  public static LoyaltyProgramme read(Reader reader) throws IOException {
    return read(JsonFields.parse(reader, "programme"));
  }

  /** The whole programme in the JSON tree {@code root}. */
  public static LoyaltyProgramme read(JsonNode root) {
    return read(JsonFields.root(root));
  }

  /** The whole programme in the object {@code r}. */
  public static LoyaltyProgramme read(JsonFields r) {
    Program program = ProgramJson.read(r);
    Optional<TierProgram> tiers = Optional.empty();
    if (r.has("tiers")) {
      JsonFields t = r.object("tiers");
      TierProgram tp = TierProgramJson.read(t, program.currency(), program.ledgerPolicy().zone());
      if (!tp.currency().equals(program.currency())) {
        throw t.error(
            "currency",
            "'" + tp.currency() + "'",
            "the programme's currency " + program.currency());
      }
      tiers = Optional.of(tp);
    }
    RewardCatalogue catalogue =
        r.has("rewards") ? RewardCatalogueJson.read(r) : RewardCatalogue.of();
    return tiers.isPresent()
        ? LoyaltyProgramme.of(program, tiers.get(), catalogue)
        : LoyaltyProgramme.withoutTiers(program, catalogue);
  }

  /** The JSON of {@code programme}, readable by {@link #read(String)}. */
  public static String write(LoyaltyProgramme programme) {
    return CrmJackson.writePretty(tree(programme));
  }

  /** The JSON tree of {@code programme}, as {@link #write} writes it. */
  public static ObjectNode tree(LoyaltyProgramme programme) {
    ObjectNode root = ProgramJson.tree(programme.program());
    programme.tiers().ifPresent(t -> root.set("tiers", TierProgramJson.tree(t)));
    root.set("rewards", RewardCatalogueJson.tree(programme.catalogue()).get("rewards"));
    return root;
  }
}
