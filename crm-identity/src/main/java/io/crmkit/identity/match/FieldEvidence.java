package io.crmkit.identity.match;

import java.util.Locale;
import java.util.Objects;

/**
 * One field's part in a pair's score: its comparison level and the match weight in bits it added.
 *
 * @since 0.1
 */
public record FieldEvidence(Field field, int level, String levelName, double weight) {

  /** Checks the field and level name are not null. */
  public FieldEvidence {
    Objects.requireNonNull(field, "field must not be null");
    Objects.requireNonNull(levelName, "levelName must not be null");
  }

  /** Whether the field agreed at all (any level above "different"). */
  public boolean agreed() {
    return level >= 2;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s %+.2f", field, levelName, weight);
  }
}
