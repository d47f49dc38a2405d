package io.crmkit.testing.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.io.ErrorPolicy;
import io.crmkit.core.io.ImportResult;
import io.crmkit.core.io.SummaryCsv;
import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.io.TransactionCsvWriter;
import io.crmkit.core.io.TransactionJsonFiles;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.testing.core.CoreArbitraries;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Export then import gives the same data; collecting imports account for every row. */
class RoundTripProperties {

  @Property(tries = 100)
  boolean transactions_round_trip_through_csv(@ForAll("histories") List<Transaction> transactions) {
    StringWriter out = new StringWriter();
    TransactionCsvWriter.write(transactions, out);
    List<Transaction> back =
        TransactionCsvReader.of(TransactionCsvFormat.standard())
            .readTransactions(new StringReader(out.toString()), "t.csv")
            .value();
    return back.equals(transactions);
  }

  @Property(tries = 100)
  boolean transactions_round_trip_through_json(
      @ForAll("histories") List<Transaction> transactions) {
    StringWriter out = new StringWriter();
    TransactionJsonFiles.write(transactions, out);
    return TransactionJsonFiles.read(
            new StringReader(out.toString()), "t.json", ErrorPolicy.FAIL_FAST)
        .value()
        .equals(transactions);
  }

  @Property(tries = 100)
  void summaries_round_trip_through_csv(
      @ForAll("histories") List<Transaction> transactions, @ForAll boolean holdout) {
    List<Transaction> eur = new ArrayList<>(transactions);
    SummaryOptions options =
        SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(2015, 1, 1));
    if (holdout) {
      options = options.withHoldoutUntil(LocalDate.of(2020, 1, 1));
    }
    CustomerSummaries s = CustomerSummaries.of(eur, options);
    StringWriter out = new StringWriter();
    SummaryCsv.write(s, out);
    CustomerSummaries back =
        SummaryCsv.read(new StringReader(out.toString()), "s.csv", TimeScale.WEEKS);
    assertThat(back.size()).isEqualTo(s.size());
    for (int i = 0; i < s.size(); i++) {
      assertThat(back.id(i)).isEqualTo(s.id(i));
      assertThat(back.frequency(i)).isEqualTo(s.frequency(i));
      assertThat(back.recency(i)).isEqualTo(s.recency(i));
      assertThat(back.age(i)).isEqualTo(s.age(i));
      assertThat(back.monetaryValue(i)).isEqualTo(s.monetaryValue(i));
      if (holdout) {
        assertThat(back.holdoutFrequency(i)).isEqualTo(s.holdoutFrequency(i));
        assertThat(back.holdoutDuration()).isEqualTo(s.holdoutDuration());
      }
    }
  }

  @Property(tries = 100)
  void collecting_import_accounts_for_every_data_row(
      @ForAll("histories") List<Transaction> transactions,
      @ForAll("corruptions") List<Integer> corrupt) {
    StringWriter out = new StringWriter();
    TransactionCsvWriter.write(transactions, out);
    String[] lines = out.toString().split("\r?\n", -1);
    int bad = 0;
    for (int k : corrupt) {
      int line = 1 + k % Math.max(1, lines.length - 1);
      if (line < lines.length && !lines[line].isEmpty() && !lines[line].startsWith("x")) {
        lines[line] = "x" + lines[line].replaceFirst(",[0-9.]+,", ",not-a-number,");
        bad++;
      }
    }
    ImportResult<List<Transaction>> r =
        TransactionCsvReader.of(TransactionCsvFormat.standard())
            .collectingRejectedRows()
            .readTransactions(new StringReader(String.join("\n", lines)), "t.csv");
    assertThat(r.report().dataRows()).isEqualTo(transactions.size());
    assertThat(r.report().imported() + r.report().rejected().size()).isEqualTo(transactions.size());
    assertThat(r.report().rejected()).hasSize(bad);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<Transaction>> histories() {
    return CoreArbitraries.transactionHistories();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<Integer>> corruptions() {
    return Arbitraries.integers().between(0, 1000).list().ofMaxSize(5);
  }
}
