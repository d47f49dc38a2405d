package io.crmkit.segmentation.rfm;

import com.fasterxml.jackson.core.JsonGenerator;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;
import io.crmkit.core.json.JsonFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Named RFM segments as data: a list of {@link SegmentDefinition}s over a score cube of given bins
 * per dimension, checked when built so that every cell falls in exactly one segment (otherwise an
 * {@link InvalidSegmentTableException} lists the uncovered and doubly covered cells). Tables are
 * read from and written to JSON ({@link #fromJson}, {@link #toJson}):
 *
 * <pre>{@code
 * {"bins": {"recency": 5, "frequency": 5, "monetary": 5},
 *  "segments": [
 *    {"name": "Champions", "action": "Reward them; early access to new products",
 *     "cells": [{"recency": "5", "frequency": "4-5", "monetary": "1-5"}]},
 *    ...]}
 * }</pre>
 *
 * <p>{@link #standard()} is the table practitioners use with five bins: eleven segments on the
 * recency × frequency grid (the monetary score is kept for reporting), from Champions to Lost. A
 * cell is looked up in constant time. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SegmentTable {

  private static final String STANDARD_RESOURCE = "default-segments.json";

  private final int recencyBins;
  private final int frequencyBins;
  private final int monetaryBins;
  private final List<SegmentDefinition> segments;

  /** Segment index per cell ((r − 1) · fBins + (f − 1)) · mBins + (m − 1). */
  private final byte[] lookup;

  private SegmentTable(
      int recencyBins,
      int frequencyBins,
      int monetaryBins,
      List<SegmentDefinition> segments,
      byte[] lookup) {
    this.recencyBins = recencyBins;
    this.frequencyBins = frequencyBins;
    this.monetaryBins = monetaryBins;
    this.segments = segments;
    this.lookup = lookup;
  }

  /**
   * A table over {@code recencyBins × frequencyBins × monetaryBins} cells.
   *
   * @throws InvalidSegmentTableException if a cell is in no segment or in more than one
   * @throws IllegalArgumentException if bins are out of range, names repeat, or a box reaches
   *     beyond the bins
   */
  public static SegmentTable of(
      int recencyBins, int frequencyBins, int monetaryBins, List<SegmentDefinition> segments) {
    checkBins("recency", recencyBins);
    checkBins("frequency", frequencyBins);
    checkBins("monetary", monetaryBins);
    Objects.requireNonNull(segments, "segments must not be null");
    List<SegmentDefinition> copy = List.copyOf(segments);
    if (copy.isEmpty() || copy.size() > Byte.MAX_VALUE) {
      throw new IllegalArgumentException(
          "segments must number between 1 and " + Byte.MAX_VALUE + " but were: " + copy.size());
    }
    Set<String> names = new HashSet<>();
    for (SegmentDefinition s : copy) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException(
            "segment names must be unique but '" + s.name() + "' repeats");
      }
      for (ScoreBox b : s.boxes()) {
        if (b.recency().max() > recencyBins
            || b.frequency().max() > frequencyBins
            || b.monetary().max() > monetaryBins) {
          throw new IllegalArgumentException(
              "box "
                  + b
                  + " of segment "
                  + s.name()
                  + " must lie within the bins R"
                  + recencyBins
                  + " F"
                  + frequencyBins
                  + " M"
                  + monetaryBins);
        }
      }
    }
    byte[] lookup = new byte[recencyBins * frequencyBins * monetaryBins];
    List<String> uncovered = new ArrayList<>();
    List<String> doubly = new ArrayList<>();
    for (int r = 1; r <= recencyBins; r++) {
      for (int f = 1; f <= frequencyBins; f++) {
        for (int m = 1; m <= monetaryBins; m++) {
          List<String> in = new ArrayList<>();
          int found = -1;
          for (int s = 0; s < copy.size(); s++) {
            if (copy.get(s).contains(r, f, m)) {
              in.add(copy.get(s).name());
              found = s;
            }
          }
          String cell = "" + r + f + m;
          if (in.isEmpty()) {
            uncovered.add(cell);
          } else if (in.size() > 1) {
            doubly.add(cell + " in " + String.join(", ", in));
          } else {
            lookup[((r - 1) * frequencyBins + (f - 1)) * monetaryBins + (m - 1)] = (byte) found;
          }
        }
      }
    }
    if (!uncovered.isEmpty() || !doubly.isEmpty()) {
      throw new InvalidSegmentTableException(uncovered, doubly);
    }
    return new SegmentTable(recencyBins, frequencyBins, monetaryBins, copy, lookup);
  }

  private static void checkBins(String field, int bins) {
    if (bins < Binning.MIN_BINS || bins > Binning.MAX_BINS) {
      throw new IllegalArgumentException(
          field
              + " bins must be between "
              + Binning.MIN_BINS
              + " and "
              + Binning.MAX_BINS
              + " but was: "
              + bins);
    }
  }

  /**
   * The standard eleven-segment table for five bins per dimension (Champions, Loyal Customers,
   * Potential Loyalist, New Customers, Promising, Need Attention, About To Sleep, At Risk, Can't
   * Lose Them, Hibernating, Lost), read from the bundled {@code default-segments.json}.
   */
  public static SegmentTable standard() {
    return Standard.TABLE;
  }

  /** The bundled table, read once on first use. */
  private static final class Standard {
    static final SegmentTable TABLE = readStandard();
  }

  private static SegmentTable readStandard() {
    try (InputStream in = SegmentTable.class.getResourceAsStream(STANDARD_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + STANDARD_RESOURCE + " is missing");
      }
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + STANDARD_RESOURCE, e);
    }
  }

  /**
   * A table from its JSON form (see the class comment). Ranges are written {@code "4-5"}, {@code
   * "5"} or {@code 5}; a missing dimension in a cell box means all its scores.
   *
   * @throws CrmJsonException naming the JSON path of a malformed or unknown field; when the
   *     segments do not partition the cube its cause is an {@link InvalidSegmentTableException}
   */
  public static SegmentTable fromJson(String json) {
    return SegmentTableJson.read(JsonFields.root(JsonFields.parse(json, "segment table")));
  }

  /**
   * The JSON form of this table, pretty-printed; {@link #fromJson} reads it back to an equal table.
   */
  public String toJson() {
    try {
      StringWriter out = new StringWriter();
      try (JsonGenerator gen = CrmJackson.writer().createGenerator(out)) {
        gen.useDefaultPrettyPrinter();
        SegmentTableJson.write(gen, this);
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write segment table as JSON", e);
    }
  }

  /** The number of recency scores this table is defined for. */
  public int recencyBins() {
    return recencyBins;
  }

  /** The number of frequency scores this table is defined for. */
  public int frequencyBins() {
    return frequencyBins;
  }

  /** The number of monetary scores this table is defined for. */
  public int monetaryBins() {
    return monetaryBins;
  }

  /** The segments in table order. */
  public List<SegmentDefinition> segments() {
    return segments;
  }

  /** The index in {@link #segments()} of the segment holding cell (r, f, m). */
  public int segmentIndex(int r, int f, int m) {
    if (r < 1 || r > recencyBins || f < 1 || f > frequencyBins || m < 1 || m > monetaryBins) {
      throw new IllegalArgumentException(
          "cell must lie within R1-"
              + recencyBins
              + " F1-"
              + frequencyBins
              + " M1-"
              + monetaryBins
              + " but was: R"
              + r
              + " F"
              + f
              + " M"
              + m);
    }
    return lookup[((r - 1) * frequencyBins + (f - 1)) * monetaryBins + (m - 1)];
  }

  /** The segment holding cell (r, f, m). */
  public SegmentDefinition segmentOf(int r, int f, int m) {
    return segments.get(segmentIndex(r, f, m));
  }

  /** The segment called {@code name}, if any. */
  public Optional<SegmentDefinition> segment(String name) {
    Objects.requireNonNull(name, "name must not be null");
    return segments.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * Assigns every row of {@code scores} to its segment (one lookup per row).
   *
   * @throws IllegalArgumentException if the scores have other bins than this table
   */
  public RfmSegments assign(RfmScores scores) {
    Objects.requireNonNull(scores, "scores must not be null");
    if (scores.recencyBins() != recencyBins
        || scores.frequencyBins() != frequencyBins
        || scores.monetaryBins() != monetaryBins) {
      throw new IllegalArgumentException(
          "scores must have the bins of the table R"
              + recencyBins
              + " F"
              + frequencyBins
              + " M"
              + monetaryBins
              + " but had R"
              + scores.recencyBins()
              + " F"
              + scores.frequencyBins()
              + " M"
              + scores.monetaryBins());
    }
    byte[] r = scores.r();
    byte[] f = scores.f();
    byte[] m = scores.m();
    int n = r.length;
    byte[] codes = new byte[n];
    int fm = frequencyBins * monetaryBins;
    int mb = monetaryBins;
    // cell index with 1-based scores: r·fm + f·mb + m − (fm + mb + 1)
    int base = fm + mb + 1;
    byte[] table = lookup;
    for (int i = 0; i < n; i++) {
      codes[i] = table[r[i] * fm + f[i] * mb + m[i] - base];
    }
    return new RfmSegments(this, scores, codes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SegmentTable t
        && t.recencyBins == recencyBins
        && t.frequencyBins == frequencyBins
        && t.monetaryBins == monetaryBins
        && t.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recencyBins, frequencyBins, monetaryBins, segments);
  }

  /** One line per segment with its boxes. */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "SegmentTable[R%d F%d M%d, %d segments]%n",
                recencyBins,
                frequencyBins,
                monetaryBins,
                segments.size()));
    for (SegmentDefinition s : segments) {
      sb.append(String.format(Locale.ROOT, "  %-20s %s%n", s.name(), s.boxes()));
    }
    return sb.toString();
  }
}
