package io.crmkit.loyalty.ledger;

/**
 * The keys of one {@link Ledger}: an open-addressing map (linear probing, no removal, load factor
 * 3/4) of two kinds of key to a {@code long} value. {@link #POSTING}: an operation's idempotency
 * key to its entries ({@code first entry << 32 | end entry}) and its request fingerprint (see
 * {@link RequestFingerprint}); {@link #PURCHASE}: a purchase reference to the lot it earned (or the
 * ledger's marker for none).
 *
 * <p>Slot {@code i} is {@value #W} longs: the tag (the key's hash {@code << 32}, the {@link
 * #KEY_IN_ENTRY} flag, the kind {@code << 1}, and 1; 0 marks an empty slot), the value and the
 * request fingerprint. The key itself is in {@code keys[i]} or, flagged {@code KEY_IN_ENTRY}, is
 * the key of the operation's own last entry in the {@link LedgerStore} (most operations write no
 * key at all). A probe reads the key's characters only when hash and kind agree.
 */
final class KeyIndex {

  /** The kind of an operation's idempotency key. */
  static final int POSTING = 0;

  /** The kind of a purchase reference. */
  static final int PURCHASE = 1;

  private static final int W = 3;
  private static final long KEY_IN_ENTRY = 4;

  private final LedgerStore store;
  private String[] keys; // created at the first key no entry holds
  private int mask = 15; // capacity - 1 (a power of two)
  private long[] slots = new long[W * 16];
  private int count;

  KeyIndex(LedgerStore store) {
    this.store = store;
  }

  /** The number of keys of both kinds. */
  int size() {
    return count;
  }

  /** The slot of {@code key} of {@code kind}, or -1. */
  int find(int kind, String key) {
    long tag = tag(kind, key.hashCode());
    int mask = this.mask;
    for (int i = slot(tag, mask); ; i = (i + 1) & mask) {
      long sl = slots[W * i];
      if (sl == 0) {
        return -1;
      }
      if ((sl & ~KEY_IN_ENTRY) == tag && key.equals(keyAt(i, sl))) {
        return i;
      }
    }
  }

  /** The value in slot {@code slot}. */
  long value(int slot) {
    return slots[W * slot + 1];
  }

  /** The request fingerprint in slot {@code slot}. */
  long request(int slot) {
    return slots[W * slot + 2];
  }

  /** The value of {@code key} of {@code kind}, or {@code missing}. */
  long get(int kind, String key, long missing) {
    int i = find(kind, key);
    return i < 0 ? missing : slots[W * i + 1];
  }

  /**
   * Maps {@code key} of {@code kind}, not yet in the map, to {@code value} and {@code request}. An
   * operation's key that its own last entry holds is not stored again.
   */
  void put(int kind, String key, long value, long request) {
    if (4 * (count + 1) > 3 * (mask + 1)) {
      grow();
    }
    long tag = tag(kind, key.hashCode());
    int mask = this.mask;
    int i = slot(tag, mask);
    while (slots[W * i] != 0) {
      i = (i + 1) & mask;
    }
    int end = (int) value;
    if (kind == POSTING && end > (int) (value >>> 32) && key.equals(store.key(end - 1))) {
      tag |= KEY_IN_ENTRY;
    } else {
      if (keys == null) {
        keys = new String[mask + 1];
      }
      keys[i] = key;
    }
    slots[W * i] = tag;
    slots[W * i + 1] = value;
    slots[W * i + 2] = request;
    count++;
  }

  /**
   * Reads the first slot a lookup of {@code key} of {@code kind} probes; returns a value to
   * discard.
   */
  long prefetch(int kind, String key) {
    return slots[W * slot(tag(kind, key.hashCode()), mask)];
  }

  /** The key in slot {@code i} whose tag is {@code sl}. */
  private String keyAt(int i, long sl) {
    if ((sl & KEY_IN_ENTRY) != 0) {
      return store.key((int) slots[W * i + 1] - 1);
    }
    return keys[i];
  }

  private void grow() {
    String[] oldKeys = keys;
    long[] oldSlots = slots;
    int oldCapacity = mask + 1;
    mask = 2 * oldCapacity - 1;
    slots = new long[W * (mask + 1)];
    keys = oldKeys == null ? null : new String[mask + 1];
    for (int j = 0; j < oldCapacity; j++) {
      long tag = oldSlots[W * j];
      if (tag != 0) {
        int i = slot(tag, mask);
        while (slots[W * i] != 0) {
          i = (i + 1) & mask;
        }
        if ((tag & KEY_IN_ENTRY) == 0) {
          keys[i] = oldKeys[j];
        }
        slots[W * i] = tag;
        slots[W * i + 1] = oldSlots[W * j + 1];
        slots[W * i + 2] = oldSlots[W * j + 2];
      }
    }
  }

  private static long tag(int kind, int hash) {
    return (long) hash << 32 | kind << 1 | 1;
  }

  /**
   * The first slot to probe: from the hash only, so both kinds of the same string share their probe
   * (one cache line).
   */
  private static int slot(long tag, int mask) {
    int h = (int) (tag >>> 32) * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
