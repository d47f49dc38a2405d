package io.crmkit.loyalty.ledger;

import io.crmkit.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The programme's liability at an instant: the outstanding points (available plus pending, whole
 * points, net of points owed by accounts with a negative balance), how many of them are pending,
 * their expiry schedule (points per local date on which they expire, i.e. the first date they are
 * no longer valid, in {@code zone}; points expiring for inactivity are scheduled at the date they
 * would expire if nothing else happened), the points without expiry, and the money value of the
 * outstanding points at the programme's {@link PointRate}.
 *
 * @since 0.1
 */
public record LiabilityReport(
    Instant at,
    ZoneId zone,
    long outstanding,
    long pending,
    long owed,
    SortedMap<LocalDate, Long> expirySchedule,
    long withoutExpiry,
    Money value) {

  /**
   * Checks no component is null and the scheduled expiries minus what is owed equal the outstanding
   * points.
   */
  public LiabilityReport {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(expirySchedule, "expirySchedule must not be null");
    Objects.requireNonNull(value, "value must not be null");
    expirySchedule = Collections.unmodifiableSortedMap(new TreeMap<>(expirySchedule));
    long scheduled = withoutExpiry;
    for (long p : expirySchedule.values()) {
      scheduled += p;
    }
    if (scheduled - owed != outstanding) {
      throw new IllegalArgumentException(
          "scheduled "
              + scheduled
              + " minus owed "
              + owed
              + " must equal outstanding but was: "
              + outstanding);
    }
  }

  /**
   * The liability of {@code ledgers} at {@code at}, valued at {@code rate}, dated in {@code zone}.
   */
  public static LiabilityReport of(
      Iterable<Ledger> ledgers, Instant at, PointRate rate, ZoneId zone) {
    Objects.requireNonNull(ledgers, "ledgers must not be null");
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(rate, "rate must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    TreeMap<LocalDate, Long> schedule = new TreeMap<>();
    long pending = 0;
    long without = 0;
    long owed = 0;
    for (Ledger ledger : ledgers) {
      Optional<Instant> inactivity = ledger.inactivityExpiryAfter(at);
      owed += ledger.debtAt(at);
      for (Lot lot : ledger.outstandingLotsAt(at)) {
        if (lot.availableAt().isAfter(at)) {
          pending += lot.remaining();
        }
        Optional<Instant> expiry = lot.expiresAt();
        if (inactivity.isPresent()
            && (expiry.isEmpty() || inactivity.get().isBefore(expiry.get()))) {
          expiry = inactivity;
        }
        if (expiry.isPresent()) {
          schedule.merge(LocalDate.ofInstant(expiry.get(), zone), lot.remaining(), Long::sum);
        } else {
          without += lot.remaining();
        }
      }
    }
    long scheduled = without;
    for (long p : schedule.values()) {
      scheduled += p;
    }
    long outstanding = scheduled - owed;
    return new LiabilityReport(
        at, zone, outstanding, pending, owed, schedule, without, rate.valueOf(outstanding));
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("liability at ")
            .append(at)
            .append(": ")
            .append(outstanding)
            .append(" pts (")
            .append(pending)
            .append(" pending");
    if (owed > 0) {
      s.append(", ").append(owed).append(" owed");
    }
    s.append(") worth ").append(value);
    for (Map.Entry<LocalDate, Long> e : expirySchedule.entrySet()) {
      s.append("\n  expiring ").append(e.getKey()).append(": ").append(e.getValue());
    }
    if (withoutExpiry > 0) {
      s.append("\n  without expiry: ").append(withoutExpiry);
    }
    return s.toString();
  }
}
