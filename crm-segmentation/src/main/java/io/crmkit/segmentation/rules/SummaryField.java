package io.crmkit.segmentation.rules;

import io.crmkit.core.summary.CustomerSummary;

/**
 * A behavioural column of a {@link CustomerSummary}; times are in the unit of the summaries, money
 * in their currency. Its JSON name is the camel-case field name.
 *
 * @since 0.1
 */
public enum SummaryField {
  FREQUENCY("frequency"),
  RECENCY("recency"),
  AGE("age"),
  TIME_SINCE_LAST_PURCHASE("timeSinceLastPurchase"),
  MONETARY_VALUE("monetaryValue"),
  TOTAL_SPEND("totalSpend"),
  TRANSACTION_COUNT("transactionCount");

  private final String jsonName;

  SummaryField(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The camel-case name of this field in segmentation JSON (e.g. {@code monetaryValue}). */
  public String jsonName() {
    return jsonName;
  }

  /** The column's value for one customer. */
  public double of(CustomerSummary s) {
    return switch (this) {
      case FREQUENCY -> s.frequency();
      case RECENCY -> s.recency();
      case AGE -> s.age();
      case TIME_SINCE_LAST_PURCHASE -> s.timeSinceLastPurchase();
      case MONETARY_VALUE -> s.monetaryValue();
      case TOTAL_SPEND -> s.totalSpend();
      case TRANSACTION_COUNT -> s.transactionCount();
    };
  }

  static SummaryField fromJsonName(String name) {
    for (SummaryField f : values()) {
      if (f.jsonName.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "summary column must be one of "
            + java.util.Arrays.stream(values()).map(SummaryField::jsonName).toList()
            + " but was: '"
            + name
            + "'");
  }
}
