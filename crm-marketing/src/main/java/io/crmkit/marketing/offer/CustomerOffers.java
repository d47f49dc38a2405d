package io.crmkit.marketing.offer;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.marketing.targeting.Exclusion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The offers to one customer, best first, or why the customer gets none.
 *
 * @since 0.1
 */
public final class CustomerOffers {
  private final CustomerId customer;
  private final List<Offer> offers;
  private final Optional<Exclusion> excluded;
  private final List<RefusedOffer> refused;

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  CustomerOffers(
      CustomerId customer,
      List<Offer> offers,
      Optional<Exclusion> excluded,
      List<RefusedOffer> refused) {
    Objects.requireNonNull(customer, "customer must not be null");
    offers = List.copyOf(Objects.requireNonNull(offers, "offers must not be null"));
    Objects.requireNonNull(excluded, "excluded must not be null (use Optional.empty())");
    refused = List.copyOf(Objects.requireNonNull(refused, "refused must not be null"));
    if (excluded.isPresent() && !offers.isEmpty()) {
      throw new IllegalArgumentException(
          "an excluded customer " + customer + " must get no offers but got " + offers);
    }
    this.customer = customer;
    this.offers = offers;
    this.excluded = excluded;
    this.refused = refused;
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

  /** Returns the customer. */
  public CustomerId customer() {
    return customer;
  }

  /** Returns the offers, best first (empty when excluded). */
  public List<Offer> offers() {
    return offers;
  }

  /**
   * Returns why the customer may not be contacted (no record, opted out, no opt-in, contact cap),
   * if so.
   */
  public Optional<Exclusion> excluded() {
    return excluded;
  }

  /** Returns the candidate items refused by the item rules, best candidate first. */
  public List<RefusedOffer> refused() {
    return refused;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CustomerOffers o
        && Objects.equals(customer, o.customer)
        && Objects.equals(offers, o.offers)
        && Objects.equals(excluded, o.excluded)
        && Objects.equals(refused, o.refused);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customer, offers, excluded, refused);
  }
}
