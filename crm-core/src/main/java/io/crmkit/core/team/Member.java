package io.crmkit.core.team;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A team member who can own leads, tickets and customers: roles, skills, the attribute values they
 * cover (territories, languages, products, shops …), a capacity and a schedule.
 *
 * <p>{@code capacity} is the most open items (leads, tickets) the member may hold at once, a count
 * {@code >= 0} ({@link #UNLIMITED} for no limit). {@code weight} is the member's share in weighted
 * round-robin, a count {@code >= 1} (a member of weight 2 gets twice as many items as one of weight
 * 1). Sets and maps are copied and kept sorted, so two equal members print alike.
 *
 * <pre>{@code
 * Member ana = Member.builder("ana").name("Ana Ruiz").roles(Role.AGENT).skills("billing")
 *     .territories("EU").languages("es", "en").shops("shop-1", "shop-2").capacity(20).build();
 * }</pre>
 *
 * @param id the member's id
 * @param name the display name
 * @param roles the roles held, possibly none
 * @param skills the skills, e.g. {@code "billing"}
 * @param attributes per attribute key, the values the member covers (no key maps to an empty set)
 * @param capacity the most open items at once, {@code >= 0}
 * @param weight the share in weighted round-robin, {@code >= 1}
 * @param availability when the member works by schedule
 * @since 0.1
 */
public record Member(
    MemberId id,
    String name,
    SortedSet<Role> roles,
    SortedSet<String> skills,
    SortedMap<AttributeKey, SortedSet<String>> attributes,
    int capacity,
    int weight,
    Availability availability) {

  /** The capacity of a member without a limit: {@link Integer#MAX_VALUE} open items. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  /**
   * A member; prefer {@link #builder(String)}.
   *
   * @throws IllegalArgumentException if the name is blank, a skill or value is blank, an attribute
   *     maps to no value, the capacity is negative or the weight below 1
   */
  public Member {
    Objects.requireNonNull(id, "member id must not be null");
    Objects.requireNonNull(name, "name of member " + id + " must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "name of member " + id + " must not be blank but was: '" + name + "'");
    }
    roles =
        Collections.unmodifiableSortedSet(
            new TreeSet<>(Objects.requireNonNull(roles, "roles must not be null")));
    skills = checkedValues(id, "skills", skills);
    Objects.requireNonNull(attributes, "attributes of member " + id + " must not be null");
    TreeMap<AttributeKey, SortedSet<String>> copy = new TreeMap<>();
    attributes.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, "attribute keys of member " + id + " must not be null");
          SortedSet<String> values = checkedValues(id, k.name(), v);
          if (values.isEmpty()) {
            throw new IllegalArgumentException(
                "attribute "
                    + k
                    + " of member "
                    + id
                    + " must have at least one value but had none (leave the key out instead)");
          }
          copy.put(k, values);
        });
    attributes = Collections.unmodifiableSortedMap(copy);
    if (capacity < 0) {
      throw new IllegalArgumentException(
          "capacity of member " + id + " must be >= 0 open items but was: " + capacity);
    }
    if (weight < 1) {
      throw new IllegalArgumentException(
          "weight of member " + id + " must be >= 1 but was: " + weight);
    }
    Objects.requireNonNull(availability, "availability of member " + id + " must not be null");
  }

  private static SortedSet<String> checkedValues(
      MemberId id, String field, Collection<String> values) {
    Objects.requireNonNull(values, field + " of member " + id + " must not be null");
    TreeSet<String> copy = new TreeSet<>();
    for (String v : values) {
      Objects.requireNonNull(v, field + " of member " + id + " must not contain null");
      if (v.isBlank()) {
        throw new IllegalArgumentException(
            field + " of member " + id + " must not contain a blank value but had: '" + v + "'");
      }
      copy.add(v);
    }
    return Collections.unmodifiableSortedSet(copy);
  }

  /**
   * A builder of the member with id {@code id}: name = id, no roles, skills or attributes,
   * unlimited capacity, weight 1, always available.
   */
  public static Builder builder(String id) {
    return new Builder(MemberId.of(id));
  }

  /** A builder of the member with id {@code id}, defaults as {@link #builder(String)}. */
  public static Builder builder(MemberId id) {
    return new Builder(Objects.requireNonNull(id, "member id must not be null"));
  }

  /** The values of {@code key} this member covers, empty when none. */
  public Set<String> values(AttributeKey key) {
    SortedSet<String> v = attributes.get(key);
    return v == null ? Collections.emptySortedSet() : v;
  }

  /** Whether this member covers {@code value} of {@code key}. */
  public boolean covers(AttributeKey key, String value) {
    return values(key).contains(value);
  }

  /** The territories covered ({@link AttributeKey#TERRITORY}). */
  public Set<String> territories() {
    return values(AttributeKey.TERRITORY);
  }

  /** The languages spoken ({@link AttributeKey#LANGUAGE}). */
  public Set<String> languages() {
    return values(AttributeKey.LANGUAGE);
  }

  /** The products covered ({@link AttributeKey#PRODUCT}). */
  public Set<String> products() {
    return values(AttributeKey.PRODUCT);
  }

  /** The shops covered ({@link AttributeKey#SHOP}). */
  public Set<String> shops() {
    return values(AttributeKey.SHOP);
  }

  /** Whether this member holds {@code role}. */
  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** Whether this member has every skill of {@code required}. */
  public boolean hasSkills(Collection<String> required) {
    return skills.containsAll(required);
  }

  /** This member with another capacity (open items, {@code >= 0}). */
  public Member withCapacity(int newCapacity) {
    return new Member(id, name, roles, skills, attributes, newCapacity, weight, availability);
  }

  /**
   * For example {@code "Member[ana 'Ana Ruiz', roles [agent], skills [billing], shop [shop-1],
   * capacity 20]"}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Member[").append(id);
    if (!name.equals(id.value())) {
      sb.append(" '").append(name).append('\'');
    }
    if (!roles.isEmpty()) {
      sb.append(", roles ").append(roles);
    }
    if (!skills.isEmpty()) {
      sb.append(", skills ").append(skills);
    }
    attributes.forEach((k, v) -> sb.append(", ").append(k).append(' ').append(v));
    sb.append(", capacity ")
        .append(capacity == UNLIMITED ? "unlimited" : Integer.toString(capacity));
    if (weight != 1) {
      sb.append(", weight ").append(weight);
    }
    if (!(availability instanceof Availability.Always)) {
      sb.append(", available ").append(availability);
    }
    return sb.append(']').toString();
  }

  /**
   * Builds a {@link Member}; every method returns this builder.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final MemberId id;
    private String name;
    private final TreeSet<Role> roles = new TreeSet<>();
    private final TreeSet<String> skills = new TreeSet<>();
    private final TreeMap<AttributeKey, TreeSet<String>> attributes = new TreeMap<>();
    private int capacity = UNLIMITED;
    private int weight = 1;
    private Availability availability = Availability.always();

    private Builder(MemberId id) {
      this.id = id;
      this.name = id.value();
    }

    /** The display name. */
    public Builder name(String displayName) {
      this.name = Objects.requireNonNull(displayName, "name must not be null");
      return this;
    }

    /** Adds roles. */
    public Builder roles(Role... more) {
      roles.addAll(Arrays.asList(more));
      return this;
    }

    /** Adds roles by name. */
    public Builder roles(String... names) {
      for (String n : names) {
        roles.add(Role.of(n));
      }
      return this;
    }

    /** Adds skills. */
    public Builder skills(String... more) {
      skills.addAll(Arrays.asList(more));
      return this;
    }

    /** Adds covered values of {@code key}. */
    public Builder attribute(AttributeKey key, String... values) {
      Objects.requireNonNull(key, "attribute key must not be null");
      attributes.computeIfAbsent(key, k -> new TreeSet<>()).addAll(Arrays.asList(values));
      return this;
    }

    /** Adds covered territories. */
    public Builder territories(String... values) {
      return attribute(AttributeKey.TERRITORY, values);
    }

    /** Adds spoken languages. */
    public Builder languages(String... values) {
      return attribute(AttributeKey.LANGUAGE, values);
    }

    /** Adds covered products. */
    public Builder products(String... values) {
      return attribute(AttributeKey.PRODUCT, values);
    }

    /** Adds covered shops. */
    public Builder shops(String... values) {
      return attribute(AttributeKey.SHOP, values);
    }

    /** The most open items at once ({@code >= 0}). */
    public Builder capacity(int openItems) {
      this.capacity = openItems;
      return this;
    }

    /** The share in weighted round-robin ({@code >= 1}). */
    public Builder weight(int share) {
      this.weight = share;
      return this;
    }

    /** When the member works by schedule. */
    public Builder availability(Availability schedule) {
      this.availability = Objects.requireNonNull(schedule, "availability must not be null");
      return this;
    }

    /** The member. */
    public Member build() {
      java.util.NavigableMap<AttributeKey, SortedSet<String>> attrs = new TreeMap<>();
      attributes.forEach(attrs::put);
      return new Member(id, name, roles, skills, attrs, capacity, weight, availability);
    }
  }
}
