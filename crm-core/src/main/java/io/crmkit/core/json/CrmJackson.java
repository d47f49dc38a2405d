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
 */
public final class CrmJackson {

  private CrmJackson() {}

  /** A new Jackson module with the serializers and deserializers of every crm-core value type. */
  public static Module module() {
    SimpleModule m = new SimpleModule("crmkit-core");
    m.addSerializer(Money.class, new MoneyJson.Serializer());
    m.addDeserializer(Money.class, new MoneyJson.Deserializer());
    m.addSerializer(CustomerId.class, new IdJson.Serializer<>(CustomerId.class, CustomerId::value));
    m.addDeserializer(CustomerId.class, new IdJson.Deserializer<>(CustomerId.class, CustomerId::of));
    m.addKeySerializer(CustomerId.class, new IdJson.KeySerializer<>(CustomerId.class, CustomerId::value));
    m.addKeyDeserializer(CustomerId.class, new IdJson.Keys<>(CustomerId.class, CustomerId::of));
    m.addSerializer(TransactionId.class, new IdJson.Serializer<>(TransactionId.class, TransactionId::value));
    m.addDeserializer(TransactionId.class, new IdJson.Deserializer<>(TransactionId.class, TransactionId::of));
    m.addKeySerializer(TransactionId.class, new IdJson.KeySerializer<>(TransactionId.class, TransactionId::value));
    m.addKeyDeserializer(TransactionId.class, new IdJson.Keys<>(TransactionId.class, TransactionId::of));
    m.addSerializer(TransactionLine.class, new TransactionJson.LineSerializer());
    m.addDeserializer(TransactionLine.class, new TransactionJson.LineDeserializer());
    m.addSerializer(Transaction.class, new TransactionJson.Serializer());
    m.addDeserializer(Transaction.class, new TransactionJson.Deserializer());
    m.addSerializer(ContactPoint.class, new CustomerJson.ContactSerializer());
    m.addDeserializer(ContactPoint.class, new CustomerJson.ContactDeserializer());
    m.addSerializer(Demographics.class, new CustomerJson.DemographicsSerializer());
    m.addDeserializer(Demographics.class, new CustomerJson.DemographicsDeserializer());
    m.addSerializer(Customer.class, new CustomerJson.Serializer());
    m.addDeserializer(Customer.class, new CustomerJson.Deserializer());
    m.addSerializer(Interaction.class, new ActivityJson.InteractionSerializer());
    m.addDeserializer(Interaction.class, new ActivityJson.InteractionDeserializer());
    m.addSerializer(ServiceRequest.class, new ActivityJson.ServiceRequestSerializer());
    m.addDeserializer(ServiceRequest.class, new ActivityJson.ServiceRequestDeserializer());
    m.addSerializer(Feedback.class, new ActivityJson.FeedbackSerializer());
    m.addDeserializer(Feedback.class, new ActivityJson.FeedbackDeserializer());
    m.addSerializer(CustomerSummary.class, new SummaryJson.Serializer());
    m.addDeserializer(CustomerSummary.class, new SummaryJson.Deserializer());
    return m;
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
