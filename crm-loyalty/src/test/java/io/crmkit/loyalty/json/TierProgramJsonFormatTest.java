package io.crmkit.loyalty.json;

import io.crmkit.loyalty.tier.TierProgram;
import io.crmkit.testing.JsonFormatContract;
import net.jqwik.api.Arbitrary;

/**
 * {@link TierProgram} under crmkit's {@link JsonFormatContract}, through the service-loaded module.
 */
class TierProgramJsonFormatTest extends JsonFormatContract<TierProgram> {

  @Override
  protected Class<TierProgram> type() {
    return TierProgram.class;
  }

  @Override
  protected Arbitrary<TierProgram> values() {
    return io.crmkit.loyalty.tier.TierProgramJsonProperties.tierPrograms();
  }
}
