package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;

/**
 * Identifiers ({@code CustomerId}, {@code TransactionId}) as plain JSON strings, also as map keys.
 * A blank or padded id is refused with the id's validation message.
 */
final class IdJson {

  private IdJson() {}

  /** Registers value and key (de)serializers for the id type {@code type} on {@code module}. */
  static <T> void register(
      SimpleModule module, Class<T> type, Function<T, String> text, Function<String, T> parse) {
    module.addSerializer(
        type, WriterSerializer.of(type, (gen, id) -> gen.writeString(text.apply(id))));
    module.addKeySerializer(
        type, WriterSerializer.of(type, (gen, id) -> gen.writeFieldName(text.apply(id))));
    module.addDeserializer(type, new Deserializer<>(type, parse));
    module.addKeyDeserializer(
        type,
        new KeyDeserializer() {
          @Override
          public Object deserializeKey(String key, DeserializationContext ctxt) {
            return parseOrFail(
                ObjectDeserializer.pathOf(ctxt.getParser()) + " (a key)", type, parse, key);
          }
        });
  }

  static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;

    Deserializer(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String path = ObjectDeserializer.pathOf(p);
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw CrmJsonException.at(
            path,
            "must be a "
                + handledType().getSimpleName()
                + " as a JSON string but was: "
                + ctxt.readTree(p));
      }
      return parseOrFail(path, handledType(), parse, p.getText());
    }
  }

  static <T> T parseOrFail(String path, Class<?> type, Function<String, T> parse, String text) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw CrmJsonException.at(
          path, "is not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
