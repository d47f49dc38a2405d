package io.crmkit.identity.match;

import java.util.HashMap;
import java.util.Map;

/**
 * Term-frequency adjustment of exact name agreements, as Splink does it: agreeing on a common name
 * ("smith") is weaker evidence than agreeing on a rare one. The u probability of an exact agreement
 * on value {@code v} is the share {@code tf(v)} of the records with a value in that column that
 * hold {@code v} (a non-matching record drawn at random holds {@code v} with that probability),
 * instead of the average {@code u} over all values; the adjustment added to the exact level's
 * weight is {@code log2(u / tf(v))} bits — negative for common names, positive for rare ones. Only
 * direct exact agreements are adjusted (not names compared crosswise). Counts per record, computed
 * once per run.
 */
final class TermFrequencies {

  private final RecordTable t;
  private final int[] givenCount;
  private final int[] familyCount;
  private final int givenTotal;
  private final int familyTotal;

  private TermFrequencies(RecordTable t) {
    this.t = t;
    int n = t.size();
    givenCount = new int[n];
    familyCount = new int[n];
    givenTotal = count(t.given, givenCount);
    familyTotal = count(t.family, familyCount);
  }

  static TermFrequencies of(RecordTable table) {
    return new TermFrequencies(table);
  }

  private static int count(String[] column, int[] out) {
    Map<String, Integer> counts = new HashMap<>(column.length);
    int total = 0;
    for (String v : column) {
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
        total++;
      }
    }
    for (int i = 0; i < column.length; i++) {
      out[i] = column[i] == null ? 0 : counts.get(column[i]);
    }
    return total;
  }

  /**
   * The share of records holding record {@code i}'s value of {@code field} (a name field), 0 when
   * absent.
   */
  double frequency(Field field, int i) {
    return switch (field) {
      case GIVEN_NAME -> givenTotal == 0 ? 0 : (double) givenCount[i] / givenTotal;
      case FAMILY_NAME -> familyTotal == 0 ? 0 : (double) familyCount[i] / familyTotal;
      default ->
          throw new IllegalArgumentException(
              "term frequencies are kept for names only, not " + field);
    };
  }

  /**
   * The adjustment in bits of {@code field} for records {@code i} and {@code j} with comparison
   * {@code pattern}: {@code log2(uExact / tf)} when the names agree exactly in the same column,
   * else 0.
   */
  double adjustment(Field field, int pattern, int i, int j, FellegiSunterModel model) {
    int exact = field.levels() - 1;
    if (field.levelIn(pattern) != exact) {
      return 0;
    }
    String[] column = field == Field.GIVEN_NAME ? t.given : t.family;
    if (column[i] == null || !column[i].equals(column[j])) {
      return 0; // an exact agreement found crosswise (swapped names)
    }
    double tf = frequency(field, i);
    return tf > 0 ? Math.log(model.u(field, exact) / tf) / Math.log(2) : 0;
  }

  /** The adjustment of both name fields together (bits). */
  double adjustment(int pattern, int i, int j, FellegiSunterModel model) {
    return adjustment(Field.GIVEN_NAME, pattern, i, j, model)
        + adjustment(Field.FAMILY_NAME, pattern, i, j, model);
  }
}
