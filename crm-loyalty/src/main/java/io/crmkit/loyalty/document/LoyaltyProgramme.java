package io.crmkit.loyalty.document;

import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.redemption.RewardCatalogue;
import io.crmkit.loyalty.tier.TierProgram;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole loyalty programme: the {@code program} (earning rules, ledger policy, redemption rate),
 * its {@code tiers} if it has any (counted in the programme's currency) and its reward {@code
 * catalogue} (possibly empty). Read and written by {@link LoyaltyProgrammeJson}.
 *
 * <p>Equal when the tiers and catalogues are equal and the programmes have the same name, currency,
 * rules, ledger policy and redemption rate ({@link Program} itself compares by identity).
 *
 * @since 0.1
 */
public final class LoyaltyProgramme {

  private final Program program;
  private final TierProgram tiers; // null: none
  private final RewardCatalogue catalogue;

  private LoyaltyProgramme(Program program, TierProgram tiers, RewardCatalogue catalogue) {
    this.program = Objects.requireNonNull(program, "program must not be null");
    this.catalogue =
        Objects.requireNonNull(catalogue, "catalogue must not be null (use RewardCatalogue.of())");
    if (tiers != null && !tiers.currency().equals(program.currency())) {
      throw new IllegalArgumentException(
          "currency of the tiers must be the programme's currency "
              + program.currency()
              + " but was: "
              + tiers.currency());
    }
    this.tiers = tiers;
  }

  /** {@code program} with {@code tiers} (in the programme's currency) and {@code catalogue}. */
  public static LoyaltyProgramme of(Program program, TierProgram tiers, RewardCatalogue catalogue) {
    return new LoyaltyProgramme(
        program, Objects.requireNonNull(tiers, "tiers must not be null"), catalogue);
  }

  /** {@code program} without tiers, with {@code catalogue}. */
  public static LoyaltyProgramme withoutTiers(Program program, RewardCatalogue catalogue) {
    return new LoyaltyProgramme(program, null, catalogue);
  }

  /** The programme: earning rules, ledger policy, redemption rate. */
  public Program program() {
    return program;
  }

  /** Its tiers, if it has any. */
  public Optional<TierProgram> tiers() {
    return Optional.ofNullable(tiers);
  }

  /** Its reward catalogue (possibly empty). */
  public RewardCatalogue catalogue() {
    return catalogue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LoyaltyProgramme p
        && Objects.equals(tiers, p.tiers)
        && catalogue.equals(p.catalogue)
        && program.name().equals(p.program.name())
        && program.currency().equals(p.program.currency())
        && program.rules().equals(p.program.rules())
        && program.ledgerPolicy().equals(p.program.ledgerPolicy())
        && program.redemptionRate().equals(p.program.redemptionRate());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        tiers,
        catalogue,
        program.name(),
        program.currency(),
        program.rules(),
        program.ledgerPolicy(),
        program.redemptionRate());
  }

  @Override
  public String toString() {
    return program.name()
        + ": "
        + program.rules().size()
        + " earning rules, "
        + (tiers == null ? "no tiers" : tiers.tiers().size() + " tiers")
        + ", "
        + catalogue.rewards().size()
        + " rewards";
  }
}
