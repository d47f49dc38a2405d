package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.crmkit.core.money.Money;
import java.io.IOException;

/**
 * Money as {@code {"amount":"12.50","currency":"EUR"}}: the amount is a string so no digit is lost.
 */
final class MoneyJson {

  static final ObjectDeserializer<Money> READER =
      ObjectDeserializer.of(Money.class, MoneyJson::read);

  private MoneyJson() {}

  static void write(JsonGenerator gen, Money money) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("amount", money.amount().toPlainString());
    gen.writeStringField("currency", money.currency().getCurrencyCode());
    gen.writeEndObject();
  }

  static Money read(JsonFields f) {
    f.only("amount", "currency");
    return Money.of(f.decimal("amount"), f.text("currency"));
  }
}
