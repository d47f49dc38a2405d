package io.crmkit.segmentation.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.customer.Gender;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;
import io.crmkit.core.json.JsonFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * JSON for {@link Condition} and {@link RuleSegmentation}: {@link #readCondition}, {@link
 * #writeCondition}, {@link #readSegmentation} and {@link #writeSegmentation}, or through a mapper
 * with crm-segmentation's Jackson module ({@code CrmJackson.newMapper()} registers it). Each
 * condition is an object with exactly one field naming it:
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
 * <p>A segmentation is {@code {"segments": [{"name": "Women", "when": {...}}], "otherwise":
 * "Other"}} ({@code otherwise} optional). Reading follows crmkit's one JSON policy ({@link
 * JsonFields}): malformed input, unknown fields, wrong types and gender names not spelled as the
 * constants fail with a {@link CrmJsonException} naming the JSON path and the offending value.
 *
 * @since 0.1
 */
public final class RulesJackson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> KINDS =
      List.of(
          "ageBetween",
          "gender",
          "ageBand",
          "incomeBand",
          "occupation",
          "region",
          "attribute",
          "tag",
          "prefers",
          "summary",
          "and",
          "or",
          "not");

  private RulesJackson() {}

  /** A condition from JSON text. */
  public static Condition readCondition(String json) {
    return condition(JsonFields.parse(json, "condition"), "$", true);
  }

  /** The JSON text of a condition, pretty-printed. */
  public static String writeCondition(Condition condition) {
    return CrmJackson.writePretty(
        toNode(Objects.requireNonNull(condition, "condition must not be null")));
  }

  /** A rule segmentation from JSON text. */
  public static RuleSegmentation readSegmentation(String json) {
    return segmentation(JsonFields.root(JsonFields.parse(json, "rule segmentation")));
  }

  /** The JSON text of a rule segmentation, pretty-printed. */
  public static String writeSegmentation(RuleSegmentation segmentation) {
    return CrmJackson.writePretty(
        toNode(Objects.requireNonNull(segmentation, "segmentation must not be null")));
  }

  /** Writes {@code condition} to {@code gen} (for crm-segmentation's Jackson module). */
  public static void write(JsonGenerator gen, Condition condition) throws IOException {
    gen.writeTree(toNode(condition));
  }

  /** Writes {@code segmentation} to {@code gen} (for crm-segmentation's Jackson module). */
  public static void write(JsonGenerator gen, RuleSegmentation segmentation) throws IOException {
    gen.writeTree(toNode(segmentation));
  }

  /** The condition in the object {@code fields} (for crm-segmentation's Jackson module). */
  public static Condition readCondition(JsonFields fields) {
    return condition(fields.node(), fields.path(), fields.strict());
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

  /** The rule segmentation in the object {@code root} (for crm-segmentation's Jackson module). */
  public static RuleSegmentation segmentation(JsonFields root) {
    root.only("segments", "otherwise");
    List<RuleSegment> out = new ArrayList<>();
    for (JsonFields s : root.array("segments")) {
      s.only("name", "when");
      String name = s.text("name");
      Condition when = condition(s.required("when"), s.pathOf("when"), s.strict());
      out.add(s.wrap(() -> new RuleSegment(name, when)));
    }
    String fallback = root.text("otherwise", "Other");
    return root.wrap(() -> new RuleSegmentation(out, fallback));
  }

  static Condition condition(JsonNode node, String path, boolean strict) {
    if (node == null || !node.isObject() || node.isEmpty()) {
      throw CrmJsonException.at(
          path,
          "must be an object with exactly one condition field, one of "
              + KINDS
              + ", but was: "
              + node);
    }
    JsonFields o = JsonFields.at(node, path, strict);
    List<String> kinds = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (KINDS.contains(field.getKey())) {
        kinds.add(field.getKey());
      } else if (strict || node.size() == 1) {
        throw CrmJsonException.at(
            o.pathOf(field.getKey()), "is not a known condition; a condition is one of " + KINDS);
      }
    }
    if (kinds.size() != 1) {
      throw CrmJsonException.at(path, "must have exactly one condition field but had: " + kinds);
    }
    String kind = kinds.get(0);
    String at = o.pathOf(kind);
    return switch (kind) {
      case "ageBetween" -> {
        JsonFields v = o.object(kind).only("min", "max");
        int min = v.integer("min");
        int max = v.integer("max");
        yield v.wrap(() -> new Condition.AgeBetween(min, max));
      }
      case "gender" -> {
        Set<Gender> genders = new LinkedHashSet<>();
        List<String> names = o.texts(kind);
        requireArray(o, kind);
        for (int i = 0; i < names.size(); i++) {
          genders.add(JsonFields.constant(at + "[" + i + "]", Gender.class, names.get(i)));
        }
        yield o.wrap(() -> new Condition.GenderIn(genders));
      }
      case "ageBand", "incomeBand", "occupation", "region" -> {
        DemographicField f =
            switch (kind) {
              case "ageBand" -> DemographicField.AGE_BAND;
              case "incomeBand" -> DemographicField.INCOME_BAND;
              case "occupation" -> DemographicField.OCCUPATION;
              default -> DemographicField.REGION;
            };
        requireArray(o, kind);
        Set<String> values = o.strings(kind);
        yield o.wrap(() -> new Condition.DemographicIn(f, values));
      }
      case "attribute" -> {
        JsonFields v = o.object(kind).only("key", "in");
        String key = v.text("key");
        requireArray(v, "in");
        Set<String> values = v.strings("in");
        yield v.wrap(() -> new Condition.AttributeIn(key, values));
      }
      case "tag" -> {
        String tag = o.text(kind);
        yield o.wrap(() -> new Condition.HasTag(tag));
      }
      case "prefers" -> {
        String preference = o.text(kind);
        yield o.wrap(() -> new Condition.Prefers(preference));
      }
      case "summary" -> {
        JsonFields v = o.object(kind).only("column", "min", "max");
        String column = v.text("column");
        SummaryField f;
        try {
          f = SummaryField.fromJsonName(column);
        } catch (IllegalArgumentException e) {
          throw CrmJsonException.invalid(v.pathOf("column"), e);
        }
        double min = v.number("min", Double.NEGATIVE_INFINITY);
        double max = v.number("max", Double.POSITIVE_INFINITY);
        yield v.wrap(() -> new Condition.SummaryBetween(f, min, max));
      }
      case "and", "or" -> {
        JsonNode v = o.required(kind);
        if (!v.isArray()) {
          throw o.error(kind, v, "an array of conditions");
        }
        List<Condition> children = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
          children.add(condition(v.get(i), at + "[" + i + "]", strict));
        }
        yield o.wrap(
            () -> kind.equals("and") ? new Condition.And(children) : new Condition.Or(children));
      }
      case "not" -> {
        Condition inner = condition(o.required(kind), at, strict);
        yield o.wrap(() -> new Condition.Not(inner));
      }
      default ->
          throw new IllegalStateException("condition kind " + kind + " is listed but not read");
    };
  }

  private static void requireArray(JsonFields o, String field) {
    JsonNode v = o.required(field);
    if (!v.isArray()) {
      throw o.error(field, v, "an array of strings");
    }
  }
}
