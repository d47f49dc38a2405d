package io.crmkit.segmentation.json;

import io.crmkit.segmentation.rfm.SegmentTable;
import io.crmkit.testing.JsonFormatContract;
import net.jqwik.api.Arbitrary;

/**
 * {@link SegmentTable} under crmkit's {@link JsonFormatContract}, through the service-loaded
 * module.
 */
class SegmentTableJsonFormatTest extends JsonFormatContract<SegmentTable> {

  @Override
  protected Class<SegmentTable> type() {
    return SegmentTable.class;
  }

  @Override
  protected Arbitrary<SegmentTable> values() {
    return SegmentationArbitraries.tables();
  }
}
