package io.crmkit.marketing.offer;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the offer rules need to know about items: their traits (checked against customers' stated
 * preferences, e.g. {@code "spicy"}) and which are durables (bought once: never offered again to an
 * owner). Items not listed have no traits and are consumables. Immutable.
 *
 * @param traits per item id, its traits
 * @param durables the item ids of durables
 * @since 0.1
 */
public record OfferCatalog(Map<String, Set<String>> traits, Set<String> durables) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public OfferCatalog {
    Objects.requireNonNull(traits, "traits must not be null");
    TreeMap<String, Set<String>> copy = new TreeMap<>();
    traits.forEach(
        (item, t) ->
            copy.put(
                Objects.requireNonNull(item, "item must not be null"),
                java.util.Collections.unmodifiableSet(
                    new TreeSet<>(
                        Objects.requireNonNull(t, "traits of " + item + " must not be null")))));
    traits = java.util.Collections.unmodifiableMap(copy);
    durables =
        java.util.Collections.unmodifiableSet(
            new TreeSet<>(Objects.requireNonNull(durables, "durables must not be null")));
  }

  /** No traits, no durables. */
  public static OfferCatalog empty() {
    return new OfferCatalog(Map.of(), Set.of());
  }

  /** This catalog with {@code item} having {@code values} as traits (added to those it had). */
  public OfferCatalog withTraits(String item, String... values) {
    TreeMap<String, Set<String>> copy = new TreeMap<>(traits);
    TreeSet<String> t = new TreeSet<>(copy.getOrDefault(item, Set.of()));
    t.addAll(Arrays.asList(values));
    copy.put(item, t);
    return new OfferCatalog(copy, durables);
  }

  /** This catalog with {@code items} as durables. */
  public OfferCatalog withDurables(String... items) {
    TreeSet<String> d = new TreeSet<>(durables);
    d.addAll(Arrays.asList(items));
    return new OfferCatalog(traits, d);
  }

  /** The traits of {@code item} (none if not listed). */
  public Set<String> traitsOf(String item) {
    return traits.getOrDefault(item, Set.of());
  }

  /** Whether {@code item} is a durable. */
  public boolean isDurable(String item) {
    return durables.contains(item);
  }
}
