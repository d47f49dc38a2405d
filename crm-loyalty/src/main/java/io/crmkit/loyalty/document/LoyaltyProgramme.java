package io.crmkit.loyalty.document;

import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.redemption.RewardCatalogue;
import io.crmkit.loyalty.tier.TierProgram;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole loyalty programme: the {@code program} (earning rules, ledger policy, redemption rate),
 * its {@code tiers} if it has any (counted in the programme's currency) and its reward
 * {@code catalogue} (possibly empty). Read and written by {@link LoyaltyProgrammeJson}.
 *
 * <p>Equal when the tiers and catalogues are equal and the programmes have the same name, currency,
 * rules, ledger policy and redemption rate ({@link Program} itself compares by identity).
 *
 * @since 0.1
 */
public record LoyaltyProgramme(Program program, Optional<TierProgram> tiers, RewardCatalogue catalogue) {

  /** Checks no component is null and the tiers, when present, are in the programme's currency. */
  public LoyaltyProgramme {
    Objects.requireNonNull(program, "program must not be null");
    Objects.requireNonNull(tiers, "tiers must not be null (use Optional.empty())");
    Objects.requireNonNull(catalogue, "catalogue must not be null (use RewardCatalogue.of())");
    if (tiers.isPresent() && !tiers.get().currency().equals(program.currency())) {
      throw new IllegalArgumentException("currency of the tiers must be the programme's currency "
          + program.currency() + " but was: " + tiers.get().currency());
    }
  }

  /** {@code program} with {@code tiers} and {@code catalogue}. */
  public static LoyaltyProgramme of(Program program, TierProgram tiers, RewardCatalogue catalogue) {
    return new LoyaltyProgramme(program, Optional.of(tiers), catalogue);
  }

  /** {@code program} without tiers, with {@code catalogue}. */
  public static LoyaltyProgramme withoutTiers(Program program, RewardCatalogue catalogue) {
    return new LoyaltyProgramme(program, Optional.empty(), catalogue);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LoyaltyProgramme p && tiers.equals(p.tiers) && catalogue.equals(p.catalogue)
        && program.name().equals(p.program.name()) && program.currency().equals(p.program.currency())
        && program.rules().equals(p.program.rules()) && program.ledgerPolicy().equals(p.program.ledgerPolicy())
        && program.redemptionRate().equals(p.program.redemptionRate());
  }

  @Override
  public int hashCode() {
    return Objects.hash(tiers, catalogue, program.name(), program.currency(), program.rules(),
        program.ledgerPolicy(), program.redemptionRate());
  }

  @Override
  public String toString() {
    return program.name() + ": " + program.rules().size() + " earning rules, "
        + tiers.map(t -> t.tiers().size() + " tiers").orElse("no tiers") + ", "
        + catalogue.rewards().size() + " rewards";
  }
}
