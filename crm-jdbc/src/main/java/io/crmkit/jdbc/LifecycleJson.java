package io.crmkit.jdbc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import java.util.LinkedHashSet;
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

  static final ObjectMapper MAPPER =
      Json.MAPPER
          .copy()
          .addMixIn(LifecycleEvent.class, EventMixin.class)
          .registerModule(
              new SimpleModule("crmkit-jdbc-lifecycle")
                  .addAbstractTypeMapping(Set.class, LinkedHashSet.class));

  private LifecycleJson() {}
}
