package io.crmkit.segmentation.rfm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The JSON form of {@link SegmentTable}, through Jackson's tree model. */
final class SegmentTableJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SegmentTableJson() {}

  static SegmentTable read(String json) {
    Objects.requireNonNull(json, "json must not be null");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("segment table must be valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("segment table must be a JSON object but was: " + root);
    }
    checkFields("segment table", root, Set.of("bins", "segments"));
    JsonNode bins = required(root, "bins", "segment table");
    checkFields("bins", bins, Set.of("recency", "frequency", "monetary"));
    int rb = intField(bins, "recency", "bins");
    int fb = intField(bins, "frequency", "bins");
    int mb = intField(bins, "monetary", "bins");
    JsonNode segs = required(root, "segments", "segment table");
    if (!segs.isArray()) {
      throw new IllegalArgumentException("segments must be an array but was: " + segs);
    }
    List<SegmentDefinition> out = new ArrayList<>();
    for (int s = 0; s < segs.size(); s++) {
      JsonNode seg = segs.get(s);
      String path = "segments[" + s + "]";
      checkFields(path, seg, Set.of("name", "action", "cells"));
      String name = textField(seg, "name", path);
      String action = seg.has("action") ? textField(seg, "action", path) : "";
      JsonNode cells = required(seg, "cells", path);
      if (!cells.isArray()) {
        throw new IllegalArgumentException(path + ".cells must be an array but was: " + cells);
      }
      List<ScoreBox> boxes = new ArrayList<>();
      for (int c = 0; c < cells.size(); c++) {
        JsonNode box = cells.get(c);
        String boxPath = path + ".cells[" + c + "]";
        checkFields(boxPath, box, Set.of("recency", "frequency", "monetary"));
        boxes.add(new ScoreBox(range(box, "recency", rb, boxPath), range(box, "frequency", fb, boxPath),
            range(box, "monetary", mb, boxPath)));
      }
      out.add(new SegmentDefinition(name, action, boxes));
    }
    return SegmentTable.of(rb, fb, mb, out);
  }

  static String write(SegmentTable table) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode bins = root.putObject("bins");
    bins.put("recency", table.recencyBins());
    bins.put("frequency", table.frequencyBins());
    bins.put("monetary", table.monetaryBins());
    ArrayNode segs = root.putArray("segments");
    for (SegmentDefinition s : table.segments()) {
      ObjectNode seg = segs.addObject();
      seg.put("name", s.name());
      seg.put("action", s.action());
      ArrayNode cells = seg.putArray("cells");
      for (ScoreBox b : s.boxes()) {
        ObjectNode box = cells.addObject();
        box.put("recency", b.recency().toString());
        box.put("frequency", b.frequency().toString());
        box.put("monetary", b.monetary().toString());
      }
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write segment table as JSON", e);
    }
  }

  private static void checkFields(String path, JsonNode node, Set<String> allowed) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(path + " must be a JSON object but was: " + node);
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new IllegalArgumentException(path + " must have only the fields " + allowed + " but had: '" + f + "'");
      }
    }
  }

  private static JsonNode required(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(path + "." + field + " is required but was missing");
    }
    return v;
  }

  private static int intField(JsonNode node, String field, String path) {
    JsonNode v = required(node, field, path);
    if (!v.isInt()) {
      throw new IllegalArgumentException(path + "." + field + " must be an integer but was: " + v);
    }
    return v.intValue();
  }

  private static String textField(JsonNode node, String field, String path) {
    JsonNode v = required(node, field, path);
    if (!v.isTextual()) {
      throw new IllegalArgumentException(path + "." + field + " must be a string but was: " + v);
    }
    return v.textValue();
  }

  private static ScoreRange range(JsonNode box, String field, int bins, String path) {
    JsonNode v = box.get(field);
    if (v == null) {
      return ScoreRange.of(1, bins);
    }
    if (v.isInt()) {
      return ScoreRange.exactly(v.intValue());
    }
    if (v.isTextual()) {
      String t = v.textValue().trim();
      try {
        int dash = t.indexOf('-');
        if (dash < 0) {
          return ScoreRange.exactly(Integer.parseInt(t));
        }
        return ScoreRange.of(Integer.parseInt(t.substring(0, dash).trim()), Integer.parseInt(t.substring(dash + 1).trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(path + "." + field + " must be a score range such as \"4-5\" or \"5\" but was: "
            + v, e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(path + "." + field + ": " + e.getMessage(), e);
      }
    }
    throw new IllegalArgumentException(path + "." + field + " must be a score range such as \"4-5\" or \"5\" but was: " + v);
  }
}
