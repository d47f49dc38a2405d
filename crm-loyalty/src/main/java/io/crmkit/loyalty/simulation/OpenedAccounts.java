package io.crmkit.loyalty.simulation;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.loyalty.account.LoyaltyAccount;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The accounts a replay opened, by customer, in opening order: a list and an open-addressing index
 * (linear probing; the customer's hash and position packed in one {@code long} per slot, the
 * customer read only when a hash matches) instead of a hash map entry and a boxed position per
 * customer. Read-only as a {@link Map}; {@link #open}, {@link #position} and {@link #at} are the
 * replay's.
 */
final class OpenedAccounts extends AbstractMap<CustomerId, LoyaltyAccount> {

  private final ArrayList<LoyaltyAccount> accounts = new ArrayList<>();
  private CustomerId[] keys = new CustomerId[1024];
  private long[] slots = new long[1024]; // hash << 32 | position + 1; 0: empty

  /** The position of {@code id}'s account in opening order, or -1. */
  int position(CustomerId id) {
    int h = id.hashCode();
    int mask = slots.length - 1;
    for (int i = slot(h, mask); ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == 0) {
        return -1;
      }
      if ((int) (s >>> 32) == h) {
        CustomerId k = keys[i];
        if (k.equals(id)) {
          return (int) s - 1;
        }
      }
    }
  }

  /** Adds {@code account} (of a customer not yet here) and returns its position. */
  int open(LoyaltyAccount account) {
    if (4 * (accounts.size() + 1) > 3 * slots.length) {
      grow();
    }
    int p = accounts.size();
    accounts.add(account);
    insert(account.customerId(), p);
    return p;
  }

  /** The account at {@code position}. */
  LoyaltyAccount at(int position) {
    return accounts.get(position);
  }

  private void insert(CustomerId id, int position) {
    int h = id.hashCode();
    int mask = slots.length - 1;
    int i = slot(h, mask);
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    keys[i] = id;
    slots[i] = (long) h << 32 | (position + 1L);
  }

  private void grow() {
    keys = new CustomerId[2 * keys.length];
    slots = new long[2 * slots.length];
    for (int p = 0; p < accounts.size(); p++) {
      insert(accounts.get(p).customerId(), p);
    }
  }

  private static int slot(int hash, int mask) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  @Override
  public LoyaltyAccount get(Object key) {
    if (!(key instanceof CustomerId id)) {
      return null;
    }
    int p = position(id);
    return p < 0 ? null : accounts.get(p);
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return accounts.size();
  }

  @Override
  public Set<Map.Entry<CustomerId, LoyaltyAccount>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<CustomerId, LoyaltyAccount>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < accounts.size();
          }

          @Override
          public Map.Entry<CustomerId, LoyaltyAccount> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            LoyaltyAccount a = accounts.get(next++);
            return Map.entry(a.customerId(), a);
          }
        };
      }

      @Override
      public int size() {
        return accounts.size();
      }
    };
  }

  @Override
  public String toString() {
    return accounts.size() + " accounts";
  }
}
