package io.crmkit.loyalty.tier;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * What a tier gives: a points multiplier (1 for none; {@link TierProgram#earningRules} turns it
 * into tier-multiplier earning rules), a discount in percent (0 to 100) and named services (e.g.
 * "free delivery", "priority line").
 *
 * @since 0.1
 */
public record TierBenefits(
    BigDecimal pointsMultiplier, BigDecimal discountPercent, Set<String> services) {

  /**
   * Checks no component is null, the points multiplier is at least 1 and the discount in [0, 100]
   * percent.
   */
  public TierBenefits {
    Objects.requireNonNull(pointsMultiplier, "pointsMultiplier must not be null");
    Objects.requireNonNull(discountPercent, "discountPercent must not be null");
    Objects.requireNonNull(services, "services must not be null (use an empty set)");
    services = Set.copyOf(services);
    if (pointsMultiplier.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException(
          "pointsMultiplier must be at least 1 but was: " + pointsMultiplier);
    }
    if (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(
          "discountPercent must be in [0, 100] but was: " + discountPercent);
    }
  }

  /** No multiplier, discount or service. */
  public static TierBenefits none() {
    return new TierBenefits(BigDecimal.ONE, BigDecimal.ZERO, Set.of());
  }

  /** A points multiplier such as "1.5", a discount percent such as "5" and services. */
  public static TierBenefits of(
      String pointsMultiplier, String discountPercent, Set<String> services) {
    return new TierBenefits(
        new BigDecimal(pointsMultiplier), new BigDecimal(discountPercent), services);
  }

  @Override
  public String toString() {
    return "×"
        + pointsMultiplier.toPlainString()
        + " points, "
        + discountPercent.toPlainString()
        + "% off"
        + (services.isEmpty() ? "" : ", " + services);
  }
}
