package io.crmkit.segmentation.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.crmkit.core.customer.Gender;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * JSON for {@link Condition} and {@link RuleSegmentation} through Jackson: register {@link #module()}
 * on your mapper, or use {@link #readCondition}, {@link #writeCondition}, {@link #readSegmentation}
 * and {@link #writeSegmentation}. Each condition is an object with exactly one field naming it:
 *
 * <pre>{@code
 * {"ageBetween": {"min": 25, "max": 34}}      {"gender": ["FEMALE", "OTHER"]}
 * {"incomeBand": ["high"]}  {"region": [...]}  {"occupation": [...]}  {"ageBand": [...]}
 * {"attribute": {"key": "tier", "in": ["gold"]}}
 * {"tag": "vip"}            {"prefers": "sweet"}
 * {"summary": {"column": "totalSpend", "min": 100, "max": 500}}   (min, max optional)
 * {"and": [...]}  {"or": [...]}  {"not": {...}}
 * }</pre>
 *
 * <p>Malformed input fails with an {@link IllegalArgumentException} (wrapped by Jackson in a {@link
 * com.fasterxml.jackson.databind.JsonMappingException} when read through a mapper) naming the path
 * and the offending value.
 *
 * @since 0.1
 */
public final class RulesJackson {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(module());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RulesJackson() {}

  /** A Jackson module with the serializers and deserializers of conditions and rule segmentations. */
  public static Module module() {
    SimpleModule m = new SimpleModule("crmkit-segmentation-rules");
    m.addSerializer(Condition.class, new StdSerializer<>(Condition.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(Condition value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeTree(toNode(value));
      }
    });
    m.addDeserializer(Condition.class, new StdDeserializer<>(Condition.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public Condition deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        try {
          return condition(node, "$");
        } catch (IllegalArgumentException e) {
          throw com.fasterxml.jackson.databind.JsonMappingException.from(p, e.getMessage(), e);
        }
      }
    });
    m.addSerializer(RuleSegmentation.class, new StdSerializer<>(RuleSegmentation.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(RuleSegmentation value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeTree(toNode(value));
      }
    });
    m.addDeserializer(RuleSegmentation.class, new StdDeserializer<>(RuleSegmentation.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public RuleSegmentation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        try {
          return segmentation(node);
        } catch (IllegalArgumentException e) {
          throw com.fasterxml.jackson.databind.JsonMappingException.from(p, e.getMessage(), e);
        }
      }
    });
    return m;
  }

  /** A condition from JSON text. */
  public static Condition readCondition(String json) {
    return condition(tree(json), "$");
  }

  /** The JSON text of a condition. */
  public static String writeCondition(Condition condition) {
    return text(toNode(Objects.requireNonNull(condition, "condition must not be null")));
  }

  /** A rule segmentation from JSON text. */
  public static RuleSegmentation readSegmentation(String json) {
    return segmentation(tree(json));
  }

  /** The JSON text of a rule segmentation, pretty-printed. */
  public static String writeSegmentation(RuleSegmentation segmentation) {
    return text(toNode(Objects.requireNonNull(segmentation, "segmentation must not be null")));
  }

  private static JsonNode tree(String json) {
    Objects.requireNonNull(json, "json must not be null");
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("rule must be valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String text(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  // ---- writing ----

  static JsonNode toNode(RuleSegmentation s) {
    ObjectNode root = NODES.objectNode();
    ArrayNode segs = root.putArray("segments");
    for (RuleSegment seg : s.segments()) {
      ObjectNode o = segs.addObject();
      o.put("name", seg.name());
      o.set("when", toNode(seg.condition()));
    }
    root.put("otherwise", s.fallback());
    return root;
  }

  static JsonNode toNode(Condition c) {
    ObjectNode o = NODES.objectNode();
    if (c instanceof Condition.AgeBetween a) {
      o.putObject("ageBetween").put("min", a.min()).put("max", a.max());
    } else if (c instanceof Condition.GenderIn g) {
      ArrayNode arr = o.putArray("gender");
      g.genders().forEach(x -> arr.add(x.name()));
    } else if (c instanceof Condition.DemographicIn d) {
      ArrayNode arr = o.putArray(d.field().jsonName());
      d.values().forEach(arr::add);
    } else if (c instanceof Condition.AttributeIn a) {
      ObjectNode at = o.putObject("attribute");
      at.put("key", a.key());
      ArrayNode arr = at.putArray("in");
      a.values().forEach(arr::add);
    } else if (c instanceof Condition.HasTag t) {
      o.put("tag", t.tag());
    } else if (c instanceof Condition.Prefers p) {
      o.put("prefers", p.preference());
    } else if (c instanceof Condition.SummaryBetween s) {
      ObjectNode sn = o.putObject("summary");
      sn.put("column", s.field().jsonName());
      if (s.min() != Double.NEGATIVE_INFINITY) {
        sn.put("min", s.min());
      }
      if (s.max() != Double.POSITIVE_INFINITY) {
        sn.put("max", s.max());
      }
    } else if (c instanceof Condition.And a) {
      ArrayNode arr = o.putArray("and");
      a.conditions().forEach(x -> arr.add(toNode(x)));
    } else if (c instanceof Condition.Or a) {
      ArrayNode arr = o.putArray("or");
      a.conditions().forEach(x -> arr.add(toNode(x)));
    } else if (c instanceof Condition.Not n) {
      o.set("not", toNode(n.condition()));
    } else {
      throw new IllegalStateException("unknown condition " + c);
    }
    return o;
  }

  // ---- reading ----

  static RuleSegmentation segmentation(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("segmentation must be a JSON object but was: " + node);
    }
    onlyFields(node, "$", Set.of("segments", "otherwise"));
    JsonNode segs = node.get("segments");
    if (segs == null || !segs.isArray()) {
      throw new IllegalArgumentException("$.segments must be an array but was: " + segs);
    }
    List<RuleSegment> out = new ArrayList<>();
    for (int i = 0; i < segs.size(); i++) {
      JsonNode s = segs.get(i);
      String path = "$.segments[" + i + "]";
      if (!s.isObject()) {
        throw new IllegalArgumentException(path + " must be an object but was: " + s);
      }
      onlyFields(s, path, Set.of("name", "when"));
      out.add(new RuleSegment(text(s, "name", path), condition(s.get("when"), path + ".when")));
    }
    String fallback = node.has("otherwise") ? text(node, "otherwise", "$") : "Other";
    return new RuleSegmentation(out, fallback);
  }

  static Condition condition(JsonNode node, String path) {
    if (node == null || !node.isObject() || node.size() != 1) {
      throw new IllegalArgumentException(path + " must be an object with exactly one condition field but was: " + node);
    }
    String kind = node.fieldNames().next();
    JsonNode v = node.get(kind);
    String at = path + "." + kind;
    try {
      switch (kind) {
        case "ageBetween" -> {
          objectWith(v, at, Set.of("min", "max"));
          return new Condition.AgeBetween(integer(v, "min", at), integer(v, "max", at));
        }
        case "gender" -> {
          Set<Gender> genders = new LinkedHashSet<>();
          for (String g : strings(v, at)) {
            try {
              genders.add(Gender.valueOf(g.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException(at + " must hold genders " + java.util.Arrays.toString(Gender.values())
                  + " but had: '" + g + "'", e);
            }
          }
          return new Condition.GenderIn(genders);
        }
        case "ageBand", "incomeBand", "occupation", "region" -> {
          DemographicField f = switch (kind) {
            case "ageBand" -> DemographicField.AGE_BAND;
            case "incomeBand" -> DemographicField.INCOME_BAND;
            case "occupation" -> DemographicField.OCCUPATION;
            default -> DemographicField.REGION;
          };
          return new Condition.DemographicIn(f, new LinkedHashSet<>(strings(v, at)));
        }
        case "attribute" -> {
          objectWith(v, at, Set.of("key", "in"));
          return new Condition.AttributeIn(text(v, "key", at), new LinkedHashSet<>(strings(v.get("in"), at + ".in")));
        }
        case "tag" -> {
          return new Condition.HasTag(string(v, at));
        }
        case "prefers" -> {
          return new Condition.Prefers(string(v, at));
        }
        case "summary" -> {
          objectWith(v, at, Set.of("column", "min", "max"));
          SummaryField f = SummaryField.fromJsonName(text(v, "column", at));
          double min = v.has("min") ? number(v.get("min"), at + ".min") : Double.NEGATIVE_INFINITY;
          double max = v.has("max") ? number(v.get("max"), at + ".max") : Double.POSITIVE_INFINITY;
          return new Condition.SummaryBetween(f, min, max);
        }
        case "and", "or" -> {
          if (!v.isArray()) {
            throw new IllegalArgumentException(at + " must be an array of conditions but was: " + v);
          }
          List<Condition> children = new ArrayList<>();
          for (int i = 0; i < v.size(); i++) {
            children.add(condition(v.get(i), at + "[" + i + "]"));
          }
          return kind.equals("and") ? new Condition.And(children) : new Condition.Or(children);
        }
        case "not" -> {
          return new Condition.Not(condition(v, at));
        }
        default -> throw new IllegalArgumentException(path + " must name a condition (ageBetween, gender, ageBand, "
            + "incomeBand, occupation, region, attribute, tag, prefers, summary, and, or, not) but was: '" + kind + "'");
      }
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("$")) {
        throw e;
      }
      throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
    }
  }

  private static void objectWith(JsonNode v, String path, Set<String> fields) {
    if (v == null || !v.isObject()) {
      throw new IllegalArgumentException(path + " must be an object but was: " + v);
    }
    onlyFields(v, path, fields);
  }

  private static void onlyFields(JsonNode node, String path, Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new IllegalArgumentException(path + " must have only the fields " + allowed + " but had: '" + f + "'");
      }
    }
  }

  private static int integer(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || !v.isInt()) {
      throw new IllegalArgumentException(path + "." + field + " must be an integer but was: " + v);
    }
    return v.intValue();
  }

  private static double number(JsonNode v, String path) {
    if (v == null || !v.isNumber()) {
      throw new IllegalArgumentException(path + " must be a number but was: " + v);
    }
    return v.doubleValue();
  }

  private static String text(JsonNode node, String field, String path) {
    return string(node.get(field), path + "." + field);
  }

  private static String string(JsonNode v, String path) {
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(path + " must be a string but was: " + v);
    }
    return v.textValue();
  }

  private static List<String> strings(JsonNode v, String path) {
    if (v == null || !v.isArray()) {
      throw new IllegalArgumentException(path + " must be an array of strings but was: " + v);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      out.add(string(v.get(i), path + "[" + i + "]"));
    }
    return out;
  }
}
