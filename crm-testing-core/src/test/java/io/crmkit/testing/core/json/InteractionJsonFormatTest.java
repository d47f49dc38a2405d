package io.crmkit.testing.core.json;

import io.crmkit.core.interaction.Interaction;
import io.crmkit.testing.JsonFormatContract;
import io.crmkit.testing.core.CoreArbitraries;
import net.jqwik.api.Arbitrary;

/** {@link Interaction} under crmkit's {@link JsonFormatContract}. */
class InteractionJsonFormatTest extends JsonFormatContract<Interaction> {

  @Override
  protected Class<Interaction> type() {
    return Interaction.class;
  }

  @Override
  protected Arbitrary<Interaction> values() {
    return CoreArbitraries.interactions();
  }
}
