package io.crmkit.core.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A customer record: who the customer is, how to reach them, what the business knows about them and
 * what they agreed to.
 *
 * <ul>
 *   <li>{@code displayName}: the name to show; may be empty when unknown, never padded with
 *       whitespace;
 *   <li>{@code contacts}: e-mail addresses, phone numbers, ... in the order given; no duplicate
 *       (type, value) and at most one primary contact per type;
 *   <li>{@code birthDate}, {@code gender}, {@code demographics}: optional personal data;
 *   <li>{@code attributes}: free key/value pairs (non-blank keys); dated attributes hold ISO dates
 *       ({@code "wedding" -> "2015-06-20"}, read with {@link #dateAttribute});
 *   <li>{@code tags}: free labels, including preferences written {@code "prefers:sweet"};
 *   <li>{@code consents}: the explicit consent per channel; a channel without entry is unknown;
 *   <li>{@code zone}: the customer's own time zone, when known;
 *   <li>{@code createdAt} / {@code updatedAt}: when the record was created and last changed ({@code
 *       updatedAt} never before {@code createdAt}).
 * </ul>
 *
 * <p>Build one with {@link #builder(CustomerId, Instant)}; change one with {@link #toBuilder()}.
 * The collections are unmodifiable; attributes and tags iterate in sorted order, consents in
 * channel order.
 *
 * @since 0.1
 */
public final class Customer {
  /**
   * The tag prefix that marks a preference: tag {@code "prefers:sweet"} is preference {@code
   * "sweet"}.
   */
  public static final String PREFERENCE_PREFIX = "prefers:";

  private final CustomerId id;
  private final String displayName;
  private final List<ContactPoint> contacts;
  private final Optional<LocalDate> birthDate;
  private final Optional<Gender> gender;
  private final Demographics demographics;
  private final Map<String, String> attributes;
  private final Set<String> tags;
  private final Map<Channel, Consent> consents;
  private final Optional<ZoneId> zone;
  private final Instant createdAt;
  private final Instant updatedAt;

  /**
   * Checks every component: none null, the display name already stripped of surrounding spaces;
   * throws naming the customer id and the offending field.
   */
  private Customer(
      CustomerId id,
      String displayName,
      List<ContactPoint> contacts,
      Optional<LocalDate> birthDate,
      Optional<Gender> gender,
      Demographics demographics,
      Map<String, String> attributes,
      Set<String> tags,
      Map<Channel, Consent> consents,
      Optional<ZoneId> zone,
      Instant createdAt,
      Instant updatedAt) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(
        displayName, "displayName of customer " + id + " must not be null (use \"\" when unknown)");
    if (!displayName.equals(displayName.strip())) {
      throw new IllegalArgumentException(
          "displayName of customer "
              + id
              + " must not have leading or trailing whitespace but was: '"
              + displayName
              + "'");
    }
    Objects.requireNonNull(
        contacts, "contacts of customer " + id + " must not be null (use an empty list)");
    this.contacts = List.copyOf(contacts);
    checkContacts(id, this.contacts);
    Objects.requireNonNull(
        birthDate, "birthDate of customer " + id + " must not be null (use Optional.empty())");
    Objects.requireNonNull(
        gender, "gender of customer " + id + " must not be null (use Optional.empty())");
    Objects.requireNonNull(
        demographics,
        "demographics of customer " + id + " must not be null (use Demographics.none())");
    this.attributes = copyAttributes(id, attributes);
    this.tags = copyTags(id, tags);
    Objects.requireNonNull(
        consents, "consents of customer " + id + " must not be null (use an empty map)");
    EnumMap<Channel, Consent> consentCopy = new EnumMap<>(Channel.class);
    consents.forEach(
        (channel, consent) ->
            consentCopy.put(
                Objects.requireNonNull(
                    channel, "consent channel of customer " + id + " must not be null"),
                Objects.requireNonNull(
                    consent,
                    "consent for " + channel + " of customer " + id + " must not be null")));
    this.consents = Collections.unmodifiableMap(consentCopy);
    Objects.requireNonNull(
        zone, "zone of customer " + id + " must not be null (use Optional.empty())");
    Objects.requireNonNull(createdAt, "createdAt of customer " + id + " must not be null");
    Objects.requireNonNull(updatedAt, "updatedAt of customer " + id + " must not be null");
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException(
          "updatedAt of customer "
              + id
              + " must not be before createdAt "
              + createdAt
              + " but was: "
              + updatedAt);
    }
    this.id = id;
    this.displayName = displayName;
    this.birthDate = birthDate;
    this.gender = gender;
    this.demographics = demographics;
    this.zone = zone;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
  }

  /** The customer's id. */
  public CustomerId id() {
    return id;
  }

  /** The name to show, {@code ""} when unknown; never padded with whitespace. */
  public String displayName() {
    return displayName;
  }

  /** The contact points in the order given (unmodifiable). */
  public List<ContactPoint> contacts() {
    return contacts;
  }

  /** The date of birth (a local date), empty when unknown. */
  public Optional<LocalDate> birthDate() {
    return birthDate;
  }

  /** The gender the customer gave, empty when unknown. */
  public Optional<Gender> gender() {
    return gender;
  }

  /** The demographics, {@link Demographics#none()} when nothing is known. */
  public Demographics demographics() {
    return demographics;
  }

  /** The free attributes in key order (unmodifiable). */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** The tags in sorted order (unmodifiable). */
  public Set<String> tags() {
    return tags;
  }

  /** The explicit consent per channel, in channel order (unmodifiable). */
  public Map<Channel, Consent> consents() {
    return consents;
  }

  /** The customer's own time zone, empty when unknown. */
  public Optional<ZoneId> zone() {
    return zone;
  }

  /** When the record was created. */
  public Instant createdAt() {
    return createdAt;
  }

  /** When the record last changed; never before {@link #createdAt()}. */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Customer c
        && id.equals(c.id)
        && displayName.equals(c.displayName)
        && contacts.equals(c.contacts)
        && birthDate.equals(c.birthDate)
        && gender.equals(c.gender)
        && demographics.equals(c.demographics)
        && attributes.equals(c.attributes)
        && tags.equals(c.tags)
        && consents.equals(c.consents)
        && zone.equals(c.zone)
        && createdAt.equals(c.createdAt)
        && updatedAt.equals(c.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        displayName,
        contacts,
        birthDate,
        gender,
        demographics,
        attributes,
        tags,
        consents,
        zone,
        createdAt,
        updatedAt);
  }

  private static void checkContacts(CustomerId id, List<ContactPoint> contacts) {
    Set<ContactType> primaries = EnumSet.noneOf(ContactType.class);
    Set<String> seen = new HashSet<>();
    for (ContactPoint c : contacts) {
      if (!seen.add(c.type() + "\u0000" + c.value())) {
        throw new IllegalArgumentException(
            "contacts of customer "
                + id
                + " must not repeat a contact but "
                + c.type()
                + " '"
                + c.value()
                + "' appears twice");
      }
      if (c.primary() && !primaries.add(c.type())) {
        throw new IllegalArgumentException(
            "contacts of customer "
                + id
                + " must have at most one primary "
                + c.type()
                + " but '"
                + c.value()
                + "' is a second one");
      }
    }
  }

  private static Map<String, String> copyAttributes(CustomerId id, Map<String, String> attributes) {
    Objects.requireNonNull(
        attributes, "attributes of customer " + id + " must not be null (use an empty map)");
    TreeMap<String, String> copy = new TreeMap<>();
    attributes.forEach(
        (key, value) -> {
          if (key == null || key.isBlank()) {
            throw new IllegalArgumentException(
                "attribute keys of customer " + id + " must not be blank but was: '" + key + "'");
          }
          copy.put(
              key,
              Objects.requireNonNull(
                  value, "attribute '" + key + "' of customer " + id + " must not be null"));
        });
    return Collections.unmodifiableMap(copy);
  }

  private static Set<String> copyTags(CustomerId id, Set<String> tags) {
    Objects.requireNonNull(tags, "tags of customer " + id + " must not be null (use an empty set)");
    TreeSet<String> copy = new TreeSet<>();
    for (String tag : tags) {
      if (tag == null || tag.isBlank() || !tag.equals(tag.strip())) {
        throw new IllegalArgumentException(
            "tags of customer "
                + id
                + " must not be blank or padded with whitespace but was: '"
                + tag
                + "'");
      }
      if (tag.equals(PREFERENCE_PREFIX)) {
        throw new IllegalArgumentException(
            "tag of customer "
                + id
                + " must name a preference after '"
                + PREFERENCE_PREFIX
                + "' but was: '"
                + tag
                + "'");
      }
      copy.add(tag);
    }
    return Collections.unmodifiableSet(copy);
  }

  /**
   * A builder for a new customer created at {@code createdAt} (also its first {@code updatedAt}).
   */
  public static Builder builder(CustomerId id, Instant createdAt) {
    return new Builder(id, createdAt);
  }

  /** A builder for a new customer with the id text {@code id}. */
  public static Builder builder(String id, Instant createdAt) {
    return new Builder(CustomerId.of(id), createdAt);
  }

  /** A builder holding this customer's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id, createdAt);
    b.displayName = displayName;
    b.contacts.addAll(contacts);
    b.birthDate = birthDate;
    b.gender = gender;
    b.demographics = demographics;
    b.attributes.putAll(attributes);
    b.tags.addAll(tags);
    b.consents.putAll(consents);
    b.zone = zone;
    b.updatedAt = updatedAt;
    return b;
  }

  /** Whether the customer carries exactly this tag. */
  public boolean hasTag(String tag) {
    return tags.contains(tag);
  }

  /** The explicit consent recorded for {@code channel}, empty when the customer never answered. */
  public Optional<Consent> consentFor(Channel channel) {
    return Optional.ofNullable(
        consents.get(Objects.requireNonNull(channel, "channel must not be null")));
  }

  /** True only when the customer explicitly opted in on {@code channel}. */
  public boolean isOptedIn(Channel channel) {
    return consentFor(channel).filter(c -> c == Consent.OPTED_IN).isPresent();
  }

  /** True only when the customer explicitly opted out on {@code channel}. */
  public boolean isOptedOut(Channel channel) {
    return consentFor(channel).filter(c -> c == Consent.OPTED_OUT).isPresent();
  }

  /**
   * The customer's age in whole years on {@code date}, empty when the birth date is unknown.
   *
   * @throws IllegalArgumentException if {@code date} is before the birth date
   */
  public OptionalInt ageOn(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    if (birthDate.isEmpty()) {
      return OptionalInt.empty();
    }
    if (date.isBefore(birthDate.get())) {
      throw new IllegalArgumentException(
          "date must not be before the birth date "
              + birthDate.get()
              + " of customer "
              + id
              + " but was: "
              + date);
    }
    return OptionalInt.of(Period.between(birthDate.get(), date).getYears());
  }

  /**
   * The attribute {@code key} read as an ISO date ({@code yyyy-MM-dd}), empty when absent.
   *
   * @throws IllegalArgumentException if the attribute is present but not an ISO date
   */
  public Optional<LocalDate> dateAttribute(String key) {
    String value = attributes.get(Objects.requireNonNull(key, "key must not be null"));
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "attribute '"
              + key
              + "' of customer "
              + id
              + " must be an ISO date (yyyy-MM-dd) but was: '"
              + value
              + "'",
          e);
    }
  }

  /** The attribute {@code key}, empty when absent. */
  public Optional<String> attribute(String key) {
    return Optional.ofNullable(attributes.get(Objects.requireNonNull(key, "key must not be null")));
  }

  /** The preferences: the suffixes of the tags that start with {@code "prefers:"}, sorted. */
  public Set<String> preferences() {
    TreeSet<String> out = new TreeSet<>();
    for (String tag : tags) {
      if (tag.startsWith(PREFERENCE_PREFIX)) {
        out.add(tag.substring(PREFERENCE_PREFIX.length()));
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The contact points of {@code type}, in the order given. */
  public List<ContactPoint> contacts(ContactType type) {
    return contacts.stream().filter(c -> c.type() == type).toList();
  }

  /** The primary contact of {@code type}, or else the first one of that type; empty when none. */
  public Optional<ContactPoint> preferredContact(ContactType type) {
    List<ContactPoint> ofType = contacts(type);
    return ofType.stream()
        .filter(ContactPoint::primary)
        .findFirst()
        .or(() -> ofType.stream().findFirst());
  }

  /**
   * A one-line description listing only the known parts, for example {@code "Customer[42 'Ada',
   * ...]"}.
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(id + (displayName.isEmpty() ? "" : " '" + displayName + "'"));
    if (!contacts.isEmpty()) {
      parts.add("contacts=" + contacts);
    }
    birthDate.ifPresent(d -> parts.add("born " + d));
    gender.ifPresent(g -> parts.add("gender=" + g));
    if (!demographics.isEmpty()) {
      parts.add(demographics.toString());
    }
    if (!attributes.isEmpty()) {
      parts.add("attributes=" + attributes);
    }
    if (!tags.isEmpty()) {
      parts.add("tags=" + tags);
    }
    if (!consents.isEmpty()) {
      parts.add("consents=" + consents);
    }
    zone.ifPresent(z -> parts.add("zone=" + z));
    parts.add(
        "created " + createdAt + (updatedAt.equals(createdAt) ? "" : ", updated " + updatedAt));
    return "Customer[" + String.join(", ", parts) + "]";
  }

  /**
   * Collects the values of a {@link Customer}; {@link #build()} validates them. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final CustomerId id;
    private final Instant createdAt;
    private String displayName = "";
    private final List<ContactPoint> contacts = new ArrayList<>();
    private Optional<LocalDate> birthDate = Optional.empty();
    private Optional<Gender> gender = Optional.empty();
    private Demographics demographics = Demographics.none();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Set<String> tags = new TreeSet<>();
    private final Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
    private Optional<ZoneId> zone = Optional.empty();
    private Instant updatedAt;

    private Builder(CustomerId id, Instant createdAt) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      this.updatedAt = createdAt;
    }

    /** The name to display. */
    public Builder displayName(String name) {
      this.displayName = Objects.requireNonNull(name, "displayName must not be null");
      return this;
    }

    /** Adds a contact point. */
    public Builder contact(ContactPoint contact) {
      contacts.add(Objects.requireNonNull(contact, "contact must not be null"));
      return this;
    }

    /** Adds a (non-primary) e-mail address. */
    public Builder email(String address) {
      return contact(ContactPoint.email(address));
    }

    /** Adds a (non-primary) phone number. */
    public Builder phone(String number) {
      return contact(ContactPoint.phone(number));
    }

    /** Removes every contact point. */
    public Builder clearContacts() {
      contacts.clear();
      return this;
    }

    /** Forgets the date of birth. */
    public Builder clearBirthDate() {
      this.birthDate = Optional.empty();
      return this;
    }

    /** Forgets the gender. */
    public Builder clearGender() {
      this.gender = Optional.empty();
      return this;
    }

    /** Forgets the time zone. */
    public Builder clearZone() {
      this.zone = Optional.empty();
      return this;
    }

    /** The date of birth (a local date, no zone). */
    public Builder birthDate(LocalDate date) {
      this.birthDate = Optional.of(Objects.requireNonNull(date, "birthDate must not be null"));
      return this;
    }

    /** The gender the customer gave. */
    public Builder gender(Gender value) {
      this.gender = Optional.of(Objects.requireNonNull(value, "gender must not be null"));
      return this;
    }

    /** The demographics; {@link Demographics#none()} by default. */
    public Builder demographics(Demographics value) {
      this.demographics = Objects.requireNonNull(value, "demographics must not be null");
      return this;
    }

    /** Sets the free attribute {@code key} to {@code value}. */
    public Builder attribute(String key, String value) {
      attributes.put(
          Objects.requireNonNull(key, "attribute key must not be null"),
          Objects.requireNonNull(value, "attribute value must not be null"));
      return this;
    }

    /**
     * Sets the attribute {@code key} to the ISO form of {@code date}, e.g. {@code "wedding" ->
     * "2015-06-20"}.
     */
    public Builder dateAttribute(String key, LocalDate date) {
      return attribute(key, Objects.requireNonNull(date, "date must not be null").toString());
    }

    /** Removes the attribute {@code key}, if present. */
    public Builder removeAttribute(String key) {
      attributes.remove(key);
      return this;
    }

    /** Adds a tag (not blank, not padded). */
    public Builder tag(String tag) {
      tags.add(Objects.requireNonNull(tag, "tag must not be null"));
      return this;
    }

    /** Removes a tag, if present. */
    public Builder removeTag(String tag) {
      tags.remove(tag);
      return this;
    }

    /** Adds the preference {@code what} as tag {@code "prefers:" + what}. */
    public Builder preference(String what) {
      return tag(PREFERENCE_PREFIX + Objects.requireNonNull(what, "preference must not be null"));
    }

    /** Records the customer's explicit consent for {@code channel}, replacing an earlier one. */
    public Builder consent(Channel channel, Consent consent) {
      consents.put(
          Objects.requireNonNull(channel, "channel must not be null"),
          Objects.requireNonNull(consent, "consent must not be null"));
      return this;
    }

    /** The customer's own time zone. */
    public Builder zone(ZoneId value) {
      this.zone = Optional.of(Objects.requireNonNull(value, "zone must not be null"));
      return this;
    }

    /** When the record last changed; not before {@code createdAt}, which is also the default. */
    public Builder updatedAt(Instant value) {
      this.updatedAt = Objects.requireNonNull(value, "updatedAt must not be null");
      return this;
    }

    /** The customer; throws {@link IllegalArgumentException} naming the first invalid field. */
    public Customer build() {
      return new Customer(
          id,
          displayName,
          contacts,
          birthDate,
          gender,
          demographics,
          attributes,
          tags,
          consents,
          zone,
          createdAt,
          updatedAt);
    }
  }
}
