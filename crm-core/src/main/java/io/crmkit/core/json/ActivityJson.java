package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.interaction.Channel;
import io.crmkit.core.interaction.Direction;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.service.Status;
import java.io.IOException;

/**
 * What customers do besides buying: interactions, service requests and feedback, as JSON objects
 * with the fields of their records; instants as ISO strings, enums by name, absent optional fields
 * left out.
 */
final class ActivityJson {

  private ActivityJson() {}

  static final class InteractionSerializer extends StdSerializer<Interaction> {
    private static final long serialVersionUID = 1L;

    InteractionSerializer() {
      super(Interaction.class);
    }

    @Override
    public void serialize(Interaction i, JsonGenerator gen, SerializerProvider provider) throws IOException {
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
  }

  static final class InteractionDeserializer extends ObjectDeserializer<Interaction> {
    private static final long serialVersionUID = 1L;

    InteractionDeserializer() {
      super(Interaction.class, "id", "customerId", "channel", "direction", "at", "topic", "outcome", "followUpAt");
    }

    @Override
    Interaction build(JsonFields f, boolean strict) throws JsonMappingException {
      return new Interaction(f.text("id"), CustomerId.of(f.text("customerId")), f.enumValue("channel", Channel.class),
          f.enumValue("direction", Direction.class), f.instant("at"), f.textOr("topic", ""), f.textOr("outcome", ""),
          f.optInstant("followUpAt"));
    }
  }

  static final class ServiceRequestSerializer extends StdSerializer<ServiceRequest> {
    private static final long serialVersionUID = 1L;

    ServiceRequestSerializer() {
      super(ServiceRequest.class);
    }

    @Override
    public void serialize(ServiceRequest r, JsonGenerator gen, SerializerProvider provider) throws IOException {
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
  }

  static final class ServiceRequestDeserializer extends ObjectDeserializer<ServiceRequest> {
    private static final long serialVersionUID = 1L;

    ServiceRequestDeserializer() {
      super(ServiceRequest.class, "id", "customerId", "openedAt", "firstResponseAt", "resolvedAt", "priority",
          "status");
    }

    @Override
    ServiceRequest build(JsonFields f, boolean strict) throws JsonMappingException {
      return new ServiceRequest(f.text("id"), CustomerId.of(f.text("customerId")), f.instant("openedAt"),
          f.optInstant("firstResponseAt"), f.optInstant("resolvedAt"), f.enumValue("priority", Priority.class),
          f.enumValue("status", Status.class));
    }
  }

  static final class FeedbackSerializer extends StdSerializer<Feedback> {
    private static final long serialVersionUID = 1L;

    FeedbackSerializer() {
      super(Feedback.class);
    }

    @Override
    public void serialize(Feedback fb, JsonGenerator gen, SerializerProvider provider) throws IOException {
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
  }

  static final class FeedbackDeserializer extends ObjectDeserializer<Feedback> {
    private static final long serialVersionUID = 1L;

    FeedbackDeserializer() {
      super(Feedback.class, "id", "customerId", "at", "nps", "csat", "text");
    }

    @Override
    Feedback build(JsonFields f, boolean strict) throws JsonMappingException {
      return new Feedback(f.text("id"), CustomerId.of(f.text("customerId")), f.instant("at"), f.optInt("nps"),
          f.optInt("csat"), f.textOr("text", ""));
    }
  }
}
