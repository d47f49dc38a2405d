package io.crmkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TransactionJsonFilesTest {

  static final String GOOD =
      "{\"id\":\"t1\",\"customerId\":\"42\",\"timestamp\":\"2024-01-31T09:30:00Z\","
          + "\"total\":{\"amount\":\"12.50\",\"currency\":\"EUR\"},\"kind\":\"PURCHASE\",\"lines\":[]}";
  static final String BAD =
      "{\"id\":\"t2\",\"customerId\":\"42\",\"timestamp\":\"yesterday\","
          + "\"total\":{\"amount\":\"1\",\"currency\":\"EUR\"},\"kind\":\"PURCHASE\",\"lines\":[]}";

  @Test
  void a_bad_element_fails_naming_its_position_and_field() {
    assertThatThrownBy(
            () ->
                TransactionJsonFiles.read(
                    new StringReader("[\n" + GOOD + ",\n" + BAD + "\n]"),
                    "t.json",
                    ErrorPolicy.FAIL_FAST))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("t.json line 3")
        .hasMessageContaining("element 2");
  }

  @Test
  void collect_keeps_good_elements_and_reports_bad_ones() {
    ImportResult<java.util.List<io.crmkit.core.transaction.Transaction>> r =
        TransactionJsonFiles.read(
            new StringReader("[" + GOOD + "," + BAD + "]"), "t.json", ErrorPolicy.COLLECT);
    assertThat(r.value()).hasSize(1);
    assertThat(r.report().rejected()).hasSize(1);
    assertThat(r.report().dataRows()).isEqualTo(2);
  }

  @Test
  void not_an_array_or_not_json_is_an_error() {
    assertThatThrownBy(
            () -> TransactionJsonFiles.read(new StringReader("{}"), "t.json", ErrorPolicy.COLLECT))
        .hasMessageContaining("must start with a JSON array");
    assertThatThrownBy(
            () ->
                TransactionJsonFiles.read(
                    new StringReader("[{\"id\": ]"), "t.json", ErrorPolicy.COLLECT))
        .hasMessageContaining("is not valid JSON");
  }
}
