package io.crmkit.segmentation.rules;

import io.crmkit.core.customer.Customer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Age bands from ascending lower bounds in whole years: {@code AgeBands.of(18, 25, 35)} gives the
 * bands {@code "<18"}, {@code "18-24"}, {@code "25-34"} and {@code "35+"}. A customer's band is
 * computed from the birth date at a reference date; {@value #UNKNOWN} when the birth date is
 * unknown (or after the reference date). Immutable.
 *
 * @since 0.1
 */
public final class AgeBands {

  /** The band of customers whose age is unknown. */
  public static final String UNKNOWN = "age unknown";

  private final int[] bounds;
  private final List<String> labels;

  private AgeBands(int[] bounds) {
    this.bounds = bounds;
    List<String> l = new ArrayList<>();
    l.add("<" + bounds[0]);
    for (int i = 0; i + 1 < bounds.length; i++) {
      l.add(bounds[i] + "-" + (bounds[i + 1] - 1));
    }
    l.add(bounds[bounds.length - 1] + "+");
    this.labels = List.copyOf(l);
  }

  /** Bands with the given strictly ascending, positive lower bounds. */
  public static AgeBands of(int... lowerBounds) {
    Objects.requireNonNull(lowerBounds, "lowerBounds must not be null");
    if (lowerBounds.length == 0) {
      throw new IllegalArgumentException("lowerBounds must not be empty");
    }
    for (int i = 0; i < lowerBounds.length; i++) {
      if (lowerBounds[i] < 1 || (i > 0 && lowerBounds[i] <= lowerBounds[i - 1])) {
        throw new IllegalArgumentException(
            "lowerBounds must be positive and strictly ascending but were: "
                + Arrays.toString(lowerBounds));
      }
    }
    return new AgeBands(lowerBounds.clone());
  }

  /** The marketing bands {@code <18, 18-24, 25-34, 35-44, 45-54, 55-64, 65+}. */
  public static AgeBands standard() {
    return of(18, 25, 35, 45, 55, 65);
  }

  /** The band labels, youngest first (without {@value #UNKNOWN}). */
  public List<String> labels() {
    return labels;
  }

  /** The band of an age in whole years. */
  public String bandOf(int age) {
    if (age < 0) {
      throw new IllegalArgumentException("age must not be negative but was: " + age);
    }
    int b = 0;
    while (b < bounds.length && age >= bounds[b]) {
      b++;
    }
    return labels.get(b);
  }

  /** The band of {@code customer} on {@code date}, or {@value #UNKNOWN}. */
  public String bandOf(Customer customer, LocalDate date) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(date, "date must not be null");
    if (customer.birthDate().isEmpty() || date.isBefore(customer.birthDate().get())) {
      return UNKNOWN;
    }
    OptionalInt age = customer.ageOn(date);
    return bandOf(age.getAsInt());
  }

  /**
   * One rule segment per band ({@link Condition.AgeBetween}), with the fallback {@value #UNKNOWN}.
   */
  public RuleSegmentation segmentation() {
    List<RuleSegment> segments = new ArrayList<>();
    segments.add(RuleSegment.of(labels.get(0), Condition.ageBetween(0, bounds[0] - 1)));
    for (int i = 0; i + 1 < bounds.length; i++) {
      segments.add(
          RuleSegment.of(labels.get(i + 1), Condition.ageBetween(bounds[i], bounds[i + 1] - 1)));
    }
    segments.add(
        RuleSegment.of(
            labels.get(bounds.length),
            Condition.ageBetween(bounds[bounds.length - 1], Integer.MAX_VALUE)));
    return new RuleSegmentation(segments, UNKNOWN);
  }

  @Override
  public String toString() {
    return "AgeBands" + labels;
  }
}
