package io.crmkit.marketing.offer;

import io.crmkit.core.customer.Channel;
import io.crmkit.marketing.targeting.ConsentPolicy;
import io.crmkit.marketing.targeting.ContactCap;
import io.crmkit.marketing.targeting.ContactEligibility;
import io.crmkit.marketing.targeting.PreferenceConflicts;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The campaign rules an offer obeys, those of {@link io.crmkit.marketing.targeting}: the channel it
 * goes out on and the consent it needs there, an optional contact cap, the preference conflicts of
 * item traits, and items never to offer.
 *
 * @since 0.1
 */
public final class OfferPolicy {
  private final Channel channel;
  private final ConsentPolicy consent;
  private final Optional<ContactCap> cap;
  private final PreferenceConflicts conflicts;
  private final Set<String> excludedItems;

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  OfferPolicy(
      Channel channel,
      ConsentPolicy consent,
      Optional<ContactCap> cap,
      PreferenceConflicts conflicts,
      Set<String> excludedItems) {
    Objects.requireNonNull(channel, "channel must not be null");
    Objects.requireNonNull(consent, "consent must not be null");
    Objects.requireNonNull(cap, "cap must not be null (use Optional.empty())");
    Objects.requireNonNull(conflicts, "conflicts must not be null");
    excludedItems =
        java.util.Collections.unmodifiableSet(
            new TreeSet<>(Objects.requireNonNull(excludedItems, "excludedItems must not be null")));
    this.channel = channel;
    this.consent = consent;
    this.cap = cap;
    this.conflicts = conflicts;
    this.excludedItems = excludedItems;
  }

  /**
   * Offers on {@code channel} to everyone who did not opt out, no cap, no conflicts, no excluded
   * items.
   */
  public static OfferPolicy on(Channel channel) {
    return new OfferPolicy(
        channel,
        ConsentPolicy.EXCLUDE_OPTED_OUT,
        Optional.empty(),
        PreferenceConflicts.none(),
        Set.of());
  }

  /**
   * The customer-level checks of this policy (consent on the channel, the contact cap, the
   * preference conflicts): the filter {@link io.crmkit.marketing.targeting.CampaignTargeter}
   * applies to a campaign's audience.
   */
  public ContactEligibility eligibility() {
    return cap.map(c -> ContactEligibility.of(channel, consent, c, conflicts))
        .orElseGet(() -> ContactEligibility.of(channel, consent, conflicts));
  }

  /** This policy requiring an opt-in on the channel. */
  public OfferPolicy requireOptIn() {
    return new OfferPolicy(channel, ConsentPolicy.REQUIRE_OPT_IN, cap, conflicts, excludedItems);
  }

  /** This policy with contact cap {@code value}. */
  public OfferPolicy cap(ContactCap value) {
    return new OfferPolicy(channel, consent, Optional.of(value), conflicts, excludedItems);
  }

  /** This policy with preference conflicts {@code value}. */
  public OfferPolicy conflicts(PreferenceConflicts value) {
    return new OfferPolicy(channel, consent, cap, value, excludedItems);
  }

  /** This policy never offering {@code items}. */
  public OfferPolicy excluding(String... items) {
    TreeSet<String> e = new TreeSet<>(excludedItems);
    e.addAll(Arrays.asList(items));
    return new OfferPolicy(channel, consent, cap, conflicts, e);
  }

  /** Returns the channel of the offer. */
  public Channel channel() {
    return channel;
  }

  /** Returns the consent the channel needs. */
  public ConsentPolicy consent() {
    return consent;
  }

  /** Returns the contact-frequency cap, if any. */
  public Optional<ContactCap> cap() {
    return cap;
  }

  /** Returns which preferences contradict which traits. */
  public PreferenceConflicts conflicts() {
    return conflicts;
  }

  /** Returns item ids never offered (e.g. out of stock, recalled). */
  public Set<String> excludedItems() {
    return excludedItems;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OfferPolicy o
        && Objects.equals(channel, o.channel)
        && Objects.equals(consent, o.consent)
        && Objects.equals(cap, o.cap)
        && Objects.equals(conflicts, o.conflicts)
        && Objects.equals(excludedItems, o.excludedItems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, consent, cap, conflicts, excludedItems);
  }

  @Override
  public String toString() {
    return "OfferPolicy[channel="
        + channel
        + ", consent="
        + consent
        + ", cap="
        + cap
        + ", conflicts="
        + conflicts
        + ", excludedItems="
        + excludedItems
        + "]";
  }
}
