package io.crmkit.identity.match;

import java.time.LocalDate;
import java.util.Objects;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Field comparators, each symmetric in its two arguments: exact equality, Jaro-Winkler similarity
 * and bounded Levenshtein distance (Apache Commons Text), Jaccard similarity of sorted token sets,
 * and dates that tolerate a day/month swap or one mistyped digit. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Comparators {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance WITHIN_1 = new LevenshteinDistance(1);
  private static final LevenshteinDistance WITHIN_2 = new LevenshteinDistance(2);

  private Comparators() {}

  /** Whether the two values are equal. */
  public static boolean exact(String a, String b) {
    return a.equals(b);
  }

  /**
   * Jaro-Winkler similarity in [0, 1] (1 for equal strings). The arguments are put in a fixed order
   * first so that the result does not depend on which comes first.
   */
  public static double jaroWinkler(String a, String b) {
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
    if (a.equals(b)) {
      return 1.0;
    }
    return a.compareTo(b) <= 0 ? JARO_WINKLER.apply(a, b) : JARO_WINKLER.apply(b, a);
  }

  /** The Levenshtein distance when it is at most {@code limit} (1 or 2), else -1. */
  public static int levenshteinWithin(String a, String b, int limit) {
    if (limit != 1 && limit != 2) {
      throw new IllegalArgumentException("limit must be 1 or 2 but was: " + limit);
    }
    return (limit == 1 ? WITHIN_1 : WITHIN_2).apply(a, b);
  }

  /**
   * The Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted, duplicate-free token arrays, in [0, 1];
   * 0 when both are empty.
   */
  public static double tokenJaccard(String[] a, String[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int c = a[i].compareTo(b[j]);
      if (c == 0) {
        common++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0.0 : (double) common / union;
  }

  /** The date as the number {@code yyyymmdd}. */
  public static int dateKey(LocalDate date) {
    return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  /**
   * The birth-date level of two {@code yyyymmdd} numbers: 3 equal, 2 day and month swapped or
   * exactly one decimal digit different, 1 otherwise.
   */
  public static int dateLevel(int a, int b) {
    if (a == b) {
      return 3;
    }
    int ya = a / 10_000;
    int ma = a / 100 % 100;
    int da = a % 100;
    int yb = b / 10_000;
    int mb = b / 100 % 100;
    int db = b % 100;
    if (ya == yb && ma == db && da == mb) {
      return 2;
    }
    int differing = 0;
    for (int x = a, y = b, k = 0; k < 8; k++, x /= 10, y /= 10) {
      if (x % 10 != y % 10) {
        differing++;
      }
    }
    return differing == 1 ? 2 : 1;
  }
}
