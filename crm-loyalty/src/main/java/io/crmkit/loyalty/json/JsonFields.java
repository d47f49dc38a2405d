package io.crmkit.loyalty.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A JSON object together with its JSON path ({@code $}, {@code $.tiers[2]}, ...): its accessors read
 * and validate one field each, and every error is an {@link IllegalArgumentException} whose message
 * names the JSON path, the value and what was expected, e.g. {@code $.rules[0].points must be a
 * decimal number but was: 'one'}. Used by the module's JSON readers; usable for readers of your own
 * in the same style.
 *
 * @since 0.1
 */
public final class JsonFields {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode node;
  private final String path;

  private JsonFields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(path + " must be a JSON object but was: " + node);
    }
  }

  /** The object {@code node} at JSON path {@code path}; fails unless it is a JSON object. */
  public static JsonFields at(JsonNode node, String path) {
    Objects.requireNonNull(path, "path must not be null");
    return new JsonFields(node, path);
  }

  /** The root object ({@code $}) of {@code node}. */
  public static JsonFields root(JsonNode node) {
    return new JsonFields(node, "$");
  }

  /**
   * The JSON tree of {@code json}; not well-formed JSON fails with "{@code what} JSON is not
   * well-formed: ...".
   */
  public static JsonNode parse(String json, String what) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " JSON is not well-formed: " + e.getOriginalMessage(), e);
    }
  }

  /** The JSON tree read from {@code reader}; not well-formed JSON fails as in {@link #parse(String, String)}. */
  public static JsonNode parse(Reader reader, String what) throws IOException {
    try {
      return MAPPER.readTree(reader);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " JSON is not well-formed: " + e.getOriginalMessage(), e);
    }
  }

  /** The JSON node itself. */
  public JsonNode node() {
    return node;
  }

  /** The JSON path of this object, e.g. {@code $.tiers[0]}. */
  public String path() {
    return path;
  }

  /**
   * The result of {@code build}; an {@link IllegalArgumentException} it throws without a JSON path
   * (e.g. from a record's constructor) gets this object's path as prefix: {@code $.tiers[1]: ...}.
   */
  public <T> T wrap(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("$")) {
        throw e;
      }
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  /** An error for {@code field}: "{@code <path>.<field> must be <expected> but was: <value>}". */
  public IllegalArgumentException error(String field, Object value, String expected) {
    return new IllegalArgumentException(path + "." + field + " must be " + expected + " but was: " + value);
  }

  /** Whether {@code field} is present and not {@code null}. */
  public boolean has(String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  /** The node of {@code field}, which is required. */
  public JsonNode required(String field) {
    if (!has(field)) {
      throw new IllegalArgumentException(path + "." + field + " is required but is missing");
    }
    return node.get(field);
  }

  /** The object in {@code field}, which is required. */
  public JsonFields object(String field) {
    return new JsonFields(required(field), path + "." + field);
  }

  /** The objects of the array in {@code field}, which is required (it may be empty). */
  public List<JsonFields> array(String field) {
    JsonNode a = required(field);
    if (!a.isArray()) {
      throw error(field, a, "an array");
    }
    List<JsonFields> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(new JsonFields(a.get(i), path + "." + field + "[" + i + "]"));
    }
    return out;
  }

  /** The objects of the array in {@code field}, which is required and must not be empty. */
  public List<JsonFields> nonEmptyArray(String field, String ofWhat) {
    JsonNode a = required(field);
    if (!a.isArray() || a.isEmpty()) {
      throw error(field, a, "a non-empty array of " + ofWhat);
    }
    return array(field);
  }

  /** The string in {@code field}, which is required. */
  public String text(String field) {
    JsonNode v = required(field);
    if (!v.isTextual()) {
      throw error(field, v, "a string");
    }
    return v.asText();
  }

  /** The string in {@code field}, or {@code defaultValue} when absent. */
  public String text(String field, String defaultValue) {
    return has(field) ? text(field) : defaultValue;
  }

  /** The strings of the array in {@code field} (an empty set when absent), in order, without repeats. */
  public Set<String> strings(String field) {
    if (!has(field)) {
      return Set.of();
    }
    JsonNode a = node.get(field);
    if (!a.isArray()) {
      throw error(field, a, "an array of strings");
    }
    Set<String> out = new LinkedHashSet<>();
    for (Iterator<JsonNode> it = a.elements(); it.hasNext(); ) {
      JsonNode v = it.next();
      if (!v.isTextual()) {
        throw error(field, a, "an array of strings");
      }
      out.add(v.asText());
    }
    return out;
  }

  /** The decimal in {@code field} (a JSON number or a decimal string), which is required. */
  public BigDecimal decimal(String field) {
    JsonNode v = required(field);
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isTextual()) {
      try {
        return new BigDecimal(v.asText().trim());
      } catch (NumberFormatException e) {
        throw error(field, "'" + v.asText() + "'", "a decimal number");
      }
    }
    throw error(field, v, "a decimal number");
  }

  /** The decimal in {@code field}, or {@code defaultValue} when absent. */
  public BigDecimal decimal(String field, BigDecimal defaultValue) {
    return has(field) ? decimal(field) : defaultValue;
  }

  /** The whole number in {@code field}, which is required. */
  public long longValue(String field) {
    JsonNode v = required(field);
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw error(field, v, "a whole number");
    }
    return v.asLong();
  }

  /** The whole number ({@code int} range) in {@code field}, which is required. */
  public int integer(String field) {
    JsonNode v = required(field);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw error(field, v, "a whole number");
    }
    return v.asInt();
  }

  /** The whole number in {@code field}, or {@code defaultValue} when absent. */
  public int integer(String field, int defaultValue) {
    return has(field) ? integer(field) : defaultValue;
  }

  /** The boolean in {@code field}, or {@code defaultValue} when absent. */
  public boolean bool(String field, boolean defaultValue) {
    if (!has(field)) {
      return defaultValue;
    }
    JsonNode v = node.get(field);
    if (!v.isBoolean()) {
      throw error(field, v, "true or false");
    }
    return v.asBoolean();
  }

  /**
   * The constant of {@code type} named in {@code field} (any case); {@code defaultValue} when absent,
   * and required when {@code defaultValue} is {@code null}.
   */
  public <E extends Enum<E>> E enumValue(String field, Class<E> type, E defaultValue) {
    if (!has(field) && defaultValue != null) {
      return defaultValue;
    }
    String v = text(field);
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(field, "'" + v + "'", "one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  /** The ISO date ({@code yyyy-MM-dd}) in {@code field}, which is required. */
  public LocalDate date(String field) {
    String v = text(field);
    try {
      return LocalDate.parse(v);
    } catch (DateTimeException e) {
      throw error(field, "'" + v + "'", "an ISO date (yyyy-MM-dd)");
    }
  }

  /** The month-day ({@code MM-dd}, or ISO {@code --MM-dd}) in {@code field}, which is required. */
  public MonthDay monthDay(String field) {
    String v = text(field);
    try {
      return MonthDay.parse(v.startsWith("--") ? v : "--" + v);
    } catch (DateTimeException e) {
      throw error(field, "'" + v + "'", "a month-day MM-dd such as 01-01");
    }
  }

  /** The ISO period ({@code P1M}, {@code P14D}) in {@code field}, which is required. */
  public Period period(String field) {
    String v = text(field);
    try {
      return Period.parse(v);
    } catch (DateTimeException e) {
      throw error(field, "'" + v + "'", "an ISO period such as P0D or P1M");
    }
  }

  /** The time-zone id in {@code field}, which is required. */
  public ZoneId zone(String field) {
    String v = text(field);
    try {
      return ZoneId.of(v);
    } catch (DateTimeException e) {
      throw error(field, "'" + v + "'", "a time-zone id such as Europe/Paris");
    }
  }

  /** The ISO 4217 currency code (any case) in {@code field}, which is required. */
  public Currency currency(String field) {
    String v = text(field);
    try {
      return Currency.getInstance(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(field, "'" + v + "'", "an ISO 4217 currency code");
    }
  }

  /**
   * The text of {@code value} that {@link #decimal} reads back as an equal {@code BigDecimal} (same
   * scale): plain notation ({@code 1.50}) unless the scale is negative ({@code 1E+3}).
   */
  public static String decimalText(BigDecimal value) {
    return value.scale() >= 0 ? value.toPlainString() : value.toString();
  }

  @Override
  public String toString() {
    return path + " " + node;
  }
}
