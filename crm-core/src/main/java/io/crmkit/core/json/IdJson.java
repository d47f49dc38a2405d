package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Identifiers ({@code CustomerId}, {@code TransactionId}) as plain JSON strings, also as map keys.
 * A blank or padded id is refused with the id's validation message.
 */
final class IdJson {

  private IdJson() {}

  static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> text;

    Serializer(Class<T> type, Function<T, String> text) {
      super(type);
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(text.apply(value));
    }
  }

  static final class KeySerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> text;

    KeySerializer(Class<T> type, Function<T, String> text) {
      super(type);
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeFieldName(text.apply(value));
    }
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
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw JsonMappingException.from(p, handledType().getSimpleName() + " must be a JSON string but was: "
            + p.currentToken());
      }
      return parseOrFail(p, handledType().getSimpleName(), parse, p.getText());
    }
  }

  static final class Keys<T> extends KeyDeserializer {
    private final Class<T> type;
    private final Function<String, T> parse;

    Keys(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      return parseOrFail(ctxt.getParser(), type.getSimpleName() + " key", parse, key);
    }
  }

  static <T> T parseOrFail(JsonParser p, String what, Function<String, T> parse, String text)
      throws JsonMappingException {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw JsonMappingException.from(p, "invalid " + what + ": " + e.getMessage(), e);
    }
  }
}
