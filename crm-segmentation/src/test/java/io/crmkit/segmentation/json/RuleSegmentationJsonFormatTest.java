package io.crmkit.segmentation.json;

import io.crmkit.segmentation.rules.RuleSegmentation;
import io.crmkit.testing.JsonFormatContract;
import net.jqwik.api.Arbitrary;

/**
 * {@link RuleSegmentation} under crmkit's {@link JsonFormatContract}, through the service-loaded
 * module.
 */
class RuleSegmentationJsonFormatTest extends JsonFormatContract<RuleSegmentation> {

  @Override
  protected Class<RuleSegmentation> type() {
    return RuleSegmentation.class;
  }

  @Override
  protected Arbitrary<RuleSegmentation> values() {
    return SegmentationArbitraries.segmentations();
  }
}
