package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.core.transaction.TransactionKind;
import io.crmkit.core.transaction.TransactionLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Transactions as {@code {"id":"t1","customerId":"42","timestamp":"2024-01-31T09:30:00Z",
 * "total":{"amount":"12.50","currency":"EUR"},"kind":"PURCHASE","lines":[...],"refundOf":"t0"}};
 * lines as {@code {"productId":"p1","category":"books","quantity":"2","unitPrice":{...}}}.
 * {@code lines} may be left out (none), {@code kind} too (a purchase); {@code refundOf} is written
 * only for refunds.
 */
final class TransactionJson {

  private TransactionJson() {}

  static final class LineSerializer extends StdSerializer<TransactionLine> {
    private static final long serialVersionUID = 1L;

    LineSerializer() {
      super(TransactionLine.class);
    }

    @Override
    public void serialize(TransactionLine line, JsonGenerator gen, SerializerProvider provider) throws IOException {
      writeLine(gen, line);
    }
  }

  static void writeLine(JsonGenerator gen, TransactionLine line) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("productId", line.productId());
    gen.writeStringField("category", line.category());
    gen.writeStringField("quantity", line.quantity().toPlainString());
    gen.writeFieldName("unitPrice");
    MoneyJson.write(gen, line.unitPrice());
    gen.writeEndObject();
  }

  static final class LineDeserializer extends ObjectDeserializer<TransactionLine> {
    private static final long serialVersionUID = 1L;
    static final LineDeserializer INSTANCE = new LineDeserializer();

    LineDeserializer() {
      super(TransactionLine.class, "productId", "category", "quantity", "unitPrice");
    }

    @Override
    TransactionLine build(JsonFields f, boolean strict) throws JsonMappingException {
      return new TransactionLine(f.text("productId"), f.textOr("category", ""), f.decimal("quantity"),
          MoneyJson.Deserializer.INSTANCE.read(f.object("unitPrice"), strict));
    }
  }

  static final class Serializer extends StdSerializer<Transaction> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Transaction.class);
    }

    @Override
    public void serialize(Transaction t, JsonGenerator gen, SerializerProvider provider) throws IOException {
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
  }

  static final class Deserializer extends ObjectDeserializer<Transaction> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Transaction.class, "id", "customerId", "timestamp", "total", "kind", "lines", "refundOf");
    }

    @Override
    Transaction build(JsonFields f, boolean strict) throws JsonMappingException {
      List<TransactionLine> lines = new ArrayList<>();
      for (JsonFields line : f.objects("lines")) {
        lines.add(LineDeserializer.INSTANCE.read(line, strict));
      }
      return new Transaction(TransactionId.of(f.text("id")), CustomerId.of(f.text("customerId")),
          f.instant("timestamp"), MoneyJson.Deserializer.INSTANCE.read(f.object("total"), strict), lines,
          f.optEnum("kind", TransactionKind.class).orElse(TransactionKind.PURCHASE),
          f.optText("refundOf").map(TransactionId::of));
    }
  }
}
