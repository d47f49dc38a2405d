package io.crmkit.marketing.offer;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.marketing.targeting.Exclusion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The offers to one customer, best first, or why the customer gets none.
 *
 * @param customer the customer
 * @param offers the offers, best first (empty when excluded)
 * @param excluded why the customer may not be contacted (no record, opted out, no opt-in, contact
 *     cap), if so
 * @param refused the candidate items refused by the item rules, best candidate first
 * @since 0.1
 */
public record CustomerOffers(
    CustomerId customer,
    List<Offer> offers,
    Optional<Exclusion> excluded,
    List<RefusedOffer> refused) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public CustomerOffers {
    Objects.requireNonNull(customer, "customer must not be null");
    offers = List.copyOf(Objects.requireNonNull(offers, "offers must not be null"));
    Objects.requireNonNull(excluded, "excluded must not be null (use Optional.empty())");
    refused = List.copyOf(Objects.requireNonNull(refused, "refused must not be null"));
    if (excluded.isPresent() && !offers.isEmpty()) {
      throw new IllegalArgumentException(
          "an excluded customer " + customer + " must get no offers but got " + offers);
    }
  }

  @Override
  public String toString() {
    if (excluded.isPresent()) {
      return customer + ": none, " + excluded.get();
    }
    StringBuilder sb = new StringBuilder(customer + ":");
    for (Offer o : offers) {
      sb.append("\n  ").append(o);
    }
    for (RefusedOffer r : refused) {
      sb.append("\n  not ").append(r);
    }
    return sb.toString();
  }
}
