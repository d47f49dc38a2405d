package io.crmkit.identity.cluster;

import java.util.Locale;
import java.util.Objects;

/**
 * A link between two records (by id) with its match weight in bits ({@code +Infinity} for a rule).
 *
 * @since 0.1
 */
public record Link(String left, String right, double weight) {

  /** Checks the ends are not null and differ, and the weight (log-likelihood ratio) is not NaN. */
  public Link {
    Objects.requireNonNull(left, "left must not be null");
    Objects.requireNonNull(right, "right must not be null");
    if (left.equals(right)) {
      throw new IllegalArgumentException(
          "a link must join two different records but both ends were '" + left + "'");
    }
    if (Double.isNaN(weight)) {
      throw new IllegalArgumentException(
          "weight of link " + left + "-" + right + " must not be NaN");
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s-%s (%+.2f bits)", left, right, weight);
  }
}
