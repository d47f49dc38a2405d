package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.io.ImportReport;
import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.jdbc.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionCopyTest {

  private static List<String> ids(DbSchema schema) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = TestDatabase.pool().getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT customer_id FROM " + schema.name() + ".transaction_rows ORDER BY row_id")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  @Test
  void rejected_rows_are_those_of_the_file_import_and_every_accepted_row_is_copied(
      @TempDir Path dir) throws IOException, SQLException {
    Path file = dir.resolve("tx.csv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "customer_id,timestamp,amount",
            "a,2024-01-01T10:00:00Z,10.00",
            "b,not-a-time,5.00",
            "c,2024-01-02T10:00:00Z,-3",
            "d,2024-01-03T10:00:00Z,7.25",
            ""),
        StandardCharsets.UTF_8);
    TransactionCsvReader reader =
        TransactionCsvReader.of(TransactionCsvFormat.builder(ZoneOffset.UTC).build())
            .collectingRejectedRows();
    ImportReport fileImport = reader.readColumns(file).report();
    DbSchema schema = TestDatabase.newSchema("copy_rejects");
    CopyReport copied = TransactionCopy.load(TestDatabase.pool(), schema, reader, file);
    assertThat(copied.report()).isEqualTo(fileImport);
    assertThat(copied.report().rejected()).hasSize(fileImport.rejected().size()).isNotEmpty();
    assertThat(copied.rowsCopied()).isEqualTo(fileImport.imported());
    assertThat(ids(schema))
        .hasSize((int) fileImport.imported())
        .contains("a", "d")
        .doesNotContain("b");
  }

  @Test
  void hostile_customer_ids_are_stored_verbatim() throws SQLException {
    List<String> hostile =
        List.of(
            "o'brien",
            "'; DROP TABLE transaction_rows; --",
            "a,b",
            "quote\"inside",
            "line\nbreak",
            "\\.",
            "back\\slash",
            "tab\there",
            "ünïcødé 🎉");
    TransactionColumns.Builder b = TransactionColumns.builder();
    for (int i = 0; i < hostile.size(); i++) {
      b.add(hostile.get(i), 1_700_000_000L + i, 1.5 + i, false);
    }
    DbSchema schema = TestDatabase.newSchema("copy_hostile");
    assertThat(TransactionCopy.copy(TestDatabase.pool(), schema, b.build(), "hostile.csv"))
        .isEqualTo(hostile.size());
    assertThat(ids(schema)).containsExactlyElementsOf(hostile);
  }

  @Test
  void a_nul_or_a_one_megabyte_id_is_refused_by_name_and_nothing_is_copied() throws SQLException {
    DbSchema schema = TestDatabase.newSchema("copy_refused");
    TransactionColumns nul =
        TransactionColumns.builder()
            .add("fine", 1L, 1.0, false)
            .add("bad\0id", 2L, 1.0, false)
            .build();
    assertThatThrownBy(() -> TransactionCopy.copy(TestDatabase.pool(), schema, nul, "nul.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customer id of row 2 must not contain a NUL character");
    TransactionColumns huge =
        TransactionColumns.builder().add("x".repeat(1 << 20), 1L, 1.0, false).build();
    assertThatThrownBy(() -> TransactionCopy.copy(TestDatabase.pool(), schema, huge, "huge.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "customer id of row 1 must be at most 500 characters but was 1048576 characters");
    assertThat(ids(schema)).isEmpty();
  }
}
