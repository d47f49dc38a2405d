package io.crmkit.core.json;

import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.testing.CoreArbitraries;
import io.crmkit.core.testing.JsonFormatContract;
import net.jqwik.api.Arbitrary;

/** {@link Feedback} under crmkit's {@link JsonFormatContract}. */
class FeedbackJsonFormatTest extends JsonFormatContract<Feedback> {

  @Override
  protected Class<Feedback> type() {
    return Feedback.class;
  }

  @Override
  protected Arbitrary<Feedback> values() {
    return CoreArbitraries.feedback();
  }
}
