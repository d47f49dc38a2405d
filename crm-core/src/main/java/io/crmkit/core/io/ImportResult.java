package io.crmkit.core.io;

import java.util.Objects;

/** The imported value (a list of transactions, transaction columns, …) with its {@link ImportReport}. */
public record ImportResult<T>(T value, ImportReport report) {

  public ImportResult {
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(report, "report must not be null");
  }
}
