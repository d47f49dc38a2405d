package io.crmkit.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;
import io.crmkit.core.transaction.Transaction;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Transactions as a JSON array, one object per transaction in the format of {@link
 * CrmJackson#module()} ({@code {"id":"t1","customerId":"42","timestamp":"2024-01-31T09:30:00Z",
 * "total":{"amount":"12.50","currency":"EUR"},"kind":"PURCHASE","lines":[],"refundOf":null}}).
 *
 * <p>Reading follows an {@link ErrorPolicy} like the CSV reader: a bad element fails the import
 * naming its position ({@code "element 3"}), line, field and reason, or is reported and skipped.
 *
 * @since 0.1
 */
public final class TransactionJsonFiles {

  private TransactionJsonFiles() {}

  /** Writes {@code transactions} as a pretty-printed JSON array. */
  public static void write(List<Transaction> transactions, Writer out) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    Objects.requireNonNull(out, "out must not be null");
    try (JsonGenerator gen = CrmJackson.writer().createGenerator(out)) {
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      gen.useDefaultPrettyPrinter();
      gen.writeStartArray();
      for (Transaction t : transactions) {
        CrmJackson.writer().writeValue(gen, t);
      }
      gen.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code transactions} as a UTF-8 JSON array to {@code file}, replacing it; {@link
   * java.io.UncheckedIOException} on a write error.
   */
  public static void write(List<Transaction> transactions, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(transactions, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a JSON array of transactions from {@code file}; bad elements fail the read or are
   * reported, by {@code policy}.
   */
  public static ImportResult<List<Transaction>> read(Path file, ErrorPolicy policy) {
    try (Reader r = Inputs.open(file)) {
      return read(r, file.getFileName().toString(), policy);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a JSON array of transactions; {@code source} names the input in messages. */
  public static ImportResult<List<Transaction>> read(Reader in, String source, ErrorPolicy policy) {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(policy, "policy must not be null");
    List<Transaction> out = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    long elements = 0;
    try (JsonParser p = CrmJackson.reader().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new ImportException(
            source,
            Math.max(1, p.currentLocation().getLineNr()),
            "",
            "",
            "must start with a JSON array of transactions");
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() == null) {
          throw new ImportException(
              source,
              Math.max(1, p.currentLocation().getLineNr()),
              "",
              "",
              "ends before the array is closed");
        }
        elements++;
        long line = Math.max(1, p.currentLocation().getLineNr());
        JsonNode node = CrmJackson.reader().readTree(p);
        String text = node.toString();
        if (text.indexOf(Inputs.MALFORMED) >= 0) {
          RejectedRow bad =
              new RejectedRow(
                  line,
                  "",
                  "",
                  "of element "
                      + elements
                      + " is not valid UTF-8: bytes that are not a "
                      + "UTF-8 sequence (shown as U+FFFD)",
                  text);
          if (policy == ErrorPolicy.FAIL_FAST) {
            throw ImportException.of(source, bad);
          }
          rejected.add(bad);
          continue;
        }
        try {
          out.add(CrmJackson.reader().forType(Transaction.class).readValue(node));
        } catch (CrmJsonException e) {
          String name = topField(e.path());
          String field = name.isEmpty() ? "" : "'" + name + "'";
          String value = name.isEmpty() ? "" : text(node.get(name));
          RejectedRow bad =
              new RejectedRow(
                  line,
                  field,
                  value,
                  "of element " + elements + ": " + e.getMessage(),
                  node.toString());
          if (policy == ErrorPolicy.FAIL_FAST) {
            throw ImportException.of(source, bad);
          }
          rejected.add(bad);
        }
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new ImportException(
          source, line, "", "", "is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return new ImportResult<>(
        List.copyOf(out), new ImportReport(source, elements, out.size(), 0, rejected));
  }

  /**
   * The first field name of a JSON path ({@code $.total.amount} gives {@code total}), empty for
   * {@code $}.
   */
  private static String topField(String path) {
    if (!path.startsWith("$.")) {
      return "";
    }
    String rest = path.substring(2);
    int end = rest.length();
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return rest.substring(0, end);
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }
}
