package io.crmkit.loyalty.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of a lot: the {@code points} one EARN (or positive ADJUST) entry created, the {@code
 * remaining} points not yet consumed (whole points), when they were earned, when they become
 * available (end of the lock period) and when they expire (if ever).
 *
 * @since 0.1
 */
public final class Lot {

  private final int id;
  private final long entrySequence;
  private final Instant earnedAt;
  private final Instant availableAt;
  private final Instant expiresAt; // null: never
  private final long points;
  private final long remaining;
  private final String reference; // null: none

  /** A lot; {@code expiresAt} null: never, {@code reference} null: none. */
  Lot(
      int id,
      long entrySequence,
      Instant earnedAt,
      Instant availableAt,
      Instant expiresAt,
      long points,
      long remaining,
      String reference) {
    this.earnedAt = Objects.requireNonNull(earnedAt, "earnedAt must not be null");
    this.availableAt = Objects.requireNonNull(availableAt, "availableAt must not be null");
    if (points <= 0) {
      throw new IllegalArgumentException(
          "points of lot " + id + " must be positive but was: " + points);
    }
    if (remaining < 0 || remaining > points) {
      throw new IllegalArgumentException(
          "remaining of lot " + id + " must be in [0, " + points + "] but was: " + remaining);
    }
    this.id = id;
    this.entrySequence = entrySequence;
    this.expiresAt = expiresAt;
    this.points = points;
    this.remaining = remaining;
    this.reference = reference;
  }

  /** The lot's id: its position among the ledger's lots, from 0. */
  public int id() {
    return id;
  }

  /** The sequence of the entry that created the lot. */
  public long entrySequence() {
    return entrySequence;
  }

  /** When the points were earned. */
  public Instant earnedAt() {
    return earnedAt;
  }

  /** When the points become available (the end of the lock period). */
  public Instant availableAt() {
    return availableAt;
  }

  /** When the points expire, if ever. */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** The whole points the lot was created with. */
  public long points() {
    return points;
  }

  /** The whole points not yet consumed. */
  public long remaining() {
    return remaining;
  }

  /** The purchase the lot was earned by, if any. */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Lot l
        && id == l.id
        && entrySequence == l.entrySequence
        && earnedAt.equals(l.earnedAt)
        && availableAt.equals(l.availableAt)
        && Objects.equals(expiresAt, l.expiresAt)
        && points == l.points
        && remaining == l.remaining
        && Objects.equals(reference, l.reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, entrySequence, earnedAt, availableAt, expiresAt, points, remaining, reference);
  }

  @Override
  public String toString() {
    return "lot "
        + id
        + ": "
        + remaining
        + "/"
        + points
        + " pts earned "
        + earnedAt
        + (availableAt.equals(earnedAt) ? "" : ", available " + availableAt)
        + (expiresAt == null ? ", no expiry" : ", expires " + expiresAt)
        + (reference == null ? "" : ", ref " + reference);
  }
}
