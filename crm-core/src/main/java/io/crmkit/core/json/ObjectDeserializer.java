package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * A Jackson deserializer that reads a JSON object with a {@link JsonFields} reader: the value's
 * JSON path is taken from the parser (so a value deep in a list still names {@code $[3].lines[0]}),
 * unknown fields are refused unless the mapper switched {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} off, and every error is a {@link
 * CrmJsonException}. Modules of every crmkit module build their deserializers with {@link #of}.
 *
 * @param <T> the type read
 * @since 0.1
 */
public final class ObjectDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /**
   * Builds a value from the fields of one JSON object: names its fields with {@link
   * JsonFields#only}, reads them, and builds the value (inside {@link JsonFields#wrap}).
   *
   * @param <T> the type read
   * @since 0.1
   */
  @FunctionalInterface
  public interface Reader<T> {
    /** The value held by {@code fields}. */
    T read(JsonFields fields);
  }

  private final transient Reader<T> reader;

  private ObjectDeserializer(Class<T> type, Reader<T> reader) {
    super(type);
    this.reader = reader;
  }

  /** A deserializer of {@code type} reading with {@code reader}. */
  public static <T> ObjectDeserializer<T> of(Class<T> type, Reader<T> reader) {
    return new ObjectDeserializer<>(
        Objects.requireNonNull(type, "type must not be null"),
        Objects.requireNonNull(reader, "reader must not be null"));
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String path = pathOf(p);
    JsonNode node = ctxt.readTree(p);
    return read(
        JsonFields.at(
            node, path, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));
  }

  /** Reads and validates a value from {@code fields} (used for nested values of a tree). */
  public T read(JsonFields fields) {
    return fields.wrap(() -> reader.read(fields));
  }

  /** The JSON path ({@code $.a[2].b}) of the value the parser is at. */
  public static String pathOf(JsonParser p) {
    JsonStreamContext c = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
      c = c.getParent();
    }
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext x = c; x != null && !x.inRoot(); x = x.getParent()) {
      chain.push(x);
    }
    String path = "$";
    for (JsonStreamContext x : chain) {
      if (x.inArray()) {
        path = path + "[" + Math.max(0, x.getCurrentIndex()) + "]";
      } else if (x.getCurrentName() != null) {
        path = JsonFields.child(path, x.getCurrentName());
      }
    }
    return path;
  }
}
