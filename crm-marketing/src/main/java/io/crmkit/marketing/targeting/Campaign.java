package io.crmkit.marketing.targeting;

import io.crmkit.core.customer.Channel;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A campaign: who it is for and what it offers.
 *
 * @since 0.1
 */
public final class Campaign {
  private final String name;
  private final Channel channel;
  private final Map<String, Set<String>> segments;
  private final Set<String> requiredTags;
  private final Set<String> offerTraits;
  private final ConsentPolicy consent;
  private final Optional<ContactCap> cap;

  /**
   * Checks no component is null, the name is not blank and every targeted scheme names at least one
   * segment.
   */
  Campaign(
      String name,
      Channel channel,
      Map<String, Set<String>> segments,
      Set<String> requiredTags,
      Set<String> offerTraits,
      ConsentPolicy consent,
      Optional<ContactCap> cap) {
    Objects.requireNonNull(name, "name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("campaign name must not be blank");
    }
    Objects.requireNonNull(channel, "channel of campaign " + name + " must not be null");
    Objects.requireNonNull(segments, "segments of campaign " + name + " must not be null");
    LinkedHashMap<String, Set<String>> seg = new LinkedHashMap<>();
    segments.forEach(
        (scheme, names) -> {
          if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException(
                "segments of scheme " + scheme + " in campaign " + name + " must not be empty");
          }
          seg.put(scheme, Collections.unmodifiableSet(new TreeSet<>(names)));
        });
    segments = Collections.unmodifiableMap(seg);
    requiredTags =
        Set.copyOf(Objects.requireNonNull(requiredTags, "requiredTags must not be null"));
    offerTraits = Set.copyOf(Objects.requireNonNull(offerTraits, "offerTraits must not be null"));
    Objects.requireNonNull(consent, "consent must not be null");
    Objects.requireNonNull(cap, "cap must not be null (use Optional.empty())");
    this.name = name;
    this.channel = channel;
    this.segments = segments;
    this.requiredTags = requiredTags;
    this.offerTraits = offerTraits;
    this.consent = consent;
    this.cap = cap;
  }

  /** A builder: everyone, no tags, no traits, opted-out customers excluded, no cap. */
  public static Builder builder(String name, Channel channel) {
    return new Builder(name, channel);
  }

  /**
   * Builds a campaign. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String name;
    private final Channel channel;
    private final Map<String, Set<String>> segments = new LinkedHashMap<>();
    private final Set<String> tags = new TreeSet<>();
    private final Set<String> traits = new TreeSet<>();
    private ConsentPolicy consent = ConsentPolicy.EXCLUDE_OPTED_OUT;
    private Optional<ContactCap> cap = Optional.empty();

    private Builder(String name, Channel channel) {
      this.name = name;
      this.channel = channel;
    }

    /** Customers in one of {@code names} of scheme {@code scheme}. */
    public Builder inSegments(String scheme, String... names) {
      segments.computeIfAbsent(scheme, k -> new TreeSet<>()).addAll(Arrays.asList(names));
      return this;
    }

    /** Customers carrying {@code tag}. */
    public Builder withTag(String tag) {
      tags.add(tag);
      return this;
    }

    /** The offer has these traits. */
    public Builder offerTraits(String... values) {
      traits.addAll(Arrays.asList(values));
      return this;
    }

    /** Sets the campaign to reach only customers who opted in to its channel. */
    public Builder requireOptIn() {
      consent = ConsentPolicy.REQUIRE_OPT_IN;
      return this;
    }

    /** Sets the contact cap: at most so many contacts per customer within a time window. */
    public Builder cap(ContactCap value) {
      cap = Optional.of(value);
      return this;
    }

    /** The campaign with the settings made so far. */
    public Campaign build() {
      return new Campaign(name, channel, segments, tags, traits, consent, cap);
    }
  }

  /** Returns the campaign's name. */
  public String name() {
    return name;
  }

  /** Returns the channel it goes out on (consent is checked for it). */
  public Channel channel() {
    return channel;
  }

  /**
   * Returns per scheme name, the segments that qualify; a customer must be in one of the listed
   * segments of every listed scheme (empty: everyone).
   */
  public Map<String, Set<String>> segments() {
    return segments;
  }

  /** Returns tags a customer must all carry. */
  public Set<String> requiredTags() {
    return requiredTags;
  }

  /** Returns traits of the offer, checked against stated preferences (e.g. {@code "spicy"}). */
  public Set<String> offerTraits() {
    return offerTraits;
  }

  /** Returns which consent the channel needs. */
  public ConsentPolicy consent() {
    return consent;
  }

  /** Returns the contact-frequency cap, if any. */
  public Optional<ContactCap> cap() {
    return cap;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Campaign o
        && Objects.equals(name, o.name)
        && Objects.equals(channel, o.channel)
        && Objects.equals(segments, o.segments)
        && Objects.equals(requiredTags, o.requiredTags)
        && Objects.equals(offerTraits, o.offerTraits)
        && Objects.equals(consent, o.consent)
        && Objects.equals(cap, o.cap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, channel, segments, requiredTags, offerTraits, consent, cap);
  }

  @Override
  public String toString() {
    return "Campaign[name="
        + name
        + ", channel="
        + channel
        + ", segments="
        + segments
        + ", requiredTags="
        + requiredTags
        + ", offerTraits="
        + offerTraits
        + ", consent="
        + consent
        + ", cap="
        + cap
        + "]";
  }
}
