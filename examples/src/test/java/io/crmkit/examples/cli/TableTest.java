package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void csv_quotes_text_with_separators_and_leaves_undefined_numbers_empty() {
    Table t =
        Table.of("id", "name", "value", "count")
            .add("1", "Can't Lose Them, \"VIP\"", Double.NaN, 3)
            .add("2", "plain", 2.5, 4L)
            .add("3", "whole", 2.0, 0);
    StringWriter w = new StringWriter();
    t.writeCsv(w);
    assertThat(w.toString())
        .isEqualTo(
            "id,name,value,count\n1,\"Can't Lose Them, \"\"VIP\"\"\",,3\n2,plain,2.5,4\n"
                + "3,whole,2.0,0\n");
  }

  @Test
  void json_is_an_array_of_objects_with_null_for_undefined_numbers() {
    Table t = Table.of("id", "p").add("a", 0.25).add("b", Double.NaN);
    StringWriter w = new StringWriter();
    t.writeJson(w);
    assertThat(w.toString().replaceAll("\\s+", ""))
        .isEqualTo("[{\"id\":\"a\",\"p\":0.25},{\"id\":\"b\",\"p\":null}]");
  }

  @Test
  void a_row_must_have_one_value_per_column() {
    assertThatThrownBy(() -> Table.of("a", "b").add("x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 2 values [a, b] but had 1");
  }

  @Test
  void pretty_aligns_columns_and_counts_the_rows_left_out() {
    Table t =
        Table.of("segment", "customers").add("Champions", 339).add("Lost", 455).add("Other", 1);
    assertThat(t.pretty(1, 2))
        .isEqualTo(
            "  segment    customers\n  Champions        339\n  Lost             455\n"
                + "  … 1 more rows\n");
  }
}
