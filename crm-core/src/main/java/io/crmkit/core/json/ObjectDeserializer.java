package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.Set;

/**
 * Reads a JSON object into a validated crm-core value in one step: the fields are read first, then
 * the value is built through its validating constructor or factory. A validation failure becomes a
 * {@link JsonMappingException} carrying the validation message, so a caller never gets a half-built
 * value. Unknown fields are refused when {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}
 * is on (Jackson's default).
 */
final class ObjectDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** Builds a value from the fields of a JSON object; nested objects are read with the same strictness. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonFields fields, boolean strict) throws JsonMappingException;
  }

  private final transient Reader<T> reader;
  private final Set<String> known;

  ObjectDeserializer(Class<T> type, Reader<T> reader, String... knownFields) {
    super(type);
    this.reader = reader;
    this.known = Set.of(knownFields);
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    return read(JsonFields.of(p, handledType().getSimpleName(), node),
        ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
  }

  /** Reads and validates a value from {@code fields}. */
  T read(JsonFields fields, boolean strict) throws JsonMappingException {
    fields.checkKnown(strict, known);
    try {
      return reader.read(fields, strict);
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException | DateTimeException e) {
      throw JsonMappingException.from(fields.parser(), "invalid " + fields.path() + ": " + e.getMessage(), e);
    }
  }
}
