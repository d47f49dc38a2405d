package io.crmkit.loyalty.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.core.json.CrmJsonModule;
import io.crmkit.loyalty.document.LoyaltyProgramme;
import io.crmkit.loyalty.document.LoyaltyProgrammeJson;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.program.ProgramJson;
import io.crmkit.loyalty.redemption.RewardCatalogue;
import io.crmkit.loyalty.redemption.RewardCatalogueJson;
import io.crmkit.loyalty.tier.TierProgram;
import io.crmkit.loyalty.tier.TierProgramJson;
import java.io.IOException;

/**
 * The Jackson module of crm-loyalty ({@code crmkit-loyalty}): {@link Program} in the form of {@link
 * ProgramJson}, {@link TierProgram} of {@link TierProgramJson}, {@link RewardCatalogue} of {@link
 * RewardCatalogueJson} and the whole {@link LoyaltyProgramme} of {@link LoyaltyProgrammeJson}, read
 * and written exactly as those classes do. {@code CrmJackson.modules()} finds it through the
 * service loader.
 *
 * @since 0.1
 */
public final class LoyaltyJsonModule extends CrmJsonModule {

  private static final long serialVersionUID = 1L;

  /** The module. */
  public LoyaltyJsonModule() {
    super("crmkit-loyalty");
    add(Program.class, (gen, p) -> tree(gen, ProgramJson.tree(p)), ProgramJson::read);
    add(TierProgram.class, (gen, t) -> tree(gen, TierProgramJson.tree(t)), TierProgramJson::read);
    add(
        RewardCatalogue.class,
        (gen, c) -> tree(gen, RewardCatalogueJson.tree(c)),
        f -> RewardCatalogueJson.read(f.only("rewards")));
    add(
        LoyaltyProgramme.class,
        (gen, p) -> tree(gen, LoyaltyProgrammeJson.tree(p)),
        LoyaltyProgrammeJson::read);
  }

  private static void tree(JsonGenerator gen, JsonNode node) throws IOException {
    gen.writeTree(node);
  }
}
