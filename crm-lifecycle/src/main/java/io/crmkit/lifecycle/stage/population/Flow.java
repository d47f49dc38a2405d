package io.crmkit.lifecycle.stage.population;

import io.crmkit.lifecycle.stage.Stage;
import java.util.Objects;

/**
 * The number of moves ({@code count}, not negative) from stage {@code from} to stage {@code to} in
 * a period.
 *
 * @since 0.1
 */
public record Flow(Stage from, Stage to, long count) {

  /** Checks the stages are not null and the count (of customers) is not negative. */
  public Flow {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative but was: " + count);
    }
  }

  @Override
  public String toString() {
    return from + " -> " + to + ": " + count;
  }
}
