package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.summary.CustomerSummary;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@link CustomerSummary} as {@code {"id":"42","frequency":2,"recency":30.43,"age":38.86,
 * "monetaryValue":22.35,"totalSpend":64.2,"transactionCount":3,"firstPurchase":"1997-01-01",
 * "lastPurchase":"1997-08-02","holdoutFrequency":1}}; times in the unit of the summaries, money in
 * units of its currency; absent dates and holdout frequency left out. Doubles are written in their
 * shortest exact form, so they read back bit for bit.
 */
final class SummaryJson {

  static final ObjectDeserializer<CustomerSummary> READER =
      ObjectDeserializer.of(CustomerSummary.class, SummaryJson::read);

  private SummaryJson() {}

  static void write(JsonGenerator gen, CustomerSummary s) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", s.id().value());
    gen.writeNumberField("frequency", s.frequency());
    gen.writeNumberField("recency", s.recency());
    gen.writeNumberField("age", s.age());
    gen.writeNumberField("monetaryValue", s.monetaryValue());
    gen.writeNumberField("totalSpend", s.totalSpend());
    gen.writeNumberField("transactionCount", s.transactionCount());
    CustomerJson.writeOptional(gen, "firstPurchase", s.firstPurchase());
    CustomerJson.writeOptional(gen, "lastPurchase", s.lastPurchase());
    if (s.holdoutFrequency().isPresent()) {
      gen.writeNumberField("holdoutFrequency", s.holdoutFrequency().getAsInt());
    }
    gen.writeEndObject();
  }

  static CustomerSummary read(JsonFields f) {
    f.only(
        "id",
        "frequency",
        "recency",
        "age",
        "monetaryValue",
        "totalSpend",
        "transactionCount",
        "firstPurchase",
        "lastPurchase",
        "holdoutFrequency");
    CustomerSummary s =
        CustomerSummary.of(
            CustomerId.of(f.text("id")),
            f.integer("frequency"),
            f.number("recency"),
            f.number("age"),
            f.number("monetaryValue"),
            f.number("totalSpend"),
            f.integer("transactionCount"));
    Optional<LocalDate> first = f.optDate("firstPurchase");
    if (first.isPresent()) {
      s = s.withFirstPurchase(first.get());
    }
    Optional<LocalDate> last = f.optDate("lastPurchase");
    if (last.isPresent()) {
      s = s.withLastPurchase(last.get());
    }
    OptionalInt holdout = f.optInteger("holdoutFrequency");
    return holdout.isPresent() ? s.withHoldoutFrequency(holdout.getAsInt()) : s;
  }
}
