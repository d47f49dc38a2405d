package io.crmkit.identity.merge;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.account.LoyaltyAccountRepository;
import io.crmkit.loyalty.ledger.Balance;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.ledger.LedgerEntry;
import io.crmkit.loyalty.ledger.Lot;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves the outstanding points of one loyalty account to another through ledger entries, in two
 * steps on the repository (each one atomic on its account, so earning on either account may go on
 * meanwhile): the giving account books one negative ADJUST of all its outstanding points, the
 * receiving one an EARN per lot with the lot's expiry; between the two steps the points are on
 * neither account, afterwards the sum over both accounts is what it was plus what was earned
 * meanwhile. A debt stays where it is (an account that owes points gives nothing). Instants are the
 * clock's, or the account's last entry when that is later (a ledger never goes back in time).
 */
final class LoyaltyMerger {

  private final LoyaltyAccountRepository accounts;
  private final Clock clock;

  LoyaltyMerger(LoyaltyAccountRepository accounts, Clock clock) {
    this.accounts = Objects.requireNonNull(accounts, "accounts must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  private record Taken(Instant at, List<MovedLot> lots, BigDecimal qualifying, long debt) {}

  /** Moves the points of {@code from} to {@code to}; empty when {@code from} has no account. */
  Optional<LoyaltyTransfer> move(String mergeId, CustomerId from, CustomerId to) {
    if (!accounts.exists(from)) {
      return Optional.empty();
    }
    String prefix = mergeId + ":" + from.value();
    Taken taken =
        accounts.update(
            from, a -> takeAll(a, prefix, "transfer to " + to.value() + " (" + mergeId + ")"));
    List<MovedLot> moved;
    try {
      moved =
          accounts.update(
              to, a -> give(a, taken, "transfer from " + from.value() + " (" + mergeId + ")"));
    } catch (RuntimeException e) { // the points go back where they came from, none is lost
      accounts.update(
          from,
          a ->
              give(
                  a,
                  new Taken(taken.at(), rekey(taken.lots(), ":restore"), BigDecimal.ZERO, 0),
                  "restored: transfer to " + to.value() + " failed (" + mergeId + ")"));
      throw e;
    }
    return Optional.of(
        new LoyaltyTransfer(
            from, to, taken.at(), prefix + ":out", moved, taken.qualifying(), taken.debt()));
  }

  /**
   * Gives back what {@code transfer} moved and is still outstanding on the receiving account (at
   * most its available and pending points: what it spent meanwhile stays spent), with the moved
   * lots' expiry instants, and takes the qualifying value back; returns the points given back.
   */
  long undo(String undoId, LoyaltyTransfer transfer) {
    String prefix = undoId + ":" + transfer.to().value();
    Taken back =
        accounts.update(
            transfer.to(),
            a ->
                takeMoved(
                    a,
                    transfer,
                    prefix,
                    "transfer back to " + transfer.from().value() + " (" + undoId + ")"));
    accounts.update(
        transfer.from(),
        a -> give(a, back, "transfer back from " + transfer.to().value() + " (" + undoId + ")"));
    return back.lots().stream().mapToLong(MovedLot::points).sum();
  }

  private static List<MovedLot> rekey(List<MovedLot> lots, String suffix) {
    return lots.stream()
        .map(l -> new MovedLot(l.points(), l.expiresAt(), l.key() + suffix))
        .toList();
  }

  private Instant now(Ledger ledger) {
    Instant t = clock.instant();
    Optional<Instant> last = ledger.lastEntryAt();
    return last.isPresent() && last.get().isAfter(t) ? last.get() : t;
  }

  private Taken takeAll(LoyaltyAccount a, String prefix, String reason) {
    Ledger ledger = a.ledger();
    Instant t = now(ledger);
    ledger.expireDue(t);
    BigDecimal qualifying =
        a.tierTracker().map(tr -> tr.qualifyingValue(t)).orElse(BigDecimal.ZERO);
    long debt = ledger.debt();
    List<MovedLot> lots = new ArrayList<>();
    if (debt == 0) {
      long total = 0;
      for (Lot lot : ledger.outstandingLotsAt(t)) {
        lots.add(new MovedLot(lot.remaining(), lot.expiresAt(), prefix + ":lot-" + lot.id()));
        total += lot.remaining();
      }
      if (total > 0) {
        ledger.adjust(prefix + ":out", t, -total, reason);
      }
    }
    return new Taken(t, lots, qualifying, debt);
  }

  private Taken takeMoved(
      LoyaltyAccount a, LoyaltyTransfer transfer, String prefix, String reason) {
    Ledger ledger = a.ledger();
    Instant t = now(ledger);
    ledger.expireDue(t);
    List<Lot> all = ledger.lots();
    List<MovedLot> still = new ArrayList<>();
    for (MovedLot m : transfer.lots()) {
      Optional<Integer> lotId =
          ledger
              .posting(m.key())
              .flatMap(
                  p ->
                      p.entries().stream()
                          .map(LedgerEntry::createdLot)
                          .filter(java.util.OptionalInt::isPresent)
                          .map(java.util.OptionalInt::getAsInt)
                          .findFirst());
      long remaining = lotId.map(id -> all.get(id).remaining()).orElse(0L);
      if (remaining > 0) {
        still.add(new MovedLot(remaining, m.expiresAt(), prefix + ":" + m.key()));
      }
    }
    Balance b = ledger.balanceAt(t);
    long budget = Math.max(0, b.available() + b.pending());
    List<MovedLot> back = new ArrayList<>();
    long total = 0;
    for (MovedLot m : still) {
      long p = Math.min(m.points(), budget - total);
      if (p > 0) {
        back.add(new MovedLot(p, m.expiresAt(), m.key()));
        total += p;
      }
    }
    if (total > 0) {
      ledger.adjust(prefix + ":out", t, -total, reason);
    }
    if (transfer.qualifyingValue().signum() != 0) {
      a.recordQualifyingValue(t, transfer.qualifyingValue().negate());
    }
    return new Taken(t, back, BigDecimal.ZERO, 0);
  }

  private List<MovedLot> give(LoyaltyAccount a, Taken taken, String reason) {
    Ledger ledger = a.ledger();
    Instant t = now(ledger);
    if (t.isBefore(taken.at())) {
      t = taken.at();
    }
    List<MovedLot> out = new ArrayList<>();
    for (MovedLot lot : taken.lots()) {
      Instant at = t;
      // a lot due at or before the booking instant expires at once (it was due anyway): never lost,
      // never kept
      Optional<Instant> expiry = lot.expiresAt().map(e -> e.isAfter(at) ? e : at.plusNanos(1));
      if (expiry.isPresent()) {
        ledger.earnExpiringAt(lot.key(), t, lot.points(), reason, expiry.get());
      } else {
        ledger.earn(lot.key(), t, lot.points(), reason);
      }
      out.add(new MovedLot(lot.points(), expiry, lot.key()));
    }
    if (taken.qualifying().signum() != 0) {
      a.recordQualifyingValue(t, taken.qualifying());
    }
    return out;
  }
}
