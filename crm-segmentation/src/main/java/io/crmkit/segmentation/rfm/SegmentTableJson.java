package io.crmkit.segmentation.rfm;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.core.json.CrmJsonException;
import io.crmkit.core.json.JsonFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of a {@link SegmentTable} (described there), read under crmkit's one JSON policy
 * ({@link JsonFields}: unknown fields and wrong types are {@link CrmJsonException}s naming the JSON
 * path); crm-segmentation's Jackson module and {@link SegmentTable#fromJson} both use it.
 *
 * @since 0.1
 */
public final class SegmentTableJson {

  private SegmentTableJson() {}

  /**
   * The table in {@code root}; a table that does not partition the cube fails with a {@link
   * CrmJsonException} whose cause is the {@link InvalidSegmentTableException}.
   */
  public static SegmentTable read(JsonFields root) {
    root.only("bins", "segments");
    JsonFields bins = root.object("bins").only("recency", "frequency", "monetary");
    int rb = bins.integer("recency");
    int fb = bins.integer("frequency");
    int mb = bins.integer("monetary");
    List<SegmentDefinition> out = new ArrayList<>();
    for (JsonFields seg : root.array("segments")) {
      seg.only("name", "action", "cells");
      String name = seg.text("name");
      String action = seg.text("action", "");
      List<ScoreBox> boxes = new ArrayList<>();
      for (JsonFields box : seg.array("cells")) {
        box.only("recency", "frequency", "monetary");
        boxes.add(
            box.wrap(
                () ->
                    new ScoreBox(
                        range(box, "recency", rb),
                        range(box, "frequency", fb),
                        range(box, "monetary", mb))));
      }
      out.add(seg.wrap(() -> new SegmentDefinition(name, action, boxes)));
    }
    return root.wrap(() -> SegmentTable.of(rb, fb, mb, out));
  }

  /**
   * Writes {@code table} as a JSON object: bins, then segments with their cells as ranges such as
   * {@code "4-5"}.
   */
  public static void write(JsonGenerator gen, SegmentTable table) throws IOException {
    gen.writeStartObject();
    gen.writeObjectFieldStart("bins");
    gen.writeNumberField("recency", table.recencyBins());
    gen.writeNumberField("frequency", table.frequencyBins());
    gen.writeNumberField("monetary", table.monetaryBins());
    gen.writeEndObject();
    gen.writeArrayFieldStart("segments");
    for (SegmentDefinition s : table.segments()) {
      gen.writeStartObject();
      gen.writeStringField("name", s.name());
      gen.writeStringField("action", s.action());
      gen.writeArrayFieldStart("cells");
      for (ScoreBox b : s.boxes()) {
        gen.writeStartObject();
        gen.writeStringField("recency", b.recency().toString());
        gen.writeStringField("frequency", b.frequency().toString());
        gen.writeStringField("monetary", b.monetary().toString());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /**
   * A score range: {@code "4-5"}, {@code "5"} or {@code 5}; all scores {@code 1..bins} when absent.
   */
  private static ScoreRange range(JsonFields box, String field, int bins) {
    if (!box.has(field)) {
      return ScoreRange.of(1, bins);
    }
    JsonNode v = box.required(field);
    String expected = "a score range such as \"4-5\" or \"5\"";
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return box.wrap(() -> ScoreRange.exactly(v.intValue()));
    }
    if (!v.isTextual()) {
      throw box.error(field, v, expected);
    }
    String t = v.textValue().trim();
    int dash = t.indexOf('-');
    try {
      int lo = Integer.parseInt((dash < 0 ? t : t.substring(0, dash)).trim());
      int hi = dash < 0 ? lo : Integer.parseInt(t.substring(dash + 1).trim());
      return lo == hi ? ScoreRange.exactly(lo) : ScoreRange.of(lo, hi);
    } catch (NumberFormatException e) {
      throw box.error(field, v, expected);
    } catch (IllegalArgumentException e) {
      throw CrmJsonException.invalid(box.pathOf(field), e);
    }
  }
}
