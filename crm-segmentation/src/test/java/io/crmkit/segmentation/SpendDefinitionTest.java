package io.crmkit.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.money.Money;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmScores;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFM's M, ABC's total and the summaries' total spend are one definition: every purchase, the first
 * included, less refunds.
 */
class SpendDefinitionTest {

  static Instant day(int d) {
    return LocalDate.of(2024, 1, d).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  @Test
  void rfm_monetary_and_abc_total_are_the_total_spend_with_the_first_purchase_less_refunds() {
    List<Transaction> tx =
        List.of(
            Transaction.purchase("1", "a", day(1), Money.of("100", "EUR")),
            Transaction.purchase("2", "a", day(5), Money.of("30", "EUR")),
            Transaction.refund("3", "a", day(6), Money.of("10", "EUR"), "2"),
            Transaction.purchase("4", "b", day(2), Money.of("50", "EUR")));
    CustomerSummaries s =
        CustomerSummaries.of(
            tx, SummaryOptions.of(ZoneOffset.UTC, TimeScale.DAYS, LocalDate.of(2024, 1, 31)));
    RfmScores rfm = RfmScorer.quintiles().score(s);
    AbcResult abc = AbcClassifier.byValue().classify(s, SummaryMeasure.TOTAL_SPEND);
    int a = s.indexOf("a").getAsInt();
    int b = s.indexOf("b").getAsInt();
    assertThat(s.totalSpend(a)).isEqualTo(120.0);
    assertThat(rfm.monetaryValue(a)).isEqualTo(120.0).isEqualTo(abc.value(a));
    assertThat(rfm.frequencyValue(a)).isEqualTo(2.0).isEqualTo(s.transactionCount(a));
    assertThat(rfm.monetaryValue(b)).isEqualTo(50.0).isEqualTo(abc.value(b));
  }
}
