package io.crmkit.core.json;

import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of one crmkit module (crm-core, crm-segmentation, crm-lifecycle, crm-loyalty,
 * ...): its serializers and deserializers, all following crmkit's one JSON policy (strict reading
 * with {@link JsonFields}, errors as {@link CrmJsonException}). Each crmkit jar lists its module in
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so {@link CrmJackson#modules()}
 * (and Jackson's own {@code ObjectMapper.findAndRegisterModules()}) find every crmkit module on the
 * class path without crm-core depending on any of them.
 *
 * @since 0.1
 */
public abstract class CrmJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A module named {@code name} (e.g. {@code "crmkit-core"}), its version unknown. */
  protected CrmJsonModule(String name) {
    super(name);
  }

  /**
   * Registers the serializer and the deserializer of {@code type}: {@code writer} writes it, {@code
   * reader} reads it.
   */
  protected final <T> void add(
      Class<T> type, WriterSerializer.Writer<T> writer, ObjectDeserializer.Reader<T> reader) {
    addSerializer(type, WriterSerializer.of(type, writer));
    addDeserializer(type, ObjectDeserializer.of(type, reader));
  }

  /** For example {@code crmkit-core (Jackson module)}. */
  @Override
  public String toString() {
    return getModuleName() + " (Jackson module)";
  }
}
