package io.crmkit.sales.pipeline;

import io.crmkit.lifecycle.stage.Stage;
import java.util.Locale;
import java.util.Objects;

/**
 * Stage-to-stage conversion of a pipeline: of the {@code entered} deals that ever entered {@code
 * from}, {@code converted} later reached {@code to} or a later stage (WON included, LOST excluded);
 * {@code rate} = converted / entered in [0, 1] (0 when none entered).
 *
 * @since 0.1
 */
public record StageConversion(Stage from, Stage to, long entered, long converted, double rate) {

  /**
   * Checks the stages are not null, {@code 0 <= converted <= entered} (counts of deals) and the
   * rate lies in [0, 1].
   */
  public StageConversion {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (entered < 0 || converted < 0 || converted > entered) {
      throw new IllegalArgumentException(
          "converted must be in [0, entered] but entered was: "
              + entered
              + " and converted: "
              + converted);
    }
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be in [0, 1] but was: " + rate);
    }
  }

  @Override
  public String toString() {
    return from
        + " -> "
        + to
        + ": "
        + converted
        + " of "
        + entered
        + String.format(Locale.ROOT, " (%.1f%%)", rate * 100);
  }
}
