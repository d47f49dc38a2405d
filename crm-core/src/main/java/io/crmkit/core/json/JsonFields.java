package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One JSON object with its JSON path ({@code $}, {@code $.tiers[2]}, ...), read one field at a time
 * under crmkit's single strictness policy; the readers of every module are written with it.
 *
 * <ul>
 *   <li><b>Unknown fields</b> are errors: {@link #only} names the fields an object may have (unless
 *       the object was opened non-strict, which only a mapper with {@code
 *       FAIL_ON_UNKNOWN_PROPERTIES} switched off does).
 *   <li><b>Wrong types</b> are errors: a string where a number is expected, {@code 1.5} where a
 *       whole number is expected, {@code "fifo"} where the constant {@code FIFO} is expected (names
 *       are exact; the message suggests the right spelling).
 *   <li><b>Absent and {@code null}</b> are the same; an absent required field is an error.
 * </ul>
 *
 * Every error is a {@link CrmJsonException} naming the JSON path, the value found and what was
 * expected: {@code $.rules[0].points must be a decimal number but was: "one"}.
 *
 * @since 0.1
 */
public final class JsonFields {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final JsonNode node;
  private final String path;
  private final boolean strict;

  private JsonFields(JsonNode node, String path, boolean strict) {
    if (node == null || !node.isObject()) {
      throw CrmJsonException.at(path, "must be a JSON object but was: " + shown(node));
    }
    this.node = node;
    this.path = path;
    this.strict = strict;
  }

  /**
   * The whole document {@code node} (path {@code $}), read strictly; fails unless it is a JSON
   * object.
   */
  public static JsonFields root(JsonNode node) {
    return new JsonFields(node, "$", true);
  }

  /**
   * The object {@code node} found at JSON path {@code path} (starting with {@code $}); {@code
   * strict} false lets {@link #only} accept unknown fields.
   */
  public static JsonFields at(JsonNode node, String path, boolean strict) {
    Objects.requireNonNull(path, "path must not be null");
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException(
          "path must be a JSON path starting with '$' but was: '" + path + "'");
    }
    return new JsonFields(node, path, strict);
  }

  /**
   * The JSON tree of {@code json}; malformed JSON fails naming {@code what} was read (e.g.
   * "programme").
   */
  public static JsonNode parse(String json, String what) {
    Objects.requireNonNull(json, "json must not be null");
    try {
      return CrmJackson.reader().readTree(json);
    } catch (JsonProcessingException e) {
      throw CrmJsonException.malformed(what, e);
    }
  }

  /**
   * The JSON tree read from {@code reader}; malformed JSON fails as in {@link #parse(String,
   * String)}.
   */
  public static JsonNode parse(Reader reader, String what) throws IOException {
    Objects.requireNonNull(reader, "reader must not be null");
    try {
      return CrmJackson.reader().readTree(reader);
    } catch (JsonProcessingException e) {
      throw CrmJsonException.malformed(what, e);
    }
  }

  /**
   * The JSON path of field {@code name} of the object at {@code path}: {@code $.a.b}, or {@code
   * $.a['x y']}.
   */
  public static String child(String path, String name) {
    return PLAIN_NAME.matcher(name).matches()
        ? path + "." + name
        : path + "['" + name.replace("'", "\\'") + "']";
  }

  /** The JSON node itself. */
  public JsonNode node() {
    return node;
  }

  /** The JSON path of this object, e.g. {@code $.tiers[0]}. */
  public String path() {
    return path;
  }

  /** Whether unknown fields are refused by {@link #only}. */
  public boolean strict() {
    return strict;
  }

  /** The JSON path of {@code field} of this object. */
  public String pathOf(String field) {
    return child(path, field);
  }

  /**
   * Refuses (when {@link #strict()}) a field of this object not in {@code known}; the error names
   * the unknown field's path and lists the known fields. Returns this object.
   */
  public JsonFields only(String... known) {
    return only(new LinkedHashSet<>(Arrays.asList(known)));
  }

  /** As {@link #only(String...)}. */
  public JsonFields only(Set<String> known) {
    if (strict) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!known.contains(field.getKey())) {
          throw CrmJsonException.at(
              pathOf(field.getKey()),
              "is not a known field; the fields of " + path + " are " + known);
        }
      }
    }
    return this;
  }

  /**
   * The result of {@code build}; an {@link IllegalArgumentException} (e.g. from a record's
   * constructor) becomes a {@link CrmJsonException} at this object's path, {@code ... is invalid:
   * <message>}; a {@code CrmJsonException} passes unchanged.
   */
  public <T> T wrap(Supplier<T> build) {
    try {
      return build.get();
    } catch (CrmJsonException e) {
      throw e;
    } catch (IllegalArgumentException
        | NullPointerException
        | IllegalStateException
        | DateTimeException e) {
      throw CrmJsonException.invalid(path, e);
    }
  }

  /**
   * The error "{@code <path>.<field> must be <expected> but was: <value>}"; a JSON node is shown as
   * JSON.
   */
  public CrmJsonException error(String field, Object value, String expected) {
    return CrmJsonException.at(pathOf(field), "must be " + expected + " but was: " + shown(value));
  }

  /** The error "{@code <path> <problem>}" about this whole object. */
  public CrmJsonException problem(String problem) {
    return CrmJsonException.at(path, problem);
  }

  /** Whether {@code field} is present and not {@code null}. */
  public boolean has(String field) {
    JsonNode v = node.get(field);
    return v != null && !v.isNull();
  }

  /** The node of {@code field}, which is required. */
  public JsonNode required(String field) {
    if (!has(field)) {
      throw CrmJsonException.at(pathOf(field), "is required but is missing");
    }
    return node.get(field);
  }

  /** The object in {@code field}, which is required; as strict as this one. */
  public JsonFields object(String field) {
    return new JsonFields(required(field), pathOf(field), strict);
  }

  /** The object in {@code field}, empty when absent. */
  public Optional<JsonFields> optObject(String field) {
    return has(field) ? Optional.of(object(field)) : Optional.empty();
  }

  /** The objects of the array in {@code field}, which is required (it may be empty). */
  public List<JsonFields> array(String field) {
    JsonNode a = required(field);
    if (!a.isArray()) {
      throw error(field, a, "an array");
    }
    List<JsonFields> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(new JsonFields(a.get(i), pathOf(field) + "[" + i + "]", strict));
    }
    return out;
  }

  /** The objects of the array in {@code field}; empty when absent. */
  public List<JsonFields> objects(String field) {
    return has(field) ? array(field) : new ArrayList<>();
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
    return v.textValue();
  }

  /** The string in {@code field}, or {@code defaultValue} when absent. */
  public String text(String field, String defaultValue) {
    return has(field) ? text(field) : defaultValue;
  }

  /** The string in {@code field}, empty when absent. */
  public Optional<String> optText(String field) {
    return has(field) ? Optional.of(text(field)) : Optional.empty();
  }

  /** The strings of the array in {@code field}, in order with repeats; empty when absent. */
  public List<String> texts(String field) {
    List<String> out = new ArrayList<>();
    if (!has(field)) {
      return out;
    }
    JsonNode a = node.get(field);
    if (!a.isArray()) {
      throw error(field, a, "an array of strings");
    }
    for (int i = 0; i < a.size(); i++) {
      JsonNode v = a.get(i);
      if (!v.isTextual()) {
        throw CrmJsonException.at(
            pathOf(field) + "[" + i + "]", "must be a string but was: " + shown(v));
      }
      out.add(v.textValue());
    }
    return out;
  }

  /** The strings of the array in {@code field}, in order without repeats; empty when absent. */
  public Set<String> strings(String field) {
    return new LinkedHashSet<>(texts(field));
  }

  /** The string values of the object in {@code field}, in document order; empty when absent. */
  public Map<String, String> textMap(String field) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!has(field)) {
      return out;
    }
    JsonNode v = node.get(field);
    if (!v.isObject()) {
      throw error(field, v, "a JSON object of strings");
    }
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      if (!e.getValue().isTextual()) {
        throw CrmJsonException.at(
            child(pathOf(field), e.getKey()), "must be a string but was: " + shown(e.getValue()));
      }
      out.put(e.getKey(), e.getValue().textValue());
    }
    return out;
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
    return v.booleanValue();
  }

  /** The boolean in {@code field}, which is required. */
  public boolean bool(String field) {
    required(field);
    return bool(field, false);
  }

  /** The whole number ({@code int} range) in {@code field}, which is required. */
  public int integer(String field) {
    JsonNode v = required(field);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw error(field, v, "a whole number");
    }
    return v.intValue();
  }

  /** The whole number in {@code field}, or {@code defaultValue} when absent. */
  public int integer(String field, int defaultValue) {
    return has(field) ? integer(field) : defaultValue;
  }

  /** The whole number in {@code field}, empty when absent. */
  public OptionalInt optInteger(String field) {
    return has(field) ? OptionalInt.of(integer(field)) : OptionalInt.empty();
  }

  /** The whole number ({@code long} range) in {@code field}, which is required. */
  public long longValue(String field) {
    JsonNode v = required(field);
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw error(field, v, "a whole number");
    }
    return v.longValue();
  }

  /** The whole number in {@code field}, or {@code defaultValue} when absent. */
  public long longValue(String field, long defaultValue) {
    return has(field) ? longValue(field) : defaultValue;
  }

  /**
   * The JSON number in {@code field} as a double, which is required; the strings {@code "NaN"},
   * {@code "Infinity"} and {@code "-Infinity"} (as Jackson writes doubles that are not finite) are
   * read too.
   */
  public double number(String field) {
    JsonNode v = required(field);
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isTextual()) {
      switch (v.textValue()) {
        case "NaN" -> {
          return Double.NaN;
        }
        case "Infinity" -> {
          return Double.POSITIVE_INFINITY;
        }
        case "-Infinity" -> {
          return Double.NEGATIVE_INFINITY;
        }
        default -> {
          // reported below
        }
      }
    }
    throw error(field, v, "a number");
  }

  /** The JSON number in {@code field}, or {@code defaultValue} when absent. */
  public double number(String field, double defaultValue) {
    return has(field) ? number(field) : defaultValue;
  }

  /**
   * The decimal in {@code field}, a decimal string (exact, preferred: {@code "12.50"}) or a JSON
   * number; required.
   */
  public BigDecimal decimal(String field) {
    JsonNode v = required(field);
    if (v.isNumber()) {
      return v.isIntegralNumber()
          ? new BigDecimal(v.bigIntegerValue())
          : new BigDecimal(v.asText());
    }
    if (v.isTextual()) {
      try {
        return new BigDecimal(v.textValue().trim());
      } catch (NumberFormatException e) {
        throw error(field, v, "a decimal number such as \"12.50\"");
      }
    }
    throw error(field, v, "a decimal number such as \"12.50\"");
  }

  /** The decimal in {@code field}, or {@code defaultValue} when absent. */
  public BigDecimal decimal(String field, BigDecimal defaultValue) {
    return has(field) ? decimal(field) : defaultValue;
  }

  /** The ISO-8601 instant ({@code 2024-01-31T09:30:00Z}) in {@code field}, which is required. */
  public Instant instant(String field) {
    return parsed(field, Instant::parse, "an ISO-8601 instant such as \"2024-01-31T09:30:00Z\"");
  }

  /** The instant in {@code field}, empty when absent. */
  public Optional<Instant> optInstant(String field) {
    return has(field) ? Optional.of(instant(field)) : Optional.empty();
  }

  /** The ISO date ({@code 2024-01-31}) in {@code field}, which is required. */
  public LocalDate date(String field) {
    return parsed(field, LocalDate::parse, "an ISO date such as \"2024-01-31\"");
  }

  /** The date in {@code field}, empty when absent. */
  public Optional<LocalDate> optDate(String field) {
    return has(field) ? Optional.of(date(field)) : Optional.empty();
  }

  /** The month-day ({@code MM-dd}, or ISO {@code --MM-dd}) in {@code field}, which is required. */
  public MonthDay monthDay(String field) {
    return parsed(
        field,
        v -> MonthDay.parse(v.startsWith("--") ? v : "--" + v),
        "a month-day MM-dd such as \"01-01\"");
  }

  /** The ISO period ({@code P1M}, {@code P14D}) in {@code field}, which is required. */
  public Period period(String field) {
    return parsed(field, Period::parse, "an ISO period such as \"P0D\" or \"P1M\"");
  }

  /** The time-zone id ({@code Europe/Paris}, {@code UTC}) in {@code field}, which is required. */
  public ZoneId zone(String field) {
    return parsed(field, ZoneId::of, "a time-zone id such as \"Europe/Paris\"");
  }

  /** The time zone in {@code field}, empty when absent. */
  public Optional<ZoneId> optZone(String field) {
    return has(field) ? Optional.of(zone(field)) : Optional.empty();
  }

  /**
   * The string in {@code field} (required) parsed by {@code parse}; failing, an error expecting
   * {@code expected}.
   */
  private <T> T parsed(String field, Function<String, T> parse, String expected) {
    String v = text(field);
    try {
      return parse.apply(v);
    } catch (DateTimeException e) {
      throw error(field, node.get(field), expected);
    }
  }

  /** The ISO 4217 currency code ({@code EUR}, upper case) in {@code field}, which is required. */
  public Currency currency(String field) {
    String v = text(field);
    if (v.length() == 3 && v.equals(v.toUpperCase(Locale.ROOT))) {
      try {
        return Currency.getInstance(v);
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    String hint = "";
    try {
      hint =
          " (did you mean \""
              + Currency.getInstance(v.trim().toUpperCase(Locale.ROOT)).getCurrencyCode()
              + "\"? codes are case-sensitive)";
    } catch (IllegalArgumentException e) {
      // no near spelling
    }
    throw CrmJsonException.at(
        pathOf(field),
        "must be an ISO 4217 currency code in upper case such as \"EUR\""
            + " but was: "
            + node.get(field)
            + hint);
  }

  /** The constant of {@code type} named exactly in {@code field}, which is required. */
  public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return constant(pathOf(field), type, text(field));
  }

  /** The constant named in {@code field}, or {@code defaultValue} when absent. */
  public <E extends Enum<E>> E enumValue(String field, Class<E> type, E defaultValue) {
    Objects.requireNonNull(
        defaultValue, "defaultValue must not be null (use enumValue(field, type))");
    return has(field) ? enumValue(field, type) : defaultValue;
  }

  /** The constant named in {@code field}, empty when absent. */
  public <E extends Enum<E>> Optional<E> optEnum(String field, Class<E> type) {
    return has(field) ? Optional.of(enumValue(field, type)) : Optional.empty();
  }

  /**
   * The object in {@code field} read as a map from constant names to constant names; empty when
   * absent.
   */
  public <K extends Enum<K>, V extends Enum<V>> Map<K, V> enumMap(
      String field, Class<K> keys, Class<V> values) {
    Map<K, V> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : textMap(field).entrySet()) {
      String at = child(pathOf(field), e.getKey());
      out.put(constant(at + " (a key)", keys, e.getKey()), constant(at, values, e.getValue()));
    }
    return out;
  }

  /**
   * The constant of {@code type} named exactly {@code name}; the error at {@code path} lists the
   * constants and suggests one that differs only in case.
   */
  public static <E extends Enum<E>> E constant(String path, Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    String hint = "";
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(name.trim())) {
        hint = " (did you mean \"" + e.name() + "\"? names are case-sensitive)";
      }
    }
    return failConstant(path, type, name, hint);
  }

  private static <E extends Enum<E>> E failConstant(
      String path, Class<E> type, String name, String hint) {
    throw CrmJsonException.at(
        path,
        "must be one of "
            + Arrays.toString(type.getEnumConstants())
            + " but was: \""
            + name
            + "\""
            + hint);
  }

  /**
   * The text of {@code value} that {@link #decimal} reads back as an equal {@code BigDecimal} (same
   * scale): plain notation ({@code 1.50}) unless the scale is negative ({@code 1E+3}).
   */
  public static String decimalText(BigDecimal value) {
    return value.scale() >= 0 ? value.toPlainString() : value.toString();
  }

  private static String shown(Object value) {
    return value instanceof JsonNode n ? n.toString() : String.valueOf(value);
  }

  /** For example {@code $.tiers[0] {"name":"Gold"}}. */
  @Override
  public String toString() {
    return path + " " + node;
  }
}
