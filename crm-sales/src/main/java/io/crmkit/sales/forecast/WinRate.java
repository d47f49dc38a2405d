package io.crmkit.sales.forecast;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Of the deals closed in a time span, {@code won} were won and {@code lost} lost.
 *
 * @param won the number of won deals, at least 0
 * @param lost the number of lost deals, at least 0
 * @since 0.1
 */
public record WinRate(int won, int lost) {

  /** Validates that neither count is negative. */
  public WinRate {
    if (won < 0 || lost < 0) {
      throw new IllegalArgumentException(
          "won and lost must not be negative but were: " + won + " and " + lost);
    }
  }

  /** The number of closed deals. */
  public int closed() {
    return won + lost;
  }

  /** won / (won + lost) in [0, 1]; empty when nothing closed. */
  public OptionalDouble rate() {
    return closed() == 0 ? OptionalDouble.empty() : OptionalDouble.of(won / (double) closed());
  }

  /** These counts and {@code other}'s added up. */
  public WinRate plus(WinRate other) {
    return new WinRate(won + other.won, lost + other.lost);
  }

  /** For example {@code "3 of 4 won (75.0%)"}. */
  @Override
  public String toString() {
    return won
        + " of "
        + closed()
        + " won"
        + (closed() == 0 ? "" : String.format(Locale.ROOT, " (%.1f%%)", 100.0 * won / closed()));
  }
}
