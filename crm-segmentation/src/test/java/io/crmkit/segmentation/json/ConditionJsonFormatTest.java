package io.crmkit.segmentation.json;

import io.crmkit.segmentation.rules.Condition;
import io.crmkit.testing.JsonFormatContract;
import net.jqwik.api.Arbitrary;

/**
 * {@link Condition} under crmkit's {@link JsonFormatContract}, through the service-loaded module.
 */
class ConditionJsonFormatTest extends JsonFormatContract<Condition> {

  @Override
  protected Class<Condition> type() {
    return Condition.class;
  }

  @Override
  protected Arbitrary<Condition> values() {
    return SegmentationArbitraries.conditions();
  }
}
