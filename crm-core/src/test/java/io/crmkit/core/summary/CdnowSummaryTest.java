package io.crmkit.core.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptance: the published CDNOW calibration summaries, reproduced from the raw sample. */
class CdnowSummaryTest {

  static CustomerSummaries summaries;
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

  static List<String[]> lines(String name) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                CdnowSummaryTest.class.getResourceAsStream("/io/crmkit/core/data/" + name));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(line.trim().split(line.contains(",") ? "," : "\\s+"));
        }
      }
    }
    return out;
  }

  static TransactionColumns cdnowSample() throws IOException {
    TransactionColumns.Builder b = TransactionColumns.builder(7000);
    DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
    for (String[] p : lines("CDNOW_sample.txt")) {
      long epoch = LocalDate.parse(p[2], f).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
      b.add(Long.parseLong(p[1]), epoch, Double.parseDouble(p[4]));
    }
    return b.build();
  }

  @BeforeAll
  static void load() throws IOException {
    summaries =
        CustomerSummaries.of(
            cdnowSample(),
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, CALIBRATION_END)
                .withHoldoutUntil(LocalDate.of(1998, 6, 30)));
  }

  @Test
  void reproduces_published_frequency_recency_and_T_for_all_2357_customers() throws IOException {
    List<String[]> expected = lines("cdnow_customers_summary.csv");
    expected.remove(0);
    assertThat(summaries.size()).isEqualTo(2357).isEqualTo(expected.size());
    for (String[] row : expected) {
      int i = summaries.indexOf(row[0]).orElseThrow();
      assertThat(summaries.frequency(i))
          .as("frequency of %s", row[0])
          .isEqualTo(Integer.parseInt(row[1]));
      assertThat(summaries.recency(i))
          .as("recency of %s", row[0])
          .isCloseTo(Double.parseDouble(row[2]), within(0.005));
      assertThat(summaries.age(i))
          .as("T of %s", row[0])
          .isCloseTo(Double.parseDouble(row[3]), within(0.005));
    }
  }

  @Test
  void reproduces_published_zbar_for_all_2357_customers() throws IOException {
    List<String[]> expected = lines("cdnow_customers_summary_with_transactions.csv");
    expected.remove(0);
    assertThat(expected).hasSize(2357);
    for (String[] row : expected) {
      int i = summaries.indexOf(row[0]).orElseThrow();
      assertThat(summaries.frequency(i)).isEqualTo(Integer.parseInt(row[1]));
      assertThat(summaries.monetaryValue(i))
          .as("zbar of %s", row[0])
          // the file prints zbar rounded to 2 decimals; 1e-9 absorbs binary rounding of exact
          // halves (23.475)
          .isCloseTo(Double.parseDouble(row[4]), within(0.005 + 1e-9));
    }
  }

  @Test
  void holdout_covers_the_39_weeks_after_calibration_and_every_transaction_is_accounted_for() {
    assertThat(summaries.holdoutDuration()).isCloseTo(273 / 7.0, within(1e-12));
    TransactionAccounting a = summaries.accounting().orElseThrow();
    assertThat(a.total()).isEqualTo(6919);
    assertThat(a.ofCustomersWithoutCalibrationPurchase()).isZero();
    int i = summaries.indexOf("1").orElseThrow();
    // customer 1 bought on 1997-01-01, 01-18, 08-02 and 12-12: one purchase in the holdout period
    assertThat(summaries.holdoutFrequency(i)).isEqualTo(1);
    assertThat(summaries.firstPurchase(i)).contains(LocalDate.of(1997, 1, 1));
    assertThat(summaries.lastPurchase(i)).contains(LocalDate.of(1997, 8, 2));
    assertThat(summaries.transactionCount(i)).isEqualTo(3);
    assertThat(summaries.totalSpend(i)).isCloseTo(29.33 + 29.73 + 14.96, within(1e-9));
  }

  @Test
  void summary_memory_is_at_most_64_bytes_per_customer() {
    TransactionColumns.Builder b = TransactionColumns.builder(200_000);
    for (int c = 0; c < 100_000; c++) {
      b.add(c, 850_000_000L, 10.0).add(c, 850_000_000L + 86_400L * (c % 50 + 1), 5.0);
    }
    CustomerSummaries s =
        CustomerSummaries.of(
            b.build(),
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30))
                .withHoldoutUntil(LocalDate.of(1998, 6, 30)));
    assertThat(s.size()).isEqualTo(100_000);
    assertThat((double) s.retainedBytes() / s.size()).isLessThanOrEqualTo(64.0);
  }
}
