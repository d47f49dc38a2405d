package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.jdbc.testing.TestDatabase;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcSummariesTest {

  private static final TransactionCsvReader READER =
      TransactionCsvReader.of(TransactionCsvFormat.cdnowMaster());
  private static DbSchema schema;
  private static Path master;
  private static CopyReport loaded;

  @BeforeAll
  static void loadCdnowMaster() throws URISyntaxException {
    master = Path.of(JdbcSummariesTest.class.getResource("/CDNOW_master.txt").toURI());
    schema = TestDatabase.newSchema("cdnow");
    loaded = TransactionCopy.load(TestDatabase.pool(), schema, READER, master);
  }

  private static void assertSameSummaries(SummaryOptions options) {
    CustomerSummaries expected = CustomerSummaries.of(READER.readColumns(master).value(), options);
    assertEqual(JdbcSummaries.of(TestDatabase.pool(), schema, options), expected);
    CustomerSummaries inDatabase =
        JdbcSummaries.computedInDatabase(TestDatabase.pool(), schema, options);
    assertEqual(inDatabase, expected);
    for (int i = 0; i < expected.size(); i += 97) {
      assertThat(inDatabase.firstPurchase(i)).isEqualTo(expected.firstPurchase(i));
      assertThat(inDatabase.lastPurchase(i)).isEqualTo(expected.lastPurchase(i));
    }
    if (expected.hasHoldout()) {
      assertThat(inDatabase.holdoutDuration()).isEqualTo(expected.holdoutDuration());
    }
  }

  private static void assertEqual(CustomerSummaries actual, CustomerSummaries expected) {
    assertThat(actual.size()).isEqualTo(expected.size()).isEqualTo(23_570);
    assertThat(actual.ids()).containsExactly(expected.ids());
    assertThat(actual.frequencies()).containsExactly(expected.frequencies());
    assertThat(actual.transactionCounts()).containsExactly(expected.transactionCounts());
    assertThat(actual.recencies()).containsExactly(expected.recencies(), within(1e-9));
    assertThat(actual.ages()).containsExactly(expected.ages(), within(1e-9));
    assertThat(actual.monetaryValues()).containsExactly(expected.monetaryValues(), within(1e-9));
    assertThat(actual.totalSpends()).containsExactly(expected.totalSpends(), within(1e-9));
    assertThat(actual.hasHoldout()).isEqualTo(expected.hasHoldout());
    if (expected.hasHoldout()) {
      assertThat(actual.holdoutFrequencies()).containsExactly(expected.holdoutFrequencies());
    }
    assertThat(actual.currency()).isEqualTo(expected.currency());
  }

  @Test
  void copy_loads_every_row_of_cdnow_master() {
    assertThat(loaded.rowsCopied()).isEqualTo(69_659);
    assertThat(loaded.report().rejected()).isEmpty();
  }

  @Test
  void
      weekly_summaries_with_a_holdout_streamed_or_grouped_in_sql_equal_the_in_memory_ones_for_all_23570_customers() {
    assertSameSummaries(
        SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30))
            .withHoldoutUntil(LocalDate.of(1998, 6, 30)));
  }

  @Test
  void summaries_in_a_fixed_offset_zone_equal_the_in_memory_ones() {
    assertSameSummaries(
        SummaryOptions.of(ZoneOffset.ofHours(-11), TimeScale.WEEKS, LocalDate.of(1997, 12, 31))
            .withHoldoutUntil(LocalDate.of(1998, 6, 30)));
  }

  @Test
  void daily_summaries_in_another_zone_equal_the_in_memory_ones() {
    assertSameSummaries(
        SummaryOptions.of(
            ZoneId.of("America/Los_Angeles"), TimeScale.DAYS, LocalDate.of(1998, 6, 30)));
  }
}
