package io.crmkit.loyalty.json;

import io.crmkit.loyalty.redemption.RewardCatalogue;
import io.crmkit.testing.JsonFormatContract;
import net.jqwik.api.Arbitrary;

/**
 * {@link RewardCatalogue} under crmkit's {@link JsonFormatContract}, through the service-loaded
 * module.
 */
class RewardCatalogueJsonFormatTest extends JsonFormatContract<RewardCatalogue> {

  @Override
  protected Class<RewardCatalogue> type() {
    return RewardCatalogue.class;
  }

  @Override
  protected Arbitrary<RewardCatalogue> values() {
    return io.crmkit.loyalty.redemption.RewardCatalogueJsonProperties.catalogues();
  }
}
