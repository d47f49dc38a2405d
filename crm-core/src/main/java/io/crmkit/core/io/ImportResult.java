package io.crmkit.core.io;

import java.util.Objects;

/**
 * The imported value (a list of transactions, transaction columns, …) with its {@link
 * ImportReport}.
 *
 * @since 0.1
 */
public record ImportResult<T>(T value, ImportReport report) {

  /** Checks the value and the report are not null. */
  public ImportResult {
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(report, "report must not be null");
  }
}
