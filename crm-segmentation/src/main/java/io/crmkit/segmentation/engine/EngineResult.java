package io.crmkit.segmentation.engine;

import io.crmkit.core.customer.CustomerId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The results of every scheme of an engine run over one population. Immutable.
 *
 * @since 0.1
 */
public final class EngineResult {

  private final Population population;
  private final List<SchemeResult> schemes;

  EngineResult(Population population, List<SchemeResult> schemes) {
    this.population = population;
    this.schemes = List.copyOf(schemes);
  }

  /** The population the schemes were applied to. */
  public Population population() {
    return population;
  }

  /** The scheme results in engine order. */
  public List<SchemeResult> schemes() {
    return schemes;
  }

  /** The result of the scheme called {@code name}. */
  public SchemeResult scheme(String name) {
    Objects.requireNonNull(name, "name must not be null");
    return schemes.stream()
        .filter(s -> s.scheme().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "scheme must be one of "
                        + schemes.stream().map(SchemeResult::scheme).toList()
                        + " but was: '"
                        + name
                        + "'"));
  }

  /** The segment of row {@code i} in every scheme, scheme name → segment name, in engine order. */
  public Map<String, String> segmentsOf(int i) {
    Map<String, String> out = new LinkedHashMap<>();
    for (SchemeResult s : schemes) {
      out.put(s.scheme(), s.segmentOf(i));
    }
    return out;
  }

  /**
   * The segments of customer {@code id} in every scheme, empty when the customer is not in the
   * population.
   */
  public Optional<Map<String, String>> segmentsOf(CustomerId id) {
    OptionalInt i =
        population.summaries().indexOf(Objects.requireNonNull(id, "id must not be null"));
    return i.isPresent() ? Optional.of(segmentsOf(i.getAsInt())) : Optional.empty();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("EngineResult[" + population + "]" + String.format("%n"));
    schemes.forEach(sb::append);
    return sb.toString();
  }
}
