package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.core.transaction.TransactionKind;
import io.crmkit.core.transaction.TransactionLine;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Transactions as {@code {"id":"t1","customerId":"42","timestamp":"2024-01-31T09:30:00Z",
 * "total":{"amount":"12.50","currency":"EUR"},"kind":"PURCHASE","lines":[...],"refundOf":"t0"}};
 * lines as {@code {"productId":"p1","category":"books","quantity":"2","unitPrice":{...}}}. {@code
 * lines} may be left out (none), {@code kind} too (a purchase); {@code refundOf} is written only
 * for refunds.
 */
final class TransactionJson {

  static final ObjectDeserializer<TransactionLine> LINE_READER =
      ObjectDeserializer.of(TransactionLine.class, TransactionJson::readLine);
  static final ObjectDeserializer<Transaction> READER =
      ObjectDeserializer.of(Transaction.class, TransactionJson::read);

  private TransactionJson() {}

  static void writeLine(JsonGenerator gen, TransactionLine line) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("productId", line.productId());
    gen.writeStringField("category", line.category());
    gen.writeStringField("quantity", line.quantity().toPlainString());
    gen.writeFieldName("unitPrice");
    MoneyJson.write(gen, line.unitPrice());
    gen.writeEndObject();
  }

  static TransactionLine readLine(JsonFields f) {
    f.only("productId", "category", "quantity", "unitPrice");
    return new TransactionLine(
        f.text("productId"),
        f.text("category", ""),
        f.decimal("quantity"),
        MoneyJson.READER.read(f.object("unitPrice")));
  }

  static void write(JsonGenerator gen, Transaction t) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", t.id().value());
    gen.writeStringField("customerId", t.customerId().value());
    gen.writeStringField("timestamp", t.timestamp().toString());
    gen.writeFieldName("total");
    MoneyJson.write(gen, t.total());
    gen.writeStringField("kind", t.kind().name());
    gen.writeArrayFieldStart("lines");
    for (TransactionLine line : t.lines()) {
      writeLine(gen, line);
    }
    gen.writeEndArray();
    if (t.refundOf().isPresent()) {
      gen.writeStringField("refundOf", t.refundOf().get().value());
    }
    gen.writeEndObject();
  }

  static Transaction read(JsonFields f) {
    f.only("id", "customerId", "timestamp", "total", "kind", "lines", "refundOf");
    List<TransactionLine> lines = new ArrayList<>();
    for (JsonFields line : f.objects("lines")) {
      lines.add(LINE_READER.read(line));
    }
    TransactionId id = TransactionId.of(f.text("id"));
    CustomerId customerId = CustomerId.of(f.text("customerId"));
    Instant timestamp = f.instant("timestamp");
    Money total = MoneyJson.READER.read(f.object("total"));
    TransactionKind kind =
        f.optEnum("kind", TransactionKind.class).orElse(TransactionKind.PURCHASE);
    Optional<TransactionId> refundOf = f.optText("refundOf").map(TransactionId::of);
    return refundOf.isPresent()
        ? Transaction.of(id, customerId, timestamp, total, lines, kind, refundOf.get())
        : Transaction.of(id, customerId, timestamp, total, lines, kind);
  }
}
