package io.crmkit.core.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
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

/**
 * JSON for crm-core values through Jackson. Register the module on your own mapper:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(CrmJackson.module());
 * String json = mapper.writeValueAsString(transaction);
 * Transaction back = mapper.readValue(json, Transaction.class);
 * }</pre>
 *
 * <p>or take a ready mapper from {@link #newMapper()}. The module covers {@link Money} (as {@code
 * {"amount":"12.50","currency":"EUR"}}, the amount a string so no digit is lost), {@link CustomerId}
 * and {@link TransactionId} (plain strings, also as map keys), {@link Transaction} and {@link
 * TransactionLine}, {@link Customer}, {@link ContactPoint}, {@link Demographics}, {@link
 * Interaction}, {@link ServiceRequest}, {@link Feedback} and {@link CustomerSummary}. Instants and
 * dates are ISO-8601 strings, enums their names.
 *
 * <p>Reading goes through each type's validating constructor: invalid data fails with a {@link
 * com.fasterxml.jackson.databind.JsonMappingException} whose message names the type, the field and
 * the value (for a missing or malformed field) or carries the validation message (for an invalid
 * combination), never a half-built value. Unknown fields are refused while {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is on (Jackson's default). The domain classes
 * carry no Jackson annotations.
 *
 * @since 0.1
 */
public final class CrmJackson {

  private CrmJackson() {}

  /** A new Jackson module with the serializers and deserializers of every crm-core value type. */
  public static Module module() {
    SimpleModule m = new SimpleModule("crmkit-core");
    IdJson.register(m, CustomerId.class, CustomerId::value, CustomerId::of);
    IdJson.register(m, TransactionId.class, TransactionId::value, TransactionId::of);
    add(m, Money.class, MoneyJson::write, MoneyJson.READER);
    add(m, TransactionLine.class, TransactionJson::writeLine, TransactionJson.LINE_READER);
    add(m, Transaction.class, TransactionJson::write, TransactionJson.READER);
    add(m, ContactPoint.class, CustomerJson::writeContact, CustomerJson.CONTACT_READER);
    add(m, Demographics.class, CustomerJson::writeDemographics, CustomerJson.DEMOGRAPHICS_READER);
    add(m, Customer.class, CustomerJson::write, CustomerJson.READER);
    add(m, Interaction.class, ActivityJson::writeInteraction, ActivityJson.INTERACTION_READER);
    add(m, ServiceRequest.class, ActivityJson::writeServiceRequest, ActivityJson.SERVICE_REQUEST_READER);
    add(m, Feedback.class, ActivityJson::writeFeedback, ActivityJson.FEEDBACK_READER);
    add(m, CustomerSummary.class, SummaryJson::write, SummaryJson.READER);
    return m;
  }

  private static <T> void add(SimpleModule m, Class<T> type, WriterSerializer.Writer<T> writer,
      ObjectDeserializer<T> reader) {
    m.addSerializer(type, new WriterSerializer<>(type, writer));
    m.addDeserializer(type, reader);
  }

  /**
   * A new mapper with this module, Java time ({@code jsr310}) and {@code Optional} ({@code jdk8})
   * support, writing dates as ISO strings rather than numbers.
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(module())
        .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }
}
