package io.crmkit.lifecycle.model;

import io.crmkit.core.io.SummaryCsv;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The CDNOW data shipped in this module's test resources. */
final class TestData {

  private TestData() {}

  static CustomerSummaries cdnow() {
    return read("cdnow_customers_summary.csv");
  }

  static CustomerSummaries cdnowWithSpend() {
    return read("cdnow_customers_summary_with_transactions.csv");
  }

  /**
   * CDNOW sample transactions summarised in weeks, calibration to 1997-09-30, holdout to
   * 1998-06-30.
   */
  static CustomerSummaries cdnowWithHoldout() {
    io.crmkit.core.summary.TransactionColumns tx =
        io.crmkit.core.io.TransactionCsvReader.of(
                io.crmkit.core.io.TransactionCsvFormat.cdnowSample())
            .readColumns(
                new InputStreamReader(
                    Objects.requireNonNull(
                        TestData.class.getResourceAsStream(
                            "/io/crmkit/lifecycle/data/CDNOW_sample.txt")),
                    StandardCharsets.UTF_8),
                "CDNOW_sample.txt")
            .value();
    return CustomerSummaries.of(
        tx,
        io.crmkit.core.summary.SummaryOptions.of(
                java.time.ZoneOffset.UTC, TimeScale.WEEKS, java.time.LocalDate.of(1997, 9, 30))
            .withHoldoutUntil(java.time.LocalDate.of(1998, 6, 30)));
  }

  private static CustomerSummaries read(String name) {
    return SummaryCsv.read(
        new InputStreamReader(
            Objects.requireNonNull(
                TestData.class.getResourceAsStream("/io/crmkit/lifecycle/data/" + name)),
            StandardCharsets.UTF_8),
        name,
        TimeScale.WEEKS);
  }
}
