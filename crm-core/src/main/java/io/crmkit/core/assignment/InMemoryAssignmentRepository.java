package io.crmkit.core.assignment;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A thread-safe {@link AssignmentRepository} in memory; every operation holds one lock.
 *
 * <p>Built for millions of open items: each open item gets an {@code int} slot, found through an
 * open-addressing table of its id (linear probing, at most half full, deletion by backward shift),
 * and linked into its holder's list (and its home member's list when it covers for someone) by
 * {@code int} links in claim order; the last owner of each customer is kept in a second
 * open-addressing table keyed by the customer id's text, whose characters are copied into one
 * {@code char} array next to nothing else, so that a look-up reads two places (the table's entry
 * and the text), not the scattered key objects. Members are numbered through a third, small
 * open-addressing table. About 48 bytes per open item besides the {@link Assignment} itself, and 32
 * to 64 bytes plus 2 per character of the id per customer ever assigned (at most half full). A
 * released item's slot is reused.
 *
 * @since 0.1
 */
public final class InMemoryAssignmentRepository implements AssignmentRepository {

  private static final int NONE = -1;

  // ---- open items, by slot ----
  private ItemId[] ids = new ItemId[16];
  private Assignment[] held = new Assignment[16];
  private int[] holderOf = new int[16];
  private int[] homeOf = new int[16];
  private int[] next = new int[16];
  private int[] prev = new int[16];
  private int[] nextHome = new int[16];
  private int[] prevHome = new int[16];
  private int slotsUsed;
  private int freeSlot = NONE;
  private int size;

  /**
   * Open addressing over the item ids: the id's hash in the high half, slot + 1 in the low half; 0
   * when empty (one memory access per probe).
   */
  private long[] table = new long[32];

  /**
   * The id of the last {@link #find} that found nothing, and the empty position it probed to: a
   * {@link #claim} of the same id object right after it (the engine's find-then-claim) reuses that
   * position instead of probing the table again, as long as {@link #changes} has not moved since.
   */
  private ItemId missed;

  private int missedPosition;
  private long missedAt = -1;

  /** Counts the changes of {@link #table}'s layout (insertions, deletions, rehashes). */
  private long changes;

  // ---- members, by number ----
  /** Open addressing over the member ids (at most half full): the id, and its number. */
  private MemberId[] memberKeys = new MemberId[16];

  private int[] memberValues = new int[16];
  private int memberCount;
  private MemberId[] memberIds = new MemberId[8];
  private int[] head = filled(8);
  private int[] tail = filled(8);
  private int[] count = new int[8];
  private int[] homeHead = filled(8);
  private int[] homeTail = filled(8);

  // ---- last owners, by the customer id's text ----

  /**
   * Two {@code long}s per position: the key's hash in the high half and the member number + 1 in
   * the low half of the first (0: empty); the key's offset in {@link #ownerText} in the high half
   * and its length in the low half of the second.
   */
  private long[] ownerTable = new long[2 * 32];

  /** The characters of every key, one after the other. */
  private char[] ownerText = new char[256];

  private int ownerTextUsed;

  private int owners;

  /**
   * The key of the last {@link #lastOwner} and the position it probed to: recording the owner of
   * the same key object right after it (the engine's sticky look-up, then its claim) reuses that
   * position, as long as {@link #ownerChanges} has not moved since.
   */
  private String probedKey;

  private int probedPosition;
  private long probedAt = -1;

  /** Counts the changes of the owner table's layout (new keys, rehashes). */
  private long ownerChanges;

  /** An empty repository. */
  public InMemoryAssignmentRepository() {}

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, NONE);
    return a;
  }

  /** A spread of {@code h} over the low bits (the table index is its low bits). */
  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  @Override
  @SuppressWarnings("ReferenceEquality") // the same id object as the last find: a cache hit
  public synchronized ClaimResult claim(Assignment assignment, int capacity) {
    Objects.requireNonNull(assignment, "assignment must not be null");
    checkCapacity(capacity);
    ItemId id = assignment.itemId();
    int h = mix(id.hashCode());
    // right after a find of the same id that found nothing, with no change since: its position
    int pos = id == missed && missedAt == changes ? missedPosition : position(id, h);
    if (table[pos] != 0) {
      return ClaimResult.ALREADY_ASSIGNED;
    }
    int m = memberNumber(assignment.member());
    if (count[m] >= capacity) {
      return ClaimResult.MEMBER_FULL;
    }
    int s = newSlot();
    ids[s] = id;
    table[pos] = entry(h, s);
    changes++;
    missed = null;
    size++;
    hold(s, m, assignment);
    if (2 * size > table.length) {
      rehash(table.length * 2);
    }
    return ClaimResult.CLAIMED;
  }

  @Override
  public synchronized ClaimResult move(Assignment replacement, int capacity) {
    Objects.requireNonNull(replacement, "replacement must not be null");
    checkCapacity(capacity);
    ItemId id = replacement.itemId();
    int pos = position(id, mix(id.hashCode()));
    if (table[pos] == 0) {
      return ClaimResult.NOT_ASSIGNED;
    }
    int s = slot(table[pos]);
    Assignment old = held[s];
    if (!old.member().equals(replacement.member()) && openCount(replacement.member()) >= capacity) {
      return ClaimResult.MEMBER_FULL;
    }
    unhold(s);
    hold(s, memberNumber(replacement.member()), replacement);
    return ClaimResult.CLAIMED;
  }

  @Override
  public synchronized boolean release(ItemId item) {
    Objects.requireNonNull(item, "item must not be null");
    int pos = position(item, mix(item.hashCode()));
    if (table[pos] == 0) {
      return false;
    }
    int s = slot(table[pos]);
    unhold(s);
    delete(pos);
    changes++;
    ids[s] = null;
    next[s] = freeSlot;
    freeSlot = s;
    size--;
    return true;
  }

  @Override
  public synchronized Optional<Assignment> find(ItemId item) {
    Objects.requireNonNull(item, "item must not be null");
    int pos = position(item, mix(item.hashCode()));
    if (table[pos] != 0) {
      return Optional.of(held[slot(table[pos])]);
    }
    missed = item;
    missedPosition = pos;
    missedAt = changes;
    return Optional.empty();
  }

  @Override
  public synchronized List<Assignment> openOf(MemberId member) {
    int m = knownNumber(Objects.requireNonNull(member, "member must not be null"));
    if (m == NONE) {
      return List.of();
    }
    List<Assignment> out = new ArrayList<>(count[m]);
    for (int s = head[m]; s != NONE; s = next[s]) {
      out.add(held[s]);
    }
    return List.copyOf(out);
  }

  @Override
  public synchronized List<Assignment> coveredFor(MemberId member) {
    int m = knownNumber(Objects.requireNonNull(member, "member must not be null"));
    if (m == NONE) {
      return List.of();
    }
    List<Assignment> out = new ArrayList<>();
    for (int s = homeHead[m]; s != NONE; s = nextHome[s]) {
      out.add(held[s]);
    }
    return List.copyOf(out);
  }

  @Override
  public synchronized int openCount(MemberId member) {
    int m = knownNumber(Objects.requireNonNull(member, "member must not be null"));
    return m == NONE ? 0 : count[m];
  }

  @Override
  public synchronized Optional<MemberId> lastOwner(CustomerId customer) {
    String key = Objects.requireNonNull(customer, "customer must not be null").value();
    int pos = ownerPosition(key, mix(key.hashCode()));
    probedKey = key;
    probedPosition = pos;
    probedAt = ownerChanges;
    long e = ownerTable[2 * pos];
    return e == 0 ? Optional.empty() : Optional.of(memberIds[(int) e - 1]);
  }

  @Override
  public synchronized int size() {
    return size;
  }

  // ---- the item table ----

  private static long entry(int h, int s) {
    return ((long) h << 32) | (s + 1L);
  }

  private static int slot(long entry) {
    return (int) entry - 1;
  }

  private static int hashOf(long entry) {
    return (int) (entry >>> 32);
  }

  /** The table position holding {@code id}, or the empty position where it would go. */
  private int position(ItemId id, int h) {
    int mask = table.length - 1;
    int pos = h & mask;
    while (true) {
      long t = table[pos];
      if (t == 0) {
        return pos;
      }
      if (hashOf(t) == h && ids[slot(t)].equals(id)) {
        return pos;
      }
      pos = (pos + 1) & mask;
    }
  }

  /** Empties position {@code pos}, shifting back the entries of its probe run (Knuth's R). */
  private void delete(int pos) {
    int mask = table.length - 1;
    int hole = pos;
    int j = pos;
    while (true) {
      j = (j + 1) & mask;
      long t = table[j];
      if (t == 0) {
        break;
      }
      int ideal = hashOf(t) & mask;
      boolean stays = j > hole ? ideal > hole && ideal <= j : ideal > hole || ideal <= j;
      if (!stays) {
        table[hole] = t;
        hole = j;
      }
    }
    table[hole] = 0;
  }

  private void rehash(int length) {
    long[] fresh = new long[length];
    int mask = length - 1;
    for (long t : table) {
      if (t != 0) {
        int pos = hashOf(t) & mask;
        while (fresh[pos] != 0) {
          pos = (pos + 1) & mask;
        }
        fresh[pos] = t;
      }
    }
    table = fresh;
    changes++;
  }

  private int newSlot() {
    if (freeSlot != NONE) {
      int s = freeSlot;
      freeSlot = next[s];
      return s;
    }
    if (slotsUsed == ids.length) {
      int n = ids.length * 2;
      ids = Arrays.copyOf(ids, n);
      held = Arrays.copyOf(held, n);
      holderOf = Arrays.copyOf(holderOf, n);
      homeOf = Arrays.copyOf(homeOf, n);
      next = Arrays.copyOf(next, n);
      prev = Arrays.copyOf(prev, n);
      nextHome = Arrays.copyOf(nextHome, n);
      prevHome = Arrays.copyOf(prevHome, n);
    }
    return slotsUsed++;
  }

  // ---- members' lists ----

  /** Stores {@code a} in slot {@code s}, last in member {@code m}'s list (and its home's). */
  private void hold(int s, int m, Assignment a) {
    held[s] = a;
    holderOf[s] = m;
    next[s] = NONE;
    prev[s] = tail[m];
    if (tail[m] == NONE) {
      head[m] = s;
    } else {
      next[tail[m]] = s;
    }
    tail[m] = s;
    count[m]++;
    if (a.coveringFor().isPresent()) {
      int home = memberNumber(a.coveringFor().get());
      homeOf[s] = home;
      nextHome[s] = NONE;
      prevHome[s] = homeTail[home];
      if (homeTail[home] == NONE) {
        homeHead[home] = s;
      } else {
        nextHome[homeTail[home]] = s;
      }
      homeTail[home] = s;
    } else {
      homeOf[s] = NONE;
    }
    if (a.item().customer().isPresent()) {
      recordOwner(a.item().customer().get().value(), m);
    }
  }

  /** Takes slot {@code s} out of its holder's list (and its home's). */
  private void unhold(int s) {
    int m = holderOf[s];
    if (prev[s] == NONE) {
      head[m] = next[s];
    } else {
      next[prev[s]] = next[s];
    }
    if (next[s] == NONE) {
      tail[m] = prev[s];
    } else {
      prev[next[s]] = prev[s];
    }
    count[m]--;
    int home = homeOf[s];
    if (home != NONE) {
      if (prevHome[s] == NONE) {
        homeHead[home] = nextHome[s];
      } else {
        nextHome[prevHome[s]] = nextHome[s];
      }
      if (nextHome[s] == NONE) {
        homeTail[home] = prevHome[s];
      } else {
        prevHome[nextHome[s]] = prevHome[s];
      }
    }
    held[s] = null;
  }

  /** The position of {@code member} in {@link #memberKeys}, or the empty one where it would go. */
  private int memberPosition(MemberId member) {
    int mask = memberKeys.length - 1;
    int pos = mix(member.hashCode()) & mask;
    while (memberKeys[pos] != null && !memberKeys[pos].equals(member)) {
      pos = (pos + 1) & mask;
    }
    return pos;
  }

  /** The number of {@code member}, {@link #NONE} if it never held an item. */
  private int knownNumber(MemberId member) {
    int pos = memberPosition(member);
    return memberKeys[pos] == null ? NONE : memberValues[pos];
  }

  private int memberNumber(MemberId member) {
    int pos = memberPosition(member);
    if (memberKeys[pos] != null) {
      return memberValues[pos];
    }
    int m = memberCount;
    if (m == memberIds.length) {
      int n = 2 * m;
      memberIds = Arrays.copyOf(memberIds, n);
      head = grow(head, n);
      tail = grow(tail, n);
      count = Arrays.copyOf(count, n);
      homeHead = grow(homeHead, n);
      homeTail = grow(homeTail, n);
    }
    memberIds[m] = member;
    memberKeys[pos] = member;
    memberValues[pos] = m;
    memberCount++;
    if (2 * memberCount > memberKeys.length) {
      MemberId[] oldKeys = memberKeys;
      int[] oldValues = memberValues;
      memberKeys = new MemberId[2 * oldKeys.length];
      memberValues = new int[2 * oldKeys.length];
      for (int p = 0; p < oldKeys.length; p++) {
        if (oldKeys[p] != null) {
          int q = memberPosition(oldKeys[p]);
          memberKeys[q] = oldKeys[p];
          memberValues[q] = oldValues[p];
        }
      }
    }
    return m;
  }

  private static int[] grow(int[] a, int n) {
    int[] b = Arrays.copyOf(a, n);
    Arrays.fill(b, a.length, n, NONE);
    return b;
  }

  // ---- last owners ----

  /** The owner table's position of {@code key} (hash {@code h}), or the empty one where it goes. */
  private int ownerPosition(String key, int h) {
    long[] t = ownerTable;
    int mask = t.length / 2 - 1;
    int pos = h & mask;
    while (true) {
      long e = t[2 * pos];
      if (e == 0 || (hashOf(e) == h && sameText(t[2 * pos + 1], key))) {
        return pos;
      }
      pos = (pos + 1) & mask;
    }
  }

  /** Whether the key stored at {@code place} (offset and length) has the text {@code key}. */
  private boolean sameText(long place, String key) {
    int length = (int) place;
    if (length != key.length()) {
      return false;
    }
    int offset = (int) (place >>> 32);
    for (int i = 0; i < length; i++) {
      if (ownerText[offset + i] != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("ReferenceEquality") // the same key object as the last lastOwner: a cache hit
  private void recordOwner(String key, int m) {
    int h = mix(key.hashCode());
    int pos = key == probedKey && probedAt == ownerChanges ? probedPosition : ownerPosition(key, h);
    if (ownerTable[2 * pos] == 0) {
      int length = key.length();
      if (ownerTextUsed + length > ownerText.length) {
        ownerText =
            Arrays.copyOf(ownerText, Math.max(2 * ownerText.length, ownerTextUsed + length));
      }
      key.getChars(0, length, ownerText, ownerTextUsed);
      ownerTable[2 * pos + 1] = ((long) ownerTextUsed << 32) | length;
      ownerTextUsed += length;
      owners++;
      ownerChanges++;
    }
    ownerTable[2 * pos] = ((long) h << 32) | (m + 1L);
    if (4 * owners > ownerTable.length) {
      long[] old = ownerTable;
      long[] fresh = new long[2 * old.length];
      int mask = fresh.length / 2 - 1;
      for (int p = 0; p < old.length / 2; p++) {
        if (old[2 * p] != 0) {
          int q = hashOf(old[2 * p]) & mask;
          while (fresh[2 * q] != 0) {
            q = (q + 1) & mask;
          }
          fresh[2 * q] = old[2 * p];
          fresh[2 * q + 1] = old[2 * p + 1];
        }
      }
      ownerTable = fresh;
      ownerChanges++;
    }
  }

  private static void checkCapacity(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0 open items but was: " + capacity);
    }
  }

  /** For example {@code "InMemoryAssignmentRepository[12 open assignments]"}. */
  @Override
  public synchronized String toString() {
    return "InMemoryAssignmentRepository[" + size + " open assignments]";
  }
}
