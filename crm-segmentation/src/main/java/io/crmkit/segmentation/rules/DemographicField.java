package io.crmkit.segmentation.rules;

import io.crmkit.core.customer.Demographics;
import java.util.Optional;

/**
 * A part of a customer's {@link Demographics}; its JSON name is the camel-case field name.
 *
 * @since 0.1
 */
public enum DemographicField {
  AGE_BAND("ageBand"),
  INCOME_BAND("incomeBand"),
  OCCUPATION("occupation"),
  REGION("region");

  private final String jsonName;

  DemographicField(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The field's name in JSON and explanations, e.g. {@code "incomeBand"}. */
  public String jsonName() {
    return jsonName;
  }

  Optional<String> of(Demographics d) {
    return switch (this) {
      case AGE_BAND -> d.ageBand();
      case INCOME_BAND -> d.incomeBand();
      case OCCUPATION -> d.occupation();
      case REGION -> d.region();
    };
  }
}
