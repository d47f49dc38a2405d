package io.crmkit.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --horizon} option of {@code crm predict} and {@code crm score} (a picocli mixin). */
final class HorizonOption {

  @Option(
      names = "--horizon",
      paramLabel = "T",
      required = true,
      description =
          "Horizon of expected_purchases in the model's time unit (whole opportunities for bgbb).")
  double horizon;

  /** The horizon, in the model's time unit, once checked to be a finite number of at least 0. */
  double value() {
    if (!(horizon >= 0) || Double.isInfinite(horizon)) {
      throw new CliErrors.UsageException(
          "--horizon must be a number of at least 0 but was: " + horizon);
    }
    return horizon;
  }
}
