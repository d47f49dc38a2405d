package io.crmkit.segmentation.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs several segmentation schemes over one population in one call and returns, per customer, a
 * segment per scheme, with per-segment summaries. The population's shared columns are extracted
 * once. Immutable and thread-safe when its schemes are.
 *
 * <pre>{@code
 * EngineResult r = SegmentationEngine.of(Scheme.rfm(), Scheme.abc()).run(Population.of(summaries));
 * r.segmentsOf(CustomerId.of("42"));   // Optional[{rfm=Champions, abc=A}]
 * }</pre>
 *
 * @since 0.1
 */
public final class SegmentationEngine {

  private final List<Scheme> schemes;

  private SegmentationEngine(List<Scheme> schemes) {
    this.schemes = schemes;
  }

  /** An engine running {@code schemes} in order; names must be unique. */
  public static SegmentationEngine of(Scheme... schemes) {
    return of(List.of(schemes));
  }

  /** An engine applying {@code schemes} (at least one, names unique) in the order given. */
  public static SegmentationEngine of(List<Scheme> schemes) {
    Objects.requireNonNull(schemes, "schemes must not be null");
    List<Scheme> copy = List.copyOf(schemes);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("an engine needs at least one scheme");
    }
    Set<String> names = new HashSet<>();
    for (Scheme s : copy) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException(
            "scheme names must be unique but '" + s.name() + "' repeats");
      }
    }
    return new SegmentationEngine(copy);
  }

  /** The schemes, in the order they are applied. */
  public List<Scheme> schemes() {
    return schemes;
  }

  /** Runs every scheme over {@code population}. */
  public EngineResult run(Population population) {
    Objects.requireNonNull(population, "population must not be null");
    List<SchemeResult> out = new ArrayList<>(schemes.size());
    for (Scheme s : schemes) {
      out.add(s.run(population));
    }
    return new EngineResult(population, out);
  }

  @Override
  public String toString() {
    return "SegmentationEngine" + schemes.stream().map(Scheme::name).toList();
  }
}
