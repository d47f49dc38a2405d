package io.crmkit.loyalty.json;

import io.crmkit.loyalty.document.LoyaltyProgramme;
import io.crmkit.testing.JsonFormatContract;
import net.jqwik.api.Arbitrary;

/**
 * {@link LoyaltyProgramme} under crmkit's {@link JsonFormatContract}, through the service-loaded
 * module.
 */
class LoyaltyProgrammeJsonFormatTest extends JsonFormatContract<LoyaltyProgramme> {

  @Override
  protected Class<LoyaltyProgramme> type() {
    return LoyaltyProgramme.class;
  }

  @Override
  protected Arbitrary<LoyaltyProgramme> values() {
    return LoyaltyDocuments.wholeProgrammes();
  }
}
