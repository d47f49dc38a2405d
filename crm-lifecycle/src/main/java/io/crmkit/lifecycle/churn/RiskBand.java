package io.crmkit.lifecycle.churn;

import java.util.Locale;
import java.util.Objects;

/**
 * A named range of churn probability {@code [lower, upper)} ({@code upper} inclusive for the top
 * band, which ends at 1), with its position among the bands ({@code 0} = lowest risk).
 *
 * @since 0.1
 */
public record RiskBand(String name, int index, double lower, double upper) {

  /**
   * Checks the name is not null nor blank, the 0-based index not negative and {@code 0 <= lower <
   * upper <= 1} (churn probabilities).
   */
  public RiskBand {
    Objects.requireNonNull(name, "name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank but was: '" + name + "'");
    }
    if (index < 0) {
      throw new IllegalArgumentException(
          "index of band " + name + " must not be negative but was: " + index);
    }
    if (!(lower >= 0 && lower < upper && upper <= 1)) {
      throw new IllegalArgumentException(
          "band "
              + name
              + " must satisfy 0 <= lower < upper <= 1 but was ["
              + lower
              + ", "
              + upper
              + ")");
    }
  }

  /** Whether {@code probability} falls into this band (the top band includes 1). */
  public boolean contains(double probability) {
    return probability >= lower && (probability < upper || (upper == 1 && probability == 1));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%s [%.2f, %.2f%s", name, lower, upper, upper == 1 ? "]" : ")");
  }
}
