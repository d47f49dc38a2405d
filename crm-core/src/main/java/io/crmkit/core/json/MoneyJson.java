package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.crmkit.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;

/** Money as {@code {"amount":"12.50","currency":"EUR"}}: the amount is a string so no digit is lost. */
final class MoneyJson {

  private MoneyJson() {}

  static void write(JsonGenerator gen, Money money) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("amount", money.amount().toPlainString());
    gen.writeStringField("currency", money.currency().getCurrencyCode());
    gen.writeEndObject();
  }

  static final class Serializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      write(gen, value);
    }
  }

  static final class Deserializer extends ObjectDeserializer<Money> {
    private static final long serialVersionUID = 1L;
    static final Deserializer INSTANCE = new Deserializer();

    Deserializer() {
      super(Money.class, "amount", "currency");
    }

    @Override
    Money build(JsonFields f, boolean strict) throws JsonMappingException {
      BigDecimal amount = f.decimal("amount");
      return Money.of(amount, f.text("currency"));
    }
  }
}
