package io.crmkit.identity.match;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The records of one run in columnar form (struct of arrays), the layout the blocking and the pair
 * comparison read: one array per field, indexed by the record's position. Absent values are {@code
 * null} (strings) or 0 (the {@code yyyymmdd} birth date) inside this package only.
 *
 * @since 0.1
 */
public final class RecordTable {

  final String[] ids;
  final String[] given;
  final String[] family;
  final String[] email;
  final boolean[] verified;
  final String[] phone;
  final int[] birth;
  final String[][] addressTokens;
  private final List<IdentityRecord> records;

  private RecordTable(List<IdentityRecord> records) {
    this.records = List.copyOf(records);
    int n = records.size();
    ids = new String[n];
    given = new String[n];
    family = new String[n];
    email = new String[n];
    verified = new boolean[n];
    phone = new String[n];
    birth = new int[n];
    addressTokens = new String[n][];
    Set<String> seen = new HashSet<>(n * 2);
    for (int i = 0; i < n; i++) {
      IdentityRecord r = this.records.get(i);
      if (!seen.add(r.id())) {
        throw new IllegalArgumentException(
            "records must have distinct ids but '" + r.id() + "' appears twice");
      }
      ids[i] = r.id();
      given[i] = r.givenName().isEmpty() ? null : r.givenName();
      family[i] = r.familyName().isEmpty() ? null : r.familyName();
      email[i] = r.email().orElse(null);
      verified[i] = r.emailVerified();
      phone[i] = r.phone().orElse(null);
      birth[i] = r.birthDate().map(Comparators::dateKey).orElse(0);
      addressTokens[i] = r.address().isEmpty() ? null : r.address().split(" ");
    }
  }

  /**
   * The table of {@code records}.
   *
   * @throws IllegalArgumentException if two records share an id
   */
  public static RecordTable of(List<IdentityRecord> records) {
    return new RecordTable(Objects.requireNonNull(records, "records must not be null"));
  }

  /** The number of records. */
  public int size() {
    return ids.length;
  }

  /** The record at {@code index}. */
  public IdentityRecord record(int index) {
    return records.get(index);
  }

  /** The records in table order. */
  public List<IdentityRecord> records() {
    return records;
  }

  /** The id of the record at {@code index}. */
  public String id(int index) {
    return ids[index];
  }

  @Override
  public String toString() {
    return "RecordTable[" + size() + " records]";
  }
}
