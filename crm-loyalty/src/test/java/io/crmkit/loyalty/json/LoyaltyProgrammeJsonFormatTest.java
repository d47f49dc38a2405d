package io.crmkit.loyalty.json;

import io.crmkit.core.testing.JsonFormatContract;
import io.crmkit.loyalty.document.LoyaltyProgramme;
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
