package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.crmkit.core.customer.ContactPoint;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.Demographics;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.money.Money;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.summary.CustomerSummary;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.core.transaction.TransactionLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * crmkit's one way to JSON: a Jackson module per crmkit module, found and registered together, one
 * strictness policy and one exception.
 *
 * <pre>{@code
 * ObjectMapper mapper = CrmJackson.newMapper();           // every crmkit module on the class path
 * String json = mapper.writeValueAsString(transaction);
 * Transaction back = mapper.readValue(json, Transaction.class);
 * Program p = CrmJackson.read(text, Program.class);        // the shared reader, no mapper needed
 * }</pre>
 *
 * <p><b>Modules.</b> {@link #modules()} is the module of every crmkit jar on the class path
 * (crm-core's {@link CoreJsonModule}, crm-segmentation's, crm-lifecycle's, crm-loyalty's ...),
 * found through the service loader so that crm-core depends on none of them; {@link
 * #newMapper(List)} takes an explicit list instead (for a module path without service declarations,
 * or to leave modules out). The domain classes carry no Jackson annotations.
 *
 * <p><b>One mapper.</b> The shared, immutable {@link #reader()} and {@link #writer()} (and {@link
 * #read}, {@link #write}, {@link #writePretty}) come from one mapper configured once; crmkit never
 * builds a mapper per call. {@link #newMapper()} is a new mapper of your own to configure further.
 *
 * <p><b>One policy.</b> Unknown fields and values of the wrong JSON type are errors, names are
 * exact (enum constants, currency codes), absent and {@code null} are the same; see {@link
 * JsonFields}.
 *
 * <p><b>One exception.</b> Every reader of every module fails with a {@link CrmJsonException} whose
 * message names the JSON path, the value and what was expected; values the domain type refuses
 * carry its validation message ({@code $.lines[0] is invalid: quantity must be positive ...}).
 *
 * <p><b>crm-core's formats.</b> {@link Money} as {@code {"amount":"12.50","currency":"EUR"}} (the
 * amount a string so no digit is lost; a JSON number is read too), {@link CustomerId} and {@link
 * TransactionId} as plain strings (also as map keys), {@link Transaction} and {@link
 * TransactionLine}, {@link Customer}, {@link ContactPoint}, {@link Demographics}, {@link
 * Interaction}, {@link ServiceRequest}, {@link Feedback} and {@link CustomerSummary} as objects of
 * their record components. Instants and dates are ISO-8601 strings, enums their names.
 *
 * @since 0.1
 */
public final class CrmJackson {

  private CrmJackson() {}

  /**
   * The shared mapper, configured once with {@link #modules()}; never handed out (it is mutable).
   */
  private static final class Shared {
    static final ObjectMapper MAPPER = newMapper();
    static final ObjectReader READER = MAPPER.reader();
    static final ObjectWriter WRITER = MAPPER.writer();
    static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
  }

  /** A new instance of crm-core's module, {@link CoreJsonModule}. */
  public static Module module() {
    return new CoreJsonModule();
  }

  /**
   * A new instance of the Jackson module of every crmkit module on the class path, crm-core's
   * first, the others by name; found by the service loader ({@code
   * META-INF/services/com.fasterxml.jackson.databind.Module}) of crm-core's class loader.
   */
  public static List<Module> modules() {
    Map<Object, Module> byId = new LinkedHashMap<>();
    for (Module m : ObjectMapper.findModules(CrmJackson.class.getClassLoader())) {
      if (m instanceof CrmJsonModule) {
        byId.putIfAbsent(m.getTypeId(), m);
      }
    }
    byId.putIfAbsent(CoreJsonModule.class.getName(), new CoreJsonModule());
    List<Module> out = new ArrayList<>(byId.values());
    out.sort(
        Comparator.comparing((Module m) -> !(m instanceof CoreJsonModule))
            .thenComparing(Module::getModuleName));
    return List.copyOf(out);
  }

  /**
   * A new mapper with {@link #modules()}, Java time ({@code jsr310}) and {@code Optional} ({@code
   * jdk8}) support, writing dates as ISO strings rather than numbers. crmkit's errors leave it
   * unwrapped: a {@link CrmJsonException} even for a value inside a list or map.
   */
  public static ObjectMapper newMapper() {
    return newMapper(modules());
  }

  /**
   * As {@link #newMapper()} but with exactly the crmkit modules {@code modules} (crm-core's is
   * always added).
   */
  public static ObjectMapper newMapper(List<? extends Module> modules) {
    Objects.requireNonNull(modules, "modules must not be null");
    JsonMapper.Builder b =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.WRAP_EXCEPTIONS);
    if (modules.stream().noneMatch(m -> m instanceof CoreJsonModule)) {
      b.addModule(new CoreJsonModule());
    }
    for (Module m : modules) {
      b.addModule(Objects.requireNonNull(m, "module must not be null"));
    }
    return b.build();
  }

  /** The shared reader of the shared mapper (immutable, thread-safe). */
  public static ObjectReader reader() {
    return Shared.READER;
  }

  /** The shared writer of the shared mapper, compact (immutable, thread-safe). */
  public static ObjectWriter writer() {
    return Shared.WRITER;
  }

  /**
   * The value of {@code type} in {@code json}, read with the shared reader.
   *
   * @throws CrmJsonException naming the JSON path, the value and what was expected, also for
   *     malformed JSON
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json must not be null");
    Objects.requireNonNull(type, "type must not be null");
    try {
      return Shared.READER.forType(type).readValue(json);
    } catch (CrmJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw CrmJsonException.malformed(type.getSimpleName(), e);
    }
  }

  /** {@code value} as compact JSON, written with the shared writer. */
  public static String write(Object value) {
    return write(Shared.WRITER, value);
  }

  /** {@code value} as pretty-printed JSON (two-space indent), written with the shared writer. */
  public static String writePretty(Object value) {
    return write(Shared.PRETTY, value);
  }

  private static String write(ObjectWriter writer, Object value) {
    Objects.requireNonNull(value, "value must not be null");
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write "
              + value.getClass().getSimpleName()
              + " as JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }
}
