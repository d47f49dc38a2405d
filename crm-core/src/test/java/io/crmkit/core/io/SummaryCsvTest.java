package io.crmkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SummaryCsvTest {

  @Test
  void reads_both_published_cdnow_summary_files() {
    CustomerSummaries a =
        SummaryCsv.read(
            TransactionCsvReaderTest.resource("cdnow_customers_summary.csv"), "a", TimeScale.WEEKS);
    CustomerSummaries b =
        SummaryCsv.read(
            TransactionCsvReaderTest.resource("cdnow_customers_summary_with_transactions.csv"),
            "b",
            TimeScale.WEEKS);
    assertThat(a.size()).isEqualTo(2357).isEqualTo(b.size());
    int i = a.indexOf("1").orElseThrow();
    assertThat(a.frequency(i)).isEqualTo(2);
    assertThat(a.recency(i)).isEqualTo(30.43);
    assertThat(a.age(i)).isEqualTo(38.86);
    assertThat(b.monetaryValue(i)).isEqualTo(22.35);
  }

  @Test
  void bad_summary_rows_name_line_column_and_value() {
    assertThatThrownBy(
            () ->
                SummaryCsv.read(
                    new StringReader("id,x,t_x,T\n1,2,3,4\n2,1.5,0,4\n"), "s.csv", TimeScale.WEEKS))
        .isInstanceOf(ImportException.class)
        .hasMessage("s.csv line 3, column 'x': value '1.5' is not a whole number of purchases");
    assertThatThrownBy(
            () ->
                SummaryCsv.read(
                    new StringReader("id,x,t_x,T\n1,2,5,4\n"), "s.csv", TimeScale.WEEKS))
        .hasMessageContaining("s.csv line 2: is not a valid summary row: age (T) of customer 1");
    assertThatThrownBy(
            () -> SummaryCsv.read(new StringReader("id,x,T\n1,2,4\n"), "s.csv", TimeScale.WEEKS))
        .hasMessageContaining(
            "column 'recency': is not in the header (accepted names: recency, t_x)");
    assertThatThrownBy(
            () ->
                SummaryCsv.read(
                    new StringReader("id,x,t_x,T\n1,2,abc,4\n"), "s.csv", TimeScale.WEEKS))
        .hasMessageContaining("value 'abc' is not a decimal number");
    assertThatThrownBy(() -> SummaryCsv.read(new StringReader(""), "s.csv", TimeScale.WEEKS))
        .hasMessageContaining("is empty");
    assertThatThrownBy(
            () ->
                SummaryCsv.read(
                    new StringReader("id,x,t_x,T\n1,2,3,4\n1,2,3,4\n"), "s.csv", TimeScale.WEEKS))
        .hasMessageContaining("repeated: 1");
  }
}
