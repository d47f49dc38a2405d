package io.crmkit.lifecycle.churn.logistic;

import java.util.Locale;
import java.util.Objects;

/**
 * A named feature with a sentence template for explanations: {@code {}} in the template is replaced
 * by the customer's value, e.g. name {@code days_since_purchase}, template {@code "no purchase for
 * {} days"}. The unit of the values is whatever the template says.
 *
 * @since 0.1
 */
public record FeatureColumn(String name, String template) {

  /**
   * Checks the name is not null nor blank and the explanation template is not null and contains
   * {@code {}} for the value.
   */
  public FeatureColumn {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(template, "template of " + name + " must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank but was: '" + name + "'");
    }
    if (!template.contains("{}")) {
      throw new IllegalArgumentException(
          "template of " + name + " must contain {} for the value but was: '" + template + "'");
    }
  }

  /** A column explained as {@code "name = value"}. */
  public static FeatureColumn named(String name) {
    return new FeatureColumn(name, name + " = {}");
  }

  /** A column explained by {@code template}, {@code {}} standing for the value. */
  public static FeatureColumn of(String name, String template) {
    return new FeatureColumn(name, template);
  }

  /**
   * The template with the value filled in ({@code "no purchase for 94 days"}): whole numbers (to
   * rounding) without decimals, others with two (none from 100 up); "unknown" when NaN.
   */
  public String describe(double value) {
    return template.replace("{}", format(value));
  }

  static String format(double v) {
    if (Double.isNaN(v)) {
      return "unknown";
    }
    double whole = Math.rint(v);
    if (Math.abs(v - whole) <= 1e-9 * Math.max(1, Math.abs(v)) && Math.abs(v) < 1e15) {
      return Long.toString((long) whole); // 58.99999999999999 days (8.43 weeks × 7) reads as 59
    }
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.2f", v);
  }

  @Override
  public String toString() {
    return name;
  }
}
