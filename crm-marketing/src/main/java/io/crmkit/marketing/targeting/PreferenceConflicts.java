package io.crmkit.marketing.targeting;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which stated preferences contradict which offer traits: {@code with("spicy", "sweet", "mild")}
 * means an offer with trait {@code "spicy"} must not go to a customer who prefers {@code "sweet"}
 * or {@code "mild"} (tags {@code "prefers:sweet"}, ...). A customer who prefers {@code "no-spicy"}
 * always contradicts the trait {@code "spicy"}. Immutable.
 *
 * @since 0.1
 */
public record PreferenceConflicts(Map<String, Set<String>> contradictions) {

  /** The prefix of a preference that refuses a trait outright: {@code "prefers:no-spicy"}. */
  public static final String REFUSAL_PREFIX = "no-";

  /** Checks the map, its traits and their preference sets are not null; it is copied. */
  public PreferenceConflicts {
    Objects.requireNonNull(contradictions, "contradictions must not be null");
    TreeMap<String, Set<String>> copy = new TreeMap<>();
    contradictions.forEach(
        (trait, prefs) -> {
          Objects.requireNonNull(trait, "trait must not be null");
          Objects.requireNonNull(prefs, "preferences contradicting " + trait + " must not be null");
          copy.put(trait, java.util.Collections.unmodifiableSet(new TreeSet<>(prefs)));
        });
    contradictions = java.util.Collections.unmodifiableMap(copy);
  }

  /** No contradictions beyond the {@code "no-"} refusals. */
  public static PreferenceConflicts none() {
    return new PreferenceConflicts(Map.of());
  }

  /** These conflicts plus: trait {@code trait} contradicts each of {@code preferences}. */
  public PreferenceConflicts with(String trait, String... preferences) {
    TreeMap<String, Set<String>> copy = new TreeMap<>(contradictions);
    TreeSet<String> prefs = new TreeSet<>(copy.getOrDefault(trait, Set.of()));
    prefs.addAll(Arrays.asList(preferences));
    copy.put(trait, prefs);
    return new PreferenceConflicts(copy);
  }

  /**
   * The first (trait, preference) contradiction, as text, between the offer's traits and the
   * customer's preferences.
   */
  public Optional<String> conflict(Set<String> traits, Set<String> preferences) {
    for (String trait : new TreeSet<>(traits)) {
      if (preferences.contains(REFUSAL_PREFIX + trait)) {
        return Optional.of(
            "prefers '" + REFUSAL_PREFIX + trait + "', which refuses '" + trait + "'");
      }
      for (String p : contradictions.getOrDefault(trait, Set.of())) {
        if (preferences.contains(p)) {
          return Optional.of("prefers '" + p + "', which contradicts '" + trait + "'");
        }
      }
    }
    return Optional.empty();
  }
}
