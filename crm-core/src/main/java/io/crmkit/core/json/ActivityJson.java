package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.interaction.Direction;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.service.Status;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * What customers do besides buying: interactions, service requests and feedback, as JSON objects
 * with the fields of their records; instants as ISO strings, enums by name, absent optional fields
 * left out.
 */
final class ActivityJson {

  static final ObjectDeserializer<Interaction> INTERACTION_READER =
      ObjectDeserializer.of(Interaction.class, ActivityJson::readInteraction);
  static final ObjectDeserializer<ServiceRequest> SERVICE_REQUEST_READER =
      ObjectDeserializer.of(ServiceRequest.class, ActivityJson::readServiceRequest);
  static final ObjectDeserializer<Feedback> FEEDBACK_READER =
      ObjectDeserializer.of(Feedback.class, ActivityJson::readFeedback);

  private ActivityJson() {}

  static void writeInteraction(JsonGenerator gen, Interaction i) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", i.id());
    gen.writeStringField("customerId", i.customerId().value());
    gen.writeStringField("channel", i.channel().name());
    gen.writeStringField("direction", i.direction().name());
    gen.writeStringField("at", i.at().toString());
    gen.writeStringField("topic", i.topic());
    gen.writeStringField("outcome", i.outcome());
    CustomerJson.writeOptional(gen, "followUpAt", i.followUpAt());
    gen.writeEndObject();
  }

  static Interaction readInteraction(JsonFields f) {
    f.only("id", "customerId", "channel", "direction", "at", "topic", "outcome", "followUpAt");
    Interaction i =
        Interaction.of(
            f.text("id"),
            CustomerId.of(f.text("customerId")),
            f.enumValue("channel", Channel.class),
            f.enumValue("direction", Direction.class),
            f.instant("at"),
            f.text("topic", ""),
            f.text("outcome", ""));
    Optional<Instant> followUpAt = f.optInstant("followUpAt");
    return followUpAt.isPresent() ? i.withFollowUpAt(followUpAt.get()) : i;
  }

  static void writeServiceRequest(JsonGenerator gen, ServiceRequest r) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", r.id());
    gen.writeStringField("customerId", r.customerId().value());
    gen.writeStringField("openedAt", r.openedAt().toString());
    CustomerJson.writeOptional(gen, "firstResponseAt", r.firstResponseAt());
    CustomerJson.writeOptional(gen, "resolvedAt", r.resolvedAt());
    gen.writeStringField("priority", r.priority().name());
    gen.writeStringField("status", r.status().name());
    gen.writeEndObject();
  }

  static ServiceRequest readServiceRequest(JsonFields f) {
    f.only("id", "customerId", "openedAt", "firstResponseAt", "resolvedAt", "priority", "status");
    ServiceRequest.Builder b =
        ServiceRequest.builder(
            f.text("id"),
            CustomerId.of(f.text("customerId")),
            f.instant("openedAt"),
            f.enumValue("priority", Priority.class));
    f.optInstant("firstResponseAt").ifPresent(b::firstResponseAt);
    f.optInstant("resolvedAt").ifPresent(b::resolvedAt);
    return b.status(f.enumValue("status", Status.class)).build();
  }

  static void writeFeedback(JsonGenerator gen, Feedback fb) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", fb.id());
    gen.writeStringField("customerId", fb.customerId().value());
    gen.writeStringField("at", fb.at().toString());
    if (fb.nps().isPresent()) {
      gen.writeNumberField("nps", fb.nps().getAsInt());
    }
    if (fb.csat().isPresent()) {
      gen.writeNumberField("csat", fb.csat().getAsInt());
    }
    gen.writeStringField("text", fb.text());
    gen.writeEndObject();
  }

  static Feedback readFeedback(JsonFields f) {
    f.only("id", "customerId", "at", "nps", "csat", "text");
    return new Feedback(
        f.text("id"),
        CustomerId.of(f.text("customerId")),
        f.instant("at"),
        f.optInteger("nps"),
        f.optInteger("csat"),
        f.text("text", ""));
  }
}
