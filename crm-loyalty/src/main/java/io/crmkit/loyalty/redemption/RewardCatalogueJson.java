package io.crmkit.loyalty.redemption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;
import io.crmkit.core.json.JsonFields;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes a {@link RewardCatalogue} as JSON, validating every field; an error names the
 * JSON path, the value and what was expected. The format (point costs in whole points):
 *
 * <pre>{@code
 * {"rewards": [
 *   {"id": "coffee", "name": "Free coffee", "pointsCost": 150},
 *   {"id": "mug", "name": "Club mug", "pointsCost": 1200}
 * ]}
 * }</pre>
 *
 * {@code id}: non-blank and unique; {@code name}: a string (may be empty); {@code pointsCost}: a
 * positive whole number. Rewards keep their order. An empty {@code rewards} array is an empty
 * catalogue. A catalogue document has only {@code rewards}; {@link #read(JsonFields)} reads the
 * {@code rewards} of a larger document (see {@code
 * io.crmkit.loyalty.document.LoyaltyProgrammeJson}) and leaves its other fields to it. Unknown
 * fields and wrong types are {@link CrmJsonException}s naming the JSON path.
 *
 * @since 0.1
 */
public final class RewardCatalogueJson {

  private RewardCatalogueJson() {}

  /** The catalogue in {@code json}. */
  public static RewardCatalogue read(String json) {
    return read(JsonFields.parse(json, "reward catalogue"));
  }

  /** The catalogue read from {@code reader}. */
  public static RewardCatalogue read(Reader reader) throws IOException {
    return read(JsonFields.parse(reader, "reward catalogue"));
  }

  /** The catalogue in the JSON tree {@code root}. */
  public static RewardCatalogue read(JsonNode root) {
    return read(JsonFields.root(root).only("rewards"));
  }

  /** The catalogue in the {@code rewards} array of the object {@code o}, which is required. */
  public static RewardCatalogue read(JsonFields o) {
    List<Reward> rewards = new ArrayList<>();
    Map<String, String> paths = new HashMap<>();
    for (JsonFields r : o.array("rewards")) {
      r.only("id", "name", "pointsCost");
      String id = r.text("id");
      if (id.isBlank()) {
        throw r.error("id", "'" + id + "'", "a non-blank string");
      }
      String first = paths.putIfAbsent(id, r.path());
      if (first != null) {
        throw r.error("id", "'" + id + "'", "unique (" + first + " has it)");
      }
      String name = r.text("name");
      long cost = r.longValue("pointsCost");
      if (cost <= 0) {
        throw r.error("pointsCost", cost, "a positive whole number of points");
      }
      rewards.add(r.wrap(() -> Reward.of(id, name, cost)));
    }
    return RewardCatalogue.of(rewards);
  }

  /** The JSON of {@code catalogue}, readable by {@link #read(String)}. */
  public static String write(RewardCatalogue catalogue) {
    return CrmJackson.writePretty(tree(catalogue));
  }

  /** The JSON tree of {@code catalogue}: an object with the {@code rewards} array. */
  public static ObjectNode tree(RewardCatalogue catalogue) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    rewards(root.putArray("rewards"), catalogue);
    return root;
  }

  /** Adds the rewards of {@code catalogue} to {@code array}, in order. */
  private static void rewards(ArrayNode array, RewardCatalogue catalogue) {
    for (Reward r : catalogue.rewards()) {
      array.addObject().put("id", r.id()).put("name", r.name()).put("pointsCost", r.pointsCost());
    }
  }
}
