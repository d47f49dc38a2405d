package io.crmkit.core.team;

import java.util.Objects;

/**
 * The name of an attribute members cover and work items carry, e.g. {@link #TERRITORY}: a member
 * covers a set of values ({@code territory ∈ {EU, UK}}), an item has one value ({@code territory =
 * EU}). A non-blank name without surrounding whitespace, compared exactly.
 *
 * @since 0.1
 */
public record AttributeKey(String name) implements Comparable<AttributeKey> {

  /** The sales or service territory, e.g. {@code "EU"}. */
  public static final AttributeKey TERRITORY = new AttributeKey("territory");

  /** The language spoken, e.g. {@code "de"} (any spelling, compared exactly). */
  public static final AttributeKey LANGUAGE = new AttributeKey("language");

  /** The product or product line, e.g. {@code "router-x"}. */
  public static final AttributeKey PRODUCT = new AttributeKey("product");

  /** The shop (store, storefront) a ticket or lead came from, e.g. {@code "shop-12"}. */
  public static final AttributeKey SHOP = new AttributeKey("shop");

  /**
   * An attribute key.
   *
   * @throws IllegalArgumentException if {@code name} is blank or has surrounding whitespace
   */
  public AttributeKey {
    Objects.requireNonNull(name, "attribute key must not be null");
    if (name.isBlank() || !name.equals(name.strip())) {
      throw new IllegalArgumentException(
          "attribute key must be non-blank without surrounding whitespace but was: '" + name + "'");
    }
  }

  /** The attribute key with the given name. */
  public static AttributeKey of(String name) {
    return new AttributeKey(name);
  }

  @Override
  public int compareTo(AttributeKey other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
