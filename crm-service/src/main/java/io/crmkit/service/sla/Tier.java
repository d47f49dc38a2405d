package io.crmkit.service.sla;

import java.util.Objects;

/**
 * A customer's service tier, e.g. {@code gold}: a non-blank name without surrounding whitespace,
 * compared exactly. (crm-loyalty's tiers are a different thing in a different pillar; an
 * application maps one to the other if it wants.)
 *
 * @param name the tier's name
 * @since 0.1
 */
public record Tier(String name) {

  /** The tier of customers without a particular one. */
  public static final Tier STANDARD = new Tier("standard");

  /**
   * A tier.
   *
   * @throws IllegalArgumentException if the name is blank or has surrounding whitespace
   */
  public Tier {
    Objects.requireNonNull(name, "tier name must not be null");
    if (name.isBlank() || !name.equals(name.strip())) {
      throw new IllegalArgumentException(
          "tier name must be non-blank without surrounding whitespace but was: '" + name + "'");
    }
  }

  /** The tier named {@code name}. */
  public static Tier of(String name) {
    return new Tier(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
