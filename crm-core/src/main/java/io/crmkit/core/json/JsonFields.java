package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the fields of one JSON object for a deserializer, with errors that name the type, the field,
 * the value found and what was expected. A JSON {@code null} counts as absent.
 */
final class JsonFields {

  private final JsonParser parser;
  private final String path;
  private final JsonNode node;

  private JsonFields(JsonParser parser, String path, JsonNode node) {
    this.parser = parser;
    this.path = path;
    this.node = node;
  }

  /** The fields of {@code node}, which must be a JSON object; {@code path} names it in errors (e.g. "Transaction"). */
  static JsonFields of(JsonParser parser, String path, JsonNode node) throws JsonMappingException {
    if (node == null || !node.isObject()) {
      throw JsonMappingException.from(parser, path + " must be a JSON object but was: " + node);
    }
    return new JsonFields(parser, path, node);
  }

  /** Fails on a field not in {@code known} when {@code strict}. */
  JsonFields checkKnown(boolean strict, Set<String> known) throws JsonMappingException {
    if (strict) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        if (!known.contains(name)) {
          throw JsonMappingException.from(parser, path + " has unknown field '" + name + "'; known fields are " + known);
        }
      }
    }
    return this;
  }

  String path() {
    return path;
  }

  JsonParser parser() {
    return parser;
  }

  JsonMappingException error(String field, String expected, JsonNode value) {
    return JsonMappingException.from(parser, path + "." + field + " must be " + expected + " but was: " + value);
  }

  private JsonNode present(String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v;
  }

  private JsonNode required(String field, String expected) throws JsonMappingException {
    JsonNode v = present(field);
    if (v == null) {
      throw JsonMappingException.from(parser, path + " is missing required field '" + field + "' (" + expected + ")");
    }
    return v;
  }

  String text(String field) throws JsonMappingException {
    JsonNode v = required(field, "a string");
    if (!v.isTextual()) {
      throw error(field, "a string", v);
    }
    return v.textValue();
  }

  Optional<String> optText(String field) throws JsonMappingException {
    return present(field) == null ? Optional.empty() : Optional.of(text(field));
  }

  String textOr(String field, String absent) throws JsonMappingException {
    return optText(field).orElse(absent);
  }

  boolean bool(String field, boolean absent) throws JsonMappingException {
    JsonNode v = present(field);
    if (v == null) {
      return absent;
    }
    if (!v.isBoolean()) {
      throw error(field, "true or false", v);
    }
    return v.booleanValue();
  }

  int intValue(String field) throws JsonMappingException {
    JsonNode v = required(field, "an integer");
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw error(field, "an integer", v);
    }
    return v.intValue();
  }

  OptionalInt optInt(String field) throws JsonMappingException {
    return present(field) == null ? OptionalInt.empty() : OptionalInt.of(intValue(field));
  }

  double doubleValue(String field) throws JsonMappingException {
    JsonNode v = required(field, "a number");
    if (!v.isNumber()) {
      throw error(field, "a number", v);
    }
    return v.doubleValue();
  }

  /** A decimal written as a string (preferred, exact) or as a JSON number. */
  BigDecimal decimal(String field) throws JsonMappingException {
    JsonNode v = required(field, "a decimal number as a string, e.g. \"12.50\"");
    try {
      if (v.isTextual()) {
        return new BigDecimal(v.textValue().trim());
      }
      if (v.isNumber()) {
        return v.isIntegralNumber() ? new BigDecimal(v.bigIntegerValue()) : new BigDecimal(v.asText());
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw error(field, "a decimal number as a string, e.g. \"12.50\"", v);
  }

  Instant instant(String field) throws JsonMappingException {
    String s = text(field);
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw error(field, "an ISO-8601 instant such as \"2024-01-31T09:30:00Z\"", present(field));
    }
  }

  Optional<Instant> optInstant(String field) throws JsonMappingException {
    return present(field) == null ? Optional.empty() : Optional.of(instant(field));
  }

  Optional<LocalDate> optDate(String field) throws JsonMappingException {
    if (present(field) == null) {
      return Optional.empty();
    }
    String s = text(field);
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      throw error(field, "an ISO date such as \"2024-01-31\"", present(field));
    }
  }

  Optional<ZoneId> optZone(String field) throws JsonMappingException {
    if (present(field) == null) {
      return Optional.empty();
    }
    String s = text(field);
    try {
      return Optional.of(ZoneId.of(s));
    } catch (java.time.DateTimeException e) {
      throw error(field, "a time-zone id such as \"Europe/Paris\"", present(field));
    }
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) throws JsonMappingException {
    return parseEnum(field, type, text(field), node.get(field));
  }

  <E extends Enum<E>> Optional<E> optEnum(String field, Class<E> type) throws JsonMappingException {
    return present(field) == null ? Optional.empty() : Optional.of(enumValue(field, type));
  }

  private <E extends Enum<E>> E parseEnum(String field, Class<E> type, String name, JsonNode shown)
      throws JsonMappingException {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw error(field, "one of " + Arrays.toString(type.getEnumConstants()), shown);
  }

  /** The nested object {@code field} (required). */
  JsonFields object(String field) throws JsonMappingException {
    return JsonFields.of(parser, path + "." + field, required(field, "a JSON object"));
  }

  Optional<JsonFields> optObject(String field) throws JsonMappingException {
    return present(field) == null ? Optional.empty() : Optional.of(object(field));
  }

  /** The objects of the array {@code field}; empty when absent. */
  List<JsonFields> objects(String field) throws JsonMappingException {
    JsonNode v = present(field);
    List<JsonFields> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      throw error(field, "a JSON array", v);
    }
    for (int i = 0; i < v.size(); i++) {
      out.add(JsonFields.of(parser, path + "." + field + "[" + i + "]", v.get(i)));
    }
    return out;
  }

  /** The strings of the array {@code field}; empty when absent. */
  List<String> texts(String field) throws JsonMappingException {
    JsonNode v = present(field);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      throw error(field, "a JSON array of strings", v);
    }
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw error(field, "a JSON array of strings", v);
      }
      out.add(e.textValue());
    }
    return out;
  }

  /** The string values of the object {@code field}, in document order; empty when absent. */
  Map<String, String> textMap(String field) throws JsonMappingException {
    JsonNode v = present(field);
    Map<String, String> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    if (!v.isObject()) {
      throw error(field, "a JSON object of strings", v);
    }
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      if (!e.getValue().isTextual()) {
        throw error(field + "." + e.getKey(), "a string", e.getValue());
      }
      out.put(e.getKey(), e.getValue().textValue());
    }
    return out;
  }

  /** The object {@code field} read as a map from enum names to enum values; empty when absent. */
  <K extends Enum<K>, V extends Enum<V>> Map<K, V> enumMap(String field, Class<K> keys, Class<V> values)
      throws JsonMappingException {
    Map<K, V> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : textMap(field).entrySet()) {
      K key = parseEnum(field + " key", keys, e.getKey(), TextNode.valueOf(e.getKey()));
      out.put(key, parseEnum(field + "." + e.getKey(), values, e.getValue(), TextNode.valueOf(e.getValue())));
    }
    return out;
  }
}
