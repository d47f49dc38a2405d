package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class TrackingCurveTest {

  private static TransactionColumns cdnowSample() {
    return TransactionCsvReader.of(TransactionCsvFormat.cdnowSample())
        .readColumns(
            new InputStreamReader(
                Objects.requireNonNull(
                    TrackingCurveTest.class.getResourceAsStream(
                        "/io/crmkit/lifecycle/data/CDNOW_sample.txt")),
                StandardCharsets.UTF_8),
            "CDNOW_sample.txt")
        .value();
  }

  @Test
  void on_cdnow_the_calibrated_model_tracks_repeat_purchases_in_and_after_calibration() {
    TransactionColumns tx = cdnowSample();
    CustomerSummaries calibration =
        CustomerSummaries.of(
            tx, SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30)));
    BgNbdModel model = BgNbdModel.fit(calibration).model();

    TrackingCurve weekly =
        TrackingCurve.of(model, TimeScale.WEEKS, tx, ZoneOffset.UTC, LocalDate.of(1998, 6, 30), 7);

    int calibrationEnd =
        (int)
            ((LocalDate.of(1997, 9, 30).toEpochDay() - LocalDate.of(1997, 1, 1).toEpochDay()) / 7);
    double repeats = 0;
    for (int i = 0; i < calibration.size(); i++) {
      repeats += calibration.frequency(i);
    }
    // the curve's actual count up to the calibration week is the summaries' repeat purchases
    assertThat(weekly.actualCumulative(calibrationEnd)).isBetween(repeats - 60, repeats);
    // fitted on calibration, the model's expectation is close there and within 10% at the holdout
    // end
    assertThat(weekly.expectedCumulative(calibrationEnd))
        .isCloseTo(weekly.actualCumulative(calibrationEnd), within(0.05 * repeats));
    int last = weekly.periods() - 1;
    assertThat(weekly.expectedCumulative(last))
        .isCloseTo(weekly.actualCumulative(last), within(0.10 * weekly.actualCumulative(last)));
    assertThat(weekly.firstDay()).isEqualTo(LocalDate.of(1997, 1, 1));
    assertThat(weekly.periodEnd(last)).isEqualTo(LocalDate.of(1998, 6, 30));
    for (int k = 1; k < weekly.periods(); k++) {
      assertThat(weekly.actualIncremental(k)).isGreaterThanOrEqualTo(0);
      assertThat(weekly.expectedIncremental(k)).isGreaterThanOrEqualTo(0);
    }
    StringBuilder csv = new StringBuilder();
    weekly.writeCsv(csv);
    assertThat(csv.toString().lines())
        .hasSize(weekly.periods() + 1)
        .first()
        .asString()
        .startsWith("period,period_end");
  }

  @Test
  void same_day_purchases_count_once_and_refunds_not_at_all() {
    long day = 86_400;
    TransactionColumns tx =
        TransactionColumns.builder()
            .add("a", 0, 10)
            .add("a", 3 * day, 5)
            .add("a", 3 * day + 60, 5)
            .add("a", 4 * day, 1, true)
            .add("b", day, 7)
            .add("b", 5 * day, 7)
            .build();

    TrackingCurve daily =
        TrackingCurve.of(
            BgNbdModel.of(1, 1, 1, 1),
            TimeScale.DAYS,
            tx,
            ZoneOffset.UTC,
            LocalDate.of(1970, 1, 7),
            1);

    assertThat(daily.actualCumulative()).containsExactly(0, 0, 0, 1, 1, 2, 2);
    // two new customers, on days 0 and 1: the expectation sums the model's curve from each first
    // day
    BgNbdModel m = BgNbdModel.of(1, 1, 1, 1);
    assertThat(daily.expectedCumulative(6))
        .isCloseTo(
            m.expectedPurchasesNewCustomer(7) + m.expectedPurchasesNewCustomer(6), within(1e-12));
    assertThatThrownBy(
            () ->
                TrackingCurve.of(
                    m, TimeScale.DAYS, tx, ZoneOffset.UTC, LocalDate.of(1970, 1, 7), 0))
        .hasMessageContaining("periodDays must be at least 1 but was: 0");
  }
}
