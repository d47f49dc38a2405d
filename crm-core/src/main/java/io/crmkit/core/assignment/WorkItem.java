package io.crmkit.core.assignment;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.AttributeKey;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A lead or a ticket waiting for an owner: its id, the customer it concerns (for a sticky owner),
 * its attribute values (territory, language, product, shop …) and the skills it needs.
 *
 * <pre>{@code
 * WorkItem t = WorkItem.builder("t-1").customer(CustomerId.of("42")).shop("shop-3").skills("billing").build();
 * }</pre>
 *
 * @since 0.1
 */
public final class WorkItem {

  private final ItemId id;
  private final Optional<CustomerId> customer;
  private final SortedMap<AttributeKey, String> attributes;
  private final SortedSet<String> requiredSkills;

  /**
   * A work item.
   *
   * @throws IllegalArgumentException if an attribute value or skill is blank
   */
  private WorkItem(
      ItemId id,
      Optional<CustomerId> customer,
      SortedMap<AttributeKey, String> attributes,
      SortedSet<String> requiredSkills) {
    Objects.requireNonNull(id, "item id must not be null");
    Objects.requireNonNull(attributes, "attributes of item " + id + " must not be null");
    TreeMap<AttributeKey, String> copy = new TreeMap<>();
    attributes.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, "attribute keys of item " + id + " must not be null");
          Objects.requireNonNull(v, "attribute " + k + " of item " + id + " must not be null");
          if (v.isBlank()) {
            throw new IllegalArgumentException(
                "attribute " + k + " of item " + id + " must not be blank but was: '" + v + "'");
          }
          copy.put(k, v);
        });
    this.attributes = Collections.unmodifiableSortedMap(copy);
    Objects.requireNonNull(requiredSkills, "required skills of item " + id + " must not be null");
    TreeSet<String> skills = new TreeSet<>();
    for (String s : requiredSkills) {
      Objects.requireNonNull(s, "required skills of item " + id + " must not contain null");
      if (s.isBlank()) {
        throw new IllegalArgumentException(
            "required skills of item " + id + " must not contain a blank skill");
      }
      skills.add(s);
    }
    this.requiredSkills = Collections.unmodifiableSortedSet(skills);
    this.id = id;
    this.customer = customer;
  }

  /** The item's id. */
  public ItemId id() {
    return id;
  }

  /** The customer the item concerns, empty when unknown (a fresh lead). */
  public Optional<CustomerId> customer() {
    return customer;
  }

  /** One value per attribute key, in key order (unmodifiable). */
  public SortedMap<AttributeKey, String> attributes() {
    return attributes;
  }

  /** The skills an owner must have (for {@link Condition#hasSkills()}), sorted (unmodifiable). */
  public SortedSet<String> requiredSkills() {
    return requiredSkills;
  }

  /** An item without customer, attributes or required skills. */
  public static WorkItem of(String id) {
    return builder(id).build();
  }

  /** A builder of the item with id {@code id}. */
  public static Builder builder(String id) {
    return new Builder(ItemId.of(id));
  }

  /** A builder of the item with id {@code id}. */
  public static Builder builder(ItemId id) {
    return new Builder(Objects.requireNonNull(id, "item id must not be null"));
  }

  /** The value of {@code key}, if the item has one. */
  public Optional<String> attribute(AttributeKey key) {
    return Optional.ofNullable(attributes.get(key));
  }

  /** Equal when id, customer, attributes and required skills are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof WorkItem w
        && id.equals(w.id)
        && customer.equals(w.customer)
        && attributes.equals(w.attributes)
        && requiredSkills.equals(w.requiredSkills);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, customer, attributes, requiredSkills);
  }

  /** For example {@code "WorkItem[t-1 of 42, shop=shop-3, needs [billing]]"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("WorkItem[").append(id);
    customer.ifPresent(c -> sb.append(" of ").append(c));
    attributes.forEach((k, v) -> sb.append(", ").append(k).append('=').append(v));
    if (!requiredSkills.isEmpty()) {
      sb.append(", needs ").append(requiredSkills);
    }
    return sb.append(']').toString();
  }

  /**
   * Builds a {@link WorkItem}; every method returns this builder.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final ItemId id;
    private Optional<CustomerId> customer = Optional.empty();
    private final TreeMap<AttributeKey, String> attributes = new TreeMap<>();
    private final TreeSet<String> skills = new TreeSet<>();

    private Builder(ItemId id) {
      this.id = id;
    }

    /** The customer the item concerns. */
    public Builder customer(CustomerId value) {
      this.customer = Optional.of(Objects.requireNonNull(value, "customer must not be null"));
      return this;
    }

    /** The value of {@code key}. */
    public Builder attribute(AttributeKey key, String value) {
      attributes.put(Objects.requireNonNull(key, "attribute key must not be null"), value);
      return this;
    }

    /** The territory. */
    public Builder territory(String value) {
      return attribute(AttributeKey.TERRITORY, value);
    }

    /** The language. */
    public Builder language(String value) {
      return attribute(AttributeKey.LANGUAGE, value);
    }

    /** The product. */
    public Builder product(String value) {
      return attribute(AttributeKey.PRODUCT, value);
    }

    /** The shop. */
    public Builder shop(String value) {
      return attribute(AttributeKey.SHOP, value);
    }

    /** Adds required skills. */
    public Builder skills(String... required) {
      skills.addAll(Arrays.asList(required));
      return this;
    }

    /** The item. */
    public WorkItem build() {
      return new WorkItem(id, customer, attributes, skills);
    }
  }
}
