package io.crmkit.sales.forecast;

import io.crmkit.core.team.MemberId;
import io.crmkit.sales.pipeline.Deal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A deal and the rep who owns it, the unit of the forecast.
 *
 * @param deal the deal
 * @param owner the rep it is forecast for
 * @since 0.1
 */
public record OwnedDeal(Deal deal, MemberId owner) {

  /** Validates that no field is null. */
  public OwnedDeal {
    Objects.requireNonNull(deal, "deal must not be null");
    Objects.requireNonNull(owner, "owner of deal " + deal.id() + " must not be null");
  }

  /** {@code deal} owned by {@code owner}. */
  public static OwnedDeal of(Deal deal, MemberId owner) {
    return new OwnedDeal(deal, owner);
  }

  /**
   * Each of {@code deals} with the owner {@code ownerOf} gives it (e.g. the holder of its customer
   * in the pool).
   */
  public static List<OwnedDeal> of(Collection<Deal> deals, Function<Deal, MemberId> ownerOf) {
    Objects.requireNonNull(deals, "deals must not be null");
    Objects.requireNonNull(ownerOf, "ownerOf must not be null");
    return deals.stream().map(d -> new OwnedDeal(d, ownerOf.apply(d))).toList();
  }

  /** For example {@code "ann: deal d-1 ..."}. */
  @Override
  public String toString() {
    return owner + ": " + deal;
  }
}
