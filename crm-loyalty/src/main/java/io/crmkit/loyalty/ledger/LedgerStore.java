package io.crmkit.loyalty.ledger;

import io.crmkit.core.money.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columnar storage of one {@link Ledger}: its entries, their allocations and its lots in a few
 * primitive arrays (no object per entry or lot), and the {@link LedgerEntry} and {@link Lot} values
 * built from them on demand. It stores; the ledger decides what to store.
 *
 * <p>Entries and lots share one {@code long[]} (one allocation, one header to read when a purchase
 * appends both): entries from the front, lots from the back, the array doubled when they meet.
 * Entry {@code i} is {@value #E} longs at {@code E * i}: its instant (epoch nanoseconds), its
 * signed points and a meta word packing the entry type (bits 0-2), the lot it created + 1 (bits
 * 3-31) and the start of its allocations (bits 32-63). Lot {@code j} is {@value #L} longs at {@code
 * d.length - L * (j + 1)}: the sequence of the entry that created it (whose points and instant are
 * the lot's), when its points become available (epoch nanoseconds; kept so that scans over open
 * lots read one row per lot), when they expire ({@link Nanos#NEVER}: never), the points remaining
 * and the points gone by reversal or expiry. Entry texts (reason, idempotency key, reference and,
 * for the entry creating a purchase's lot, the purchase amount) are {@value #S} slots of one {@code
 * Object[]} per entry. Allocations are (lot, points) pairs; entry {@code i}'s are {@code
 * [allocStart(i), allocEnd(i))}.
 *
 * <p>{@link Ledger} extends it (rather than holding one), so that its hot paths read the arrays
 * from the ledger object itself: one memory access less per array on every operation.
 */
abstract class LedgerStore {

  private static final EntryType[] TYPES = EntryType.values();
  private static final int E = 3;
  private static final int S = 4;
  private static final int L = 5;
  private static final int L_ENTRY = 0;
  private static final int L_AVAILABLE = 1;
  private static final int L_EXPIRES = 2;
  private static final int L_REMAINING = 3;
  private static final int L_REVERSED = 4;

  /** The most lots a ledger holds (the meta word's lot field). */
  static final int MAX_LOTS = (1 << 28) - 1;

  private long[] d = new long[(E + L) * 8];
  private Object[] str = new Object[S * 8];
  private long[] debtChanges; // null while every entry's debt change is zero
  private long[] alloc; // null until the first allocation
  private int allocSize;
  private int n;
  private int m;

  // ---------------------------------------------------------------- entries

  /** The number of entries. */
  final int entryCount() {
    return n;
  }

  /** The instant of entry {@code i}, in epoch nanoseconds. */
  long at(int i) {
    return d[E * i];
  }

  /** The signed points of entry {@code i}. */
  long points(int i) {
    return d[E * i + 1];
  }

  /** The type of entry {@code i}. */
  EntryType type(int i) {
    return TYPES[typeOrdinal(i)];
  }

  /** The ordinal of entry {@code i}'s type (no array read of the enum's values). */
  int typeOrdinal(int i) {
    return (int) (d[E * i + 2] & 7);
  }

  /** The lot entry {@code i} created, or -1. */
  int createdLot(int i) {
    return (int) ((d[E * i + 2] & 0xFFFF_FFFFL) >>> 3) - 1;
  }

  String reason(int i) {
    return (String) str[S * i];
  }

  String key(int i) {
    return (String) str[S * i + 1];
  }

  /** The purchase entry {@code i} refers to, or null. */
  String reference(int i) {
    return (String) str[S * i + 2];
  }

  /** The purchase amount of the entry creating a purchase's lot, or null. */
  Money purchaseAmount(int i) {
    return (Money) str[S * i + 3];
  }

  long debtChange(int i) {
    return debtChanges == null ? 0 : debtChanges[i];
  }

  /** Whether any entry changed the debt (else every {@link #debtChange} is zero). */
  boolean hasDebtChanges() {
    return debtChanges != null;
  }

  /** The first of entry {@code i}'s allocations. */
  int allocStart(int i) {
    return (int) (d[E * i + 2] >>> 32);
  }

  /** The end (exclusive) of entry {@code i}'s allocations. */
  int allocEnd(int i) {
    return i + 1 < n ? allocStart(i + 1) : allocSize;
  }

  /** The number of allocations: those added next belong to the next entry. */
  int allocCount() {
    return allocSize;
  }

  /** The lot allocation {@code a} takes points from. */
  int allocLot(int a) {
    return (int) alloc[2 * a];
  }

  /** The points allocation {@code a} takes. */
  long allocPoints(int a) {
    return alloc[2 * a + 1];
  }

  /** Adds an allocation of {@code points} from lot {@code lot} to the next entry. */
  void addAllocation(int lot, long points) {
    if (alloc == null) {
      alloc = new long[2 * 4];
    } else if (2 * allocSize == alloc.length) {
      alloc = Arrays.copyOf(alloc, 2 * alloc.length);
    }
    alloc[2 * allocSize] = lot;
    alloc[2 * allocSize + 1] = points;
    allocSize++;
  }

  /**
   * Appends an entry whose allocations are those added since {@code allocStart}; {@code reference}
   * and {@code purchaseAmount} may be null (none), {@code createdLot} -1 (none).
   */
  void append(
      EntryType type,
      String key,
      long t,
      long points,
      String reason,
      String reference,
      Money purchaseAmount,
      int createdLot,
      int allocStart,
      long debtChange) {
    if (E * (n + 1) + L * m > d.length) {
      grow();
    }
    if (S * n == str.length) {
      str = Arrays.copyOf(str, 2 * str.length);
      if (debtChanges != null) {
        debtChanges = Arrays.copyOf(debtChanges, str.length / S);
      }
    }
    int b = E * n;
    d[b] = t;
    d[b + 1] = points;
    d[b + 2] = (long) allocStart << 32 | (long) (createdLot + 1) << 3 | type.ordinal();
    int s = S * n;
    str[s] = reason;
    str[s + 1] = key;
    str[s + 2] = reference;
    str[s + 3] = purchaseAmount;
    if (debtChange != 0) {
      if (debtChanges == null) {
        debtChanges = new long[str.length / S];
      }
      debtChanges[n] = debtChange;
    }
    n++;
  }

  // ---------------------------------------------------------------- lots

  /** The number of lots. */
  int lotCount() {
    return m;
  }

  /**
   * Adds lot {@link #lotCount()} of {@code points}, created by the next entry (appended at once
   * after it: room for both is made here), and returns its id.
   */
  int addLot(long availableAt, long expiresAt, long points) {
    if (m == MAX_LOTS) {
      throw new IllegalStateException("a ledger holds at most " + MAX_LOTS + " lots");
    }
    if (E * (n + 1) + L * (m + 1) > d.length) {
      grow();
    }
    int b = lb(m);
    d[b + L_ENTRY] = n;
    d[b + L_AVAILABLE] = availableAt;
    d[b + L_EXPIRES] = expiresAt;
    d[b + L_REMAINING] = points;
    d[b + L_REVERSED] = 0;
    return m++;
  }

  /** The sequence of the entry that created lot {@code j}. */
  int lotEntry(int j) {
    return (int) d[lb(j) + L_ENTRY];
  }

  /** The points lot {@code j} was created with. */
  long lotPoints(int j) {
    return points(lotEntry(j));
  }

  /** When lot {@code j}'s points become available, in epoch nanoseconds. */
  long availableAt(int j) {
    return d[lb(j) + L_AVAILABLE];
  }

  /** When lot {@code j}'s points expire, in epoch nanoseconds ({@link Nanos#NEVER}: never). */
  long expiresAt(int j) {
    return d[lb(j) + L_EXPIRES];
  }

  long remaining(int j) {
    return d[lb(j) + L_REMAINING];
  }

  void setRemaining(int j, long points) {
    d[lb(j) + L_REMAINING] = points;
  }

  /** The points of lot {@code j} gone by reversal (its target) or by expiry. */
  long reversed(int j) {
    return d[lb(j) + L_REVERSED];
  }

  void setReversed(int j, long points) {
    d[lb(j) + L_REVERSED] = points;
  }

  /** The start of lot {@code j}'s fields in {@code d}. */
  private int lb(int j) {
    return d.length - L * (j + 1);
  }

  /** Doubles {@code d}: the entries stay at the front, the lots move to the new back. */
  private void grow() {
    long[] bigger = new long[2 * d.length];
    System.arraycopy(d, 0, bigger, 0, E * n);
    System.arraycopy(d, d.length - L * m, bigger, bigger.length - L * m, L * m);
    d = bigger;
  }

  /**
   * Reads the rows the next append writes (see {@link Ledger}'s prefetch) and returns a value to
   * discard.
   */
  long prefetchRows() {
    long x = (long) n + m;
    int e = E * n;
    if (e < d.length) {
      x += d[e];
    }
    int l = d.length - L * (m + 1);
    if (l >= 0) {
      x += d[l];
    }
    return S * n < str.length && str[S * n] != null ? x + 1 : x;
  }

  // ---------------------------------------------------------------- values built on demand

  /** Entries {@code [from, to)} as an unmodifiable list. */
  List<LedgerEntry> entries(int from, int to) {
    if (from == to) {
      return List.of();
    }
    if (to - from == 1) {
      return List.of(entryAt(from));
    }
    LedgerEntry[] out = new LedgerEntry[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = entryAt(i);
    }
    return List.of(out);
  }

  /** Entry {@code i} as a value. */
  LedgerEntry entryAt(int i) {
    int from = allocStart(i);
    int to = allocEnd(i);
    List<Allocation> allocations;
    if (from == to) {
      allocations = List.of();
    } else {
      Allocation[] as = new Allocation[to - from];
      for (int a = from; a < to; a++) {
        as[a - from] = Allocation.of(allocLot(a), allocPoints(a));
      }
      allocations = List.of(as);
    }
    return new LedgerEntry(
        i,
        type(i),
        Nanos.instant(at(i)),
        points(i),
        reason(i),
        key(i),
        reference(i),
        createdLot(i),
        allocations,
        debtChange(i));
  }

  /** Lot {@code j} as a value, with {@code remaining} points. */
  Lot lot(int j, long remaining) {
    int seq = lotEntry(j);
    long expires = expiresAt(j);
    return new Lot(
        j,
        seq,
        Nanos.instant(at(seq)),
        Nanos.instant(availableAt(j)),
        expires == Nanos.NEVER ? null : Nanos.instant(expires),
        points(seq),
        remaining,
        reference(seq));
  }

  /** Every lot as a value, with its current remaining points. */
  List<Lot> lotValues() {
    List<Lot> out = new ArrayList<>(m);
    for (int j = 0; j < m; j++) {
      out.add(lot(j, remaining(j)));
    }
    return out;
  }
}
