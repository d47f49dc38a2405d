package io.crmkit.jdbc;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import io.crmkit.lifecycle.stage.LifecycleFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The JSON body of a stored {@link Lifecycle}: its record components as written by Jackson (events
 * tagged by their record name, money through crm-core's module, sets kept in order), read back
 * through the records' validating constructors.
 */
final class LifecycleJson {

  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "event")
  @JsonSubTypes({
    @JsonSubTypes.Type(LifecycleEvent.InteractionRecorded.class),
    @JsonSubTypes.Type(LifecycleEvent.Purchase.class),
    @JsonSubTypes.Type(LifecycleEvent.Refund.class),
    @JsonSubTypes.Type(LifecycleEvent.ReEvaluation.class),
    @JsonSubTypes.Type(LifecycleEvent.ManualMove.class)
  })
  private interface EventMixin {}

  /**
   * {@link LifecycleFacts} (a class since issue 15, no longer a record) written as its fields,
   * which bear the former record components' names, and read through its validating constructor:
   * the same JSON as before.
   */
  @JsonAutoDetect(
      fieldVisibility = JsonAutoDetect.Visibility.ANY,
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE)
  private abstract static class FactsMixin {
    @JsonCreator
    @SuppressWarnings("unused")
    FactsMixin(
        @JsonProperty("purchases") int purchases,
        @JsonProperty("refunds") int refunds,
        @JsonProperty("netSpend") BigDecimal netSpend,
        @JsonProperty("currency") Optional<Currency> currency,
        @JsonProperty("firstPurchase") Optional<Instant> firstPurchase,
        @JsonProperty("lastPurchase") Optional<Instant> lastPurchase,
        @JsonProperty("lastActivity") Instant lastActivity,
        @JsonProperty("lastChurnProbability") OptionalDouble lastChurnProbability) {}
  }

  static final ObjectMapper MAPPER =
      Json.MAPPER
          .copy()
          .addMixIn(LifecycleEvent.class, EventMixin.class)
          .addMixIn(LifecycleFacts.class, FactsMixin.class)
          .registerModule(
              new SimpleModule("crmkit-jdbc-lifecycle")
                  .addAbstractTypeMapping(Set.class, LinkedHashSet.class));

  private LifecycleJson() {}
}
