package io.crmkit.sales.pool;

import java.util.Arrays;
import java.util.Objects;

/**
 * The rows of {@link OwnershipColumns} that return to the pool and those whose owner is reminded,
 * each ascending.
 *
 * @since 0.1
 */
public final class ReclaimRows {

  private final int[] reclaimed;
  private final int[] reminded;

  ReclaimRows(int[] reclaimed, int[] reminded) {
    this.reclaimed = Objects.requireNonNull(reclaimed, "reclaimed must not be null");
    this.reminded = Objects.requireNonNull(reminded, "reminded must not be null");
  }

  /** The rows returning to the pool, ascending (a copy). */
  public int[] reclaimed() {
    return reclaimed.clone();
  }

  /** The rows whose owner is reminded, ascending (a copy). */
  public int[] reminded() {
    return reminded.clone();
  }

  /** The number of rows returning to the pool. */
  public int reclaimedCount() {
    return reclaimed.length;
  }

  /** The number of rows whose owner is reminded. */
  public int remindedCount() {
    return reminded.length;
  }

  /** For example {@code "1234 rows back to the pool, 56 reminded"}. */
  @Override
  public String toString() {
    return reclaimed.length + " rows back to the pool, " + reminded.length + " reminded";
  }

  /** Whether both row lists equal {@code other}'s. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ReclaimRows r
        && Arrays.equals(reclaimed, r.reclaimed)
        && Arrays.equals(reminded, r.reminded);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(reclaimed) + Arrays.hashCode(reminded);
  }
}
