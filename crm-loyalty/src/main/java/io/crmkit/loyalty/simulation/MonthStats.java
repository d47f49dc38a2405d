package io.crmkit.loyalty.simulation;

import io.crmkit.core.money.Money;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One month of a simulation, in whole points: issued (earned), redeemed, expired and reversed in
 * the month; the points outstanding at the end of the month and their money value (liability); and
 * the members per tier at the end of the month (tier order).
 *
 * @since 0.1
 */
public record MonthStats(
    YearMonth month,
    long issued,
    long redeemed,
    long expired,
    long reversed,
    long outstanding,
    Money liability,
    Map<String, Long> membersPerTier) {

  /** Checks no component is null and the point counts are not negative. */
  public MonthStats {
    Objects.requireNonNull(month, "month must not be null");
    Objects.requireNonNull(liability, "liability must not be null");
    Objects.requireNonNull(membersPerTier, "membersPerTier must not be null");
    membersPerTier = Collections.unmodifiableMap(new LinkedHashMap<>(membersPerTier));
    if (issued < 0 || redeemed < 0 || expired < 0 || reversed < 0) {
      throw new IllegalArgumentException(
          "issued, redeemed, expired and reversed must not be negative but were: "
              + issued
              + ", "
              + redeemed
              + ", "
              + expired
              + ", "
              + reversed);
    }
  }

  @Override
  public String toString() {
    return month
        + ": issued "
        + issued
        + ", redeemed "
        + redeemed
        + ", expired "
        + expired
        + ", reversed "
        + reversed
        + ", outstanding "
        + outstanding
        + " ("
        + liability
        + ")"
        + (membersPerTier.isEmpty() ? "" : " " + membersPerTier);
  }
}
