package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;

/**
 * A Jackson serializer that hands each value to a {@link Writer}; the modules of every crmkit
 * module build their serializers with {@link #of}.
 *
 * @param <T> the type written
 * @since 0.1
 */
public final class WriterSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  /**
   * Writes one value (a whole JSON value, or a field name for map keys).
   *
   * @param <T> the type written
   * @since 0.1
   */
  @FunctionalInterface
  public interface Writer<T> {
    /** Writes {@code value} to {@code gen}. */
    void write(JsonGenerator gen, T value) throws IOException;
  }

  private final transient Writer<T> writer;

  private WriterSerializer(Class<T> type, Writer<T> writer) {
    super(type);
    this.writer = writer;
  }

  /** A serializer of {@code type} writing with {@code writer}. */
  public static <T> WriterSerializer<T> of(Class<T> type, Writer<T> writer) {
    return new WriterSerializer<>(
        Objects.requireNonNull(type, "type must not be null"),
        Objects.requireNonNull(writer, "writer must not be null"));
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    writer.write(gen, value);
  }
}
