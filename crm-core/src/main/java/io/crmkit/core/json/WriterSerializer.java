package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** A serializer that hands each value to a {@link Writer}. */
final class WriterSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  /** Writes one value (a whole JSON value, or a field name for map keys). */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator gen, T value) throws IOException;
  }

  private final transient Writer<T> writer;

  WriterSerializer(Class<T> type, Writer<T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    writer.write(gen, value);
  }
}
