package io.crmkit.marketing.targeting;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Customer;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a customer may be sent something on a channel: the one eligibility filter of {@link
 * CampaignTargeter} (a campaign's audience) and {@link io.crmkit.marketing.offer.NextBestOffer} (a
 * customer's offers). The checks run in the order of {@link ExclusionReason}: opted out of the
 * channel, no opt-in where {@link ConsentPolicy#REQUIRE_OPT_IN} needs one, a stated preference
 * contradicting a trait of what is sent ({@link PreferenceConflicts}), and the contact cap within
 * its window ending at the given instant ({@link ContactHistory}); the first that fails is the
 * exclusion. Immutable and thread-safe.
 *
 * <pre>{@code
 * ContactEligibility rules = ContactEligibility.of(Channel.EMAIL, ConsentPolicy.REQUIRE_OPT_IN,
 *     ContactCap.of(2, Duration.ofDays(7)), PreferenceConflicts.none());
 * Optional<Exclusion> why = rules.exclusion(customer, Set.of("spicy"), contacts, now);
 * }</pre>
 *
 * @since 0.1
 */
public final class ContactEligibility {
  private final Channel channel;
  private final ConsentPolicy consent;
  private final Optional<ContactCap> cap;
  private final PreferenceConflicts conflicts;

  /** Checks that no component is null. */
  ContactEligibility(
      Channel channel,
      ConsentPolicy consent,
      Optional<ContactCap> cap,
      PreferenceConflicts conflicts) {
    Objects.requireNonNull(channel, "channel must not be null");
    Objects.requireNonNull(consent, "consent must not be null");
    Objects.requireNonNull(cap, "cap must not be null (use Optional.empty())");
    Objects.requireNonNull(conflicts, "conflicts must not be null");
    this.channel = channel;
    this.consent = consent;
    this.cap = cap;
    this.conflicts = conflicts;
  }

  /** The filter of {@code channel} under {@code consent}, {@code cap} and {@code conflicts}. */
  public static ContactEligibility of(
      Channel channel, ConsentPolicy consent, ContactCap cap, PreferenceConflicts conflicts) {
    return new ContactEligibility(
        channel,
        consent,
        Optional.of(Objects.requireNonNull(cap, "cap must not be null")),
        conflicts);
  }

  /** The filter of {@code channel} under {@code consent} and {@code conflicts}, without a cap. */
  public static ContactEligibility of(
      Channel channel, ConsentPolicy consent, PreferenceConflicts conflicts) {
    return new ContactEligibility(channel, consent, Optional.empty(), conflicts);
  }

  /** The filter with the cap {@code cap}, if any. */
  static ContactEligibility of(
      Channel channel,
      ConsentPolicy consent,
      Optional<ContactCap> cap,
      PreferenceConflicts conflicts) {
    return new ContactEligibility(channel, consent, cap, conflicts);
  }

  /**
   * Why {@code customer} may not be sent something with traits {@code traits} (empty: none) at
   * {@code now}, given the past {@code contacts}; empty when it may.
   */
  public Optional<Exclusion> exclusion(
      Customer customer, Set<String> traits, ContactHistory contacts, Instant now) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(traits, "traits must not be null");
    Objects.requireNonNull(contacts, "contacts must not be null");
    Objects.requireNonNull(now, "now must not be null");
    if (customer.isOptedOut(channel)) {
      return Optional.of(new Exclusion(customer.id(), ExclusionReason.OPTED_OUT, channel.name()));
    }
    if (consent == ConsentPolicy.REQUIRE_OPT_IN && !customer.isOptedIn(channel)) {
      return Optional.of(new Exclusion(customer.id(), ExclusionReason.NO_OPT_IN, channel.name()));
    }
    Optional<String> conflict = conflict(traits, customer.preferences());
    if (conflict.isPresent()) {
      return Optional.of(
          new Exclusion(customer.id(), ExclusionReason.PREFERENCE_CONFLICT, conflict.get()));
    }
    if (cap.isPresent()) {
      ContactCap c = cap.get();
      int recent = contacts.count(customer.id(), now.minus(c.window()), now);
      if (recent >= c.maxContacts()) {
        return Optional.of(
            new Exclusion(
                customer.id(), ExclusionReason.CONTACT_CAP, recent + " contacts in " + c.window()));
      }
    }
    return Optional.empty();
  }

  /**
   * The first contradiction, as text, between {@code traits} and a customer's {@code preferences}
   * ({@link PreferenceConflicts#conflict}); empty when either set is empty or nothing contradicts.
   */
  public Optional<String> conflict(Set<String> traits, Set<String> preferences) {
    Objects.requireNonNull(traits, "traits must not be null");
    Objects.requireNonNull(preferences, "preferences must not be null");
    return traits.isEmpty() || preferences.isEmpty()
        ? Optional.empty()
        : conflicts.conflict(traits, preferences);
  }

  @Override
  public String toString() {
    return "ContactEligibility["
        + channel
        + ", "
        + consent
        + cap.map(c -> ", " + c).orElse("")
        + ", "
        + conflicts
        + "]";
  }

  /** Returns the channel it goes out on (consent is checked for it). */
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

  /** Returns which stated preferences contradict which traits. */
  public PreferenceConflicts conflicts() {
    return conflicts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContactEligibility o
        && Objects.equals(channel, o.channel)
        && Objects.equals(consent, o.consent)
        && Objects.equals(cap, o.cap)
        && Objects.equals(conflicts, o.conflicts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, consent, cap, conflicts);
  }
}
