package io.crmkit.identity.generate;

import io.crmkit.identity.match.RawRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Generated records with their ground truth: {@code entityOf} maps every record id to the id of the
 * person it describes; records of one person are true duplicates.
 *
 * @since 0.1
 */
public record LabelledRecords(List<RawRecord> records, Map<String, String> entityOf) {

  /** Checks every record has an entity; the list and map are copied. */
  public LabelledRecords {
    records = List.copyOf(records);
    entityOf = Map.copyOf(entityOf);
    for (RawRecord r : records) {
      Objects.requireNonNull(
          entityOf.get(r.id()), "entityOf must name the entity of record " + r.id());
    }
  }

  /** The number of record pairs that describe the same person. */
  public long truePairs() {
    Map<String, Long> sizes = new java.util.HashMap<>();
    entityOf.values().forEach(e -> sizes.merge(e, 1L, Long::sum));
    return sizes.values().stream().mapToLong(s -> s * (s - 1) / 2).sum();
  }

  @Override
  public String toString() {
    return "LabelledRecords["
        + records.size()
        + " records of "
        + entityOf.values().stream().distinct().count()
        + " people, "
        + truePairs()
        + " true pairs]";
  }
}
