package io.crmkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;
import io.crmkit.core.json.CrmJsonModule;
import io.crmkit.core.json.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The contract of crmkit's one JSON way for a value type {@code T} of a {@link CrmJsonModule}:
 * extend it with the type and an arbitrary of its values (the module of your own included) and
 * every value must
 *
 * <ul>
 *   <li>survive a trip through {@link CrmJackson#newMapper()} unchanged;
 *   <li>be refused, with a {@link CrmJsonException} at the field's JSON path, when any object in
 *       its JSON gets an unknown field;
 *   <li>be refused, with a {@link CrmJsonException} at the leaf's JSON path, when any leaf value of
 *       its JSON is replaced by one of a JSON type no crmkit field accepts in its place (an object
 *       for a scalar, a string for a boolean or a number that must be a JSON number ...).
 * </ul>
 *
 * @param <T> the value type
 * @since 0.1
 */
public abstract class JsonFormatContract<T> {

  /** For subclasses, which supply the implementation under test. */
  protected JsonFormatContract() {}

  /** The mapper under test: every crmkit module found on the class path. */
  protected static final ObjectMapper MAPPER = CrmJackson.newMapper();

  /** The value type under test. */
  protected abstract Class<T> type();

  /** Values to write and read back. */
  protected abstract Arbitrary<T> values();

  /**
   * Whether replacing the scalar at {@code path} with {@code {}} must be refused; true for every
   * scalar of a crmkit format, override for a format with a free-form field.
   */
  protected boolean typedLeaf(String path) {
    return true;
  }

  /**
   * Whether {@code back}, read from the JSON of {@code value}, is the same value: {@code equals} by
   * default; override for a type with identity equality (e.g. compare what each writes).
   */
  protected boolean sameValue(T value, T back) {
    return value.equals(back);
  }

  @Provide
  final Arbitrary<T> jsonValues() {
    return values();
  }

  @Property(tries = 100)
  void writing_and_reading_back_gives_an_equal_value(@ForAll("jsonValues") T value)
      throws Exception {
    String json = MAPPER.writeValueAsString(value);
    T back = MAPPER.readValue(json, type());
    assertThat(sameValue(value, back)).as("%s read back from %s", back, json).isTrue();
    assertThat(sameValue(value, CrmJackson.read(json, type()))).isTrue();
  }

  @Property(tries = 100)
  void an_unknown_field_anywhere_is_an_error_at_its_path(
      @ForAll("jsonValues") T value, @ForAll @IntRange(min = 0, max = 10_000) int pick) {
    JsonNode tree = MAPPER.valueToTree(value);
    Optional<Place> picked = pick(tree, pick, true);
    if (picked.isEmpty()) {
      return;
    }
    Place p = picked.get();
    ((ObjectNode) p.node()).put("zzUnknown", 1);
    assertThatThrownBy(() -> MAPPER.treeToValue(tree, type()))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            e -> assertThat(e.path()).isEqualTo(JsonFields.child(p.path(), "zzUnknown")));
  }

  @Property(tries = 100)
  void a_value_of_the_wrong_json_type_is_an_error_at_its_path(
      @ForAll("jsonValues") T value, @ForAll @IntRange(min = 0, max = 10_000) int pick) {
    JsonNode tree = MAPPER.valueToTree(value);
    Optional<Place> picked = pick(tree, pick, false);
    if (picked.isEmpty()) {
      return;
    }
    Place leaf = picked.get();
    replace(leaf, JsonNodeFactory.instance.objectNode().put("wrong", "type"));
    assertThatThrownBy(() -> MAPPER.treeToValue(tree, type()))
        .isInstanceOfSatisfying(
            CrmJsonException.class, e -> assertThat(e.path()).isEqualTo(leaf.path()));
  }

  /** A node of the tree, its JSON path and its parent (null for the root). */
  private record Place(JsonNode node, String path, JsonNode parent, String name, int index) {}

  /**
   * The object ({@code objects}) or typed scalar leaf numbered {@code pick} (modulo their count) of
   * {@code tree}.
   */
  private Optional<Place> pick(JsonNode tree, int pick, boolean objects) {
    List<Place> out = new ArrayList<>();
    walk(tree, "$", null, null, -1, out, objects);
    out.removeIf(p -> !objects && !typedLeaf(p.path()));
    return out.isEmpty() ? Optional.empty() : Optional.of(out.get(pick % out.size()));
  }

  private static void walk(
      JsonNode node,
      String path,
      JsonNode parent,
      String name,
      int index,
      List<Place> out,
      boolean objects) {
    if (node.isObject()) {
      if (objects) {
        out.add(new Place(node, path, parent, name, index));
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), JsonFields.child(path, e.getKey()), node, e.getKey(), -1, out, objects);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", node, null, i, out, objects);
      }
    } else if (!objects && parent != null && !node.isNull()) {
      out.add(new Place(node, path, parent, name, index));
    }
  }

  private static void replace(Place leaf, JsonNode with) {
    if (leaf.parent() instanceof ObjectNode o) {
      o.set(leaf.name(), with);
    } else {
      ((ArrayNode) leaf.parent()).set(leaf.index(), with);
    }
  }
}
