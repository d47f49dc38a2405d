package io.crmkit.loyalty.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of a ledger's entries up to and including an instant, replayed from its {@link
 * LedgerStore}: each lot's remaining points then, the debt, the totals per kind of entry and the
 * last activity. Points whose expiry is due by that instant count as expired even if no operation
 * booked their expiry yet.
 */
final class AsOfReplay {

  private final LedgerStore store;
  private final LedgerPolicy policy;
  private final long at;
  private final long[] remaining;
  private int lotCount;
  private long debt;
  private long earned;
  private long redeemed;
  private long expired;
  private long reversed;
  private long lastActivity = Nanos.NONE;
  private long inactivityDeadline = Nanos.NEVER;

  /** Replays the entries of {@code store} booked at or before {@code at} (epoch nanoseconds). */
  AsOfReplay(LedgerStore store, LedgerPolicy policy, long at) {
    this.store = store;
    this.policy = policy;
    this.at = at;
    this.remaining = new long[store.lotCount()];
    for (int i = 0; i < store.entryCount(); i++) {
      long t = store.at(i);
      if (t > at) {
        break;
      }
      apply(i, t);
    }
    if (lastActivity != Nanos.NONE) {
      inactivityDeadline =
          policy
              .expiry()
              .inactivityExpiry(Nanos.instant(lastActivity), policy.zone())
              .map(Nanos::of)
              .orElse(Nanos.NEVER);
    }
  }

  private void apply(int i, long t) {
    long p = store.points(i);
    int created = store.createdLot(i);
    if (created >= 0) {
      remaining[created] = p;
      lotCount = created + 1;
      earned += p;
    }
    int to = store.allocEnd(i);
    for (int a = store.allocStart(i); a < to; a++) {
      remaining[store.allocLot(a)] -= store.allocPoints(a);
    }
    debt += store.debtChange(i);
    switch (store.type(i)) {
      case EARN -> lastActivity = t;
      case REDEEM -> {
        redeemed -= p;
        lastActivity = t;
      }
      case EXPIRE -> expired -= p;
      case REVERSE -> reversed -= p;
      case ADJUST -> {
        if (p < 0) {
          reversed -= p;
        } else {
          lastActivity = t;
        }
      }
      default -> throw new IllegalStateException("unknown entry type " + store.type(i));
    }
  }

  /** Whether lot {@code j}'s points are expired by the replayed instant. */
  private boolean expired(int j) {
    return store.expiresAt(j) <= at || inactivityDeadline <= at;
  }

  /** The balance at {@code instant} (the replayed instant). */
  Balance balance(Instant instant) {
    long available = -debt;
    long pending = 0;
    long expiredNow = expired;
    for (int j = 0; j < lotCount; j++) {
      long rem = remaining[j];
      if (rem == 0) {
        continue;
      }
      if (expired(j)) {
        expiredNow += rem;
      } else if (store.availableAt(j) > at) {
        pending += rem;
      } else {
        available += rem;
      }
    }
    return new Balance(instant, available, pending, earned, redeemed, expiredNow, reversed);
  }

  /**
   * The lots with points outstanding (not consumed, not expired), with their remaining points then.
   */
  List<Lot> outstandingLots() {
    List<Lot> out = new ArrayList<>();
    for (int j = 0; j < lotCount; j++) {
      if (remaining[j] > 0 && !expired(j)) {
        out.add(store.lot(j, remaining[j]));
      }
    }
    return out;
  }

  /**
   * When all outstanding points expire for inactivity if nothing happens later, if the policy does
   * that.
   */
  Optional<Instant> inactivityExpiry() {
    return lastActivity == Nanos.NONE
        ? Optional.empty()
        : policy.expiry().inactivityExpiry(Nanos.instant(lastActivity), policy.zone());
  }

  /** The points owed then. */
  long debt() {
    return debt;
  }
}
