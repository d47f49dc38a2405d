package io.crmkit.lifecycle.clv;

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

  private static CustomerSummaries read(String name) {
    return SummaryCsv.read(new InputStreamReader(Objects.requireNonNull(
        TestData.class.getResourceAsStream("/io/crmkit/lifecycle/data/" + name)), StandardCharsets.UTF_8), name, TimeScale.WEEKS);
  }
}
