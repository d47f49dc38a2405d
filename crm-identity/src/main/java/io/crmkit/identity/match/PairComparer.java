package io.crmkit.identity.match;

/**
 * Compares two records of a {@link RecordTable} field by field into a packed comparison pattern
 * (the level of every {@link Field}, {@link Field#BITS} bits each). The comparison is symmetric:
 * {@code compare(i, j) == compare(j, i)}. Given and family names are also compared crosswise, and
 * the crosswise result is used when it agrees better (a swapped first/last name).
 *
 * @since 0.1
 */
public final class PairComparer {

  private final RecordTable t;

  /** A comparer of the records of {@code table}. */
  public PairComparer(RecordTable table) {
    this.t = table;
  }

  /** The packed comparison pattern of records {@code i} and {@code j}. */
  public int compare(int i, int j) {
    int p = 0;
    double gg = similarity(t.given[i], t.given[j]);
    double ff = similarity(t.family[i], t.family[j]);
    double gf = similarity(t.given[i], t.family[j]);
    double fg = similarity(t.family[i], t.given[j]);
    boolean swap = namesSwapped(gg, ff, gf, fg);
    if (swap) {
      // which cross pair is "given" is a matter of viewpoint: the weaker one counts as given, so
      // that
      // compare(i, j) == compare(j, i)
      p = Field.GIVEN_NAME.with(p, nameLevel(Math.min(gf, fg)));
      p = Field.FAMILY_NAME.with(p, nameLevel(Math.max(gf, fg)));
    } else {
      p = Field.GIVEN_NAME.with(p, nameLevel(gg));
      p = Field.FAMILY_NAME.with(p, nameLevel(ff));
    }
    p = Field.EMAIL.with(p, editLevel(t.email[i], t.email[j], 2));
    p = Field.PHONE.with(p, editLevel(t.phone[i], t.phone[j], 1));
    p =
        Field.BIRTH_DATE.with(
            p,
            t.birth[i] == 0 || t.birth[j] == 0 ? 0 : Comparators.dateLevel(t.birth[i], t.birth[j]));
    p = Field.ADDRESS.with(p, addressLevel(t.addressTokens[i], t.addressTokens[j]));
    return p;
  }

  /** Whether the comparison of {@code i} and {@code j} paired given with family name (a swap). */
  public boolean swapped(int i, int j) {
    return namesSwapped(
        similarity(t.given[i], t.given[j]),
        similarity(t.family[i], t.family[j]),
        similarity(t.given[i], t.family[j]),
        similarity(t.family[i], t.given[j]));
  }

  private static boolean namesSwapped(double gg, double ff, double gf, double fg) {
    // symmetric: swapping i and j exchanges gf and fg, and the sums do not change
    return gf >= 0 && fg >= 0 && gf + fg > Math.max(gg, 0) + Math.max(ff, 0) + 1e-12;
  }

  /** Jaro-Winkler similarity, or -1 when a side is absent. */
  private static double similarity(String a, String b) {
    return a == null || b == null ? -1 : Comparators.jaroWinkler(a, b);
  }

  private static int nameLevel(double s) {
    if (s < 0) {
      return 0;
    }
    if (s >= 1.0) {
      return 4;
    }
    return s >= 0.92 ? 3 : s >= 0.80 ? 2 : 1;
  }

  private static int editLevel(String a, String b, int limit) {
    if (a == null || b == null) {
      return 0;
    }
    if (a.equals(b)) {
      return 3;
    }
    return Comparators.levenshteinWithin(a, b, limit) >= 0 ? 2 : 1;
  }

  private static int addressLevel(String[] a, String[] b) {
    if (a == null || b == null) {
      return 0;
    }
    double j = Comparators.tokenJaccard(a, b);
    return j >= 0.8 ? 3 : j >= 0.5 ? 2 : 1;
  }
}
