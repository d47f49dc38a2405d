package io.crmkit.testing.core.json;

import io.crmkit.core.feedback.Feedback;
import io.crmkit.testing.JsonFormatContract;
import io.crmkit.testing.core.CoreArbitraries;
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
