package io.crmkit.loyalty.tier;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tier: its {@code name}, the {@code threshold} of the programme's qualification metric needed to
 * hold it (qualifying points, money units of spend, or visits; the entry tier has 0) and its
 * benefits.
 *
 * @since 0.1
 */
public record Tier(String name, BigDecimal threshold, TierBenefits benefits) {

  /**
   * Checks the name is not null nor blank, the threshold not null nor negative and the benefits not
   * null.
   */
  public Tier {
    Objects.requireNonNull(name, "tier name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("tier name must not be blank");
    }
    Objects.requireNonNull(threshold, "threshold of tier " + name + " must not be null");
    if (threshold.signum() < 0) {
      throw new IllegalArgumentException(
          "threshold of tier " + name + " must not be negative but was: " + threshold);
    }
    Objects.requireNonNull(benefits, "benefits of tier " + name + " must not be null");
  }

  /** Tier {@code name} from {@code threshold} (a decimal string) with {@code benefits}. */
  public static Tier of(String name, String threshold, TierBenefits benefits) {
    return new Tier(name, new BigDecimal(threshold), benefits);
  }

  @Override
  public String toString() {
    return name + " from " + threshold.toPlainString() + " (" + benefits + ")";
  }
}
