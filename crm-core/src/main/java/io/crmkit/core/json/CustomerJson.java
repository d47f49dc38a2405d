package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Consent;
import io.crmkit.core.customer.ContactPoint;
import io.crmkit.core.customer.ContactType;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.Demographics;
import io.crmkit.core.customer.Gender;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers as JSON objects with the fields of {@link Customer}: instants and dates as ISO strings,
 * the zone as its id, contacts as {@code
 * {"type":"EMAIL","value":"ada@example.org","primary":true}}, demographics as an object of the
 * known parts, attributes as an object of strings, tags as an array, consents as {@code
 * {"EMAIL":"OPTED_IN"}}. Absent optional parts are left out when writing and may be left out when
 * reading; {@code updatedAt} defaults to {@code createdAt}.
 */
final class CustomerJson {

  static final ObjectDeserializer<ContactPoint> CONTACT_READER =
      ObjectDeserializer.of(ContactPoint.class, CustomerJson::readContact);
  static final ObjectDeserializer<Demographics> DEMOGRAPHICS_READER =
      ObjectDeserializer.of(Demographics.class, CustomerJson::readDemographics);
  static final ObjectDeserializer<Customer> READER =
      ObjectDeserializer.of(Customer.class, CustomerJson::read);

  private CustomerJson() {}

  /**
   * Writes {@code field} as a string when the value is present (dates and instants in ISO form).
   */
  static void writeOptional(JsonGenerator gen, String field, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      gen.writeStringField(field, value.get().toString());
    }
  }

  static void writeContact(JsonGenerator gen, ContactPoint c) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("type", c.type().name());
    gen.writeStringField("value", c.value());
    gen.writeBooleanField("primary", c.primary());
    gen.writeEndObject();
  }

  static ContactPoint readContact(JsonFields f) {
    f.only("type", "value", "primary");
    return new ContactPoint(
        f.enumValue("type", ContactType.class), f.text("value"), f.bool("primary", false));
  }

  static void writeDemographics(JsonGenerator gen, Demographics d) throws IOException {
    gen.writeStartObject();
    writeOptional(gen, "ageBand", d.ageBand());
    writeOptional(gen, "incomeBand", d.incomeBand());
    writeOptional(gen, "occupation", d.occupation());
    writeOptional(gen, "region", d.region());
    gen.writeEndObject();
  }

  static Demographics readDemographics(JsonFields f) {
    f.only("ageBand", "incomeBand", "occupation", "region");
    Demographics d = Demographics.none();
    Optional<String> ageBand = f.optText("ageBand");
    if (ageBand.isPresent()) {
      d = d.withAgeBand(ageBand.get());
    }
    Optional<String> incomeBand = f.optText("incomeBand");
    if (incomeBand.isPresent()) {
      d = d.withIncomeBand(incomeBand.get());
    }
    Optional<String> occupation = f.optText("occupation");
    if (occupation.isPresent()) {
      d = d.withOccupation(occupation.get());
    }
    Optional<String> region = f.optText("region");
    if (region.isPresent()) {
      d = d.withRegion(region.get());
    }
    return d;
  }

  static void write(JsonGenerator gen, Customer c) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", c.id().value());
    gen.writeStringField("displayName", c.displayName());
    gen.writeArrayFieldStart("contacts");
    for (ContactPoint p : c.contacts()) {
      writeContact(gen, p);
    }
    gen.writeEndArray();
    writeOptional(gen, "birthDate", c.birthDate());
    writeOptional(gen, "gender", c.gender());
    if (!c.demographics().isEmpty()) {
      gen.writeFieldName("demographics");
      writeDemographics(gen, c.demographics());
    }
    gen.writeObjectFieldStart("attributes");
    for (Map.Entry<String, String> e : c.attributes().entrySet()) {
      gen.writeStringField(e.getKey(), e.getValue());
    }
    gen.writeEndObject();
    gen.writeArrayFieldStart("tags");
    for (String tag : c.tags()) {
      gen.writeString(tag);
    }
    gen.writeEndArray();
    gen.writeObjectFieldStart("consents");
    for (Map.Entry<Channel, Consent> e : c.consents().entrySet()) {
      gen.writeStringField(e.getKey().name(), e.getValue().name());
    }
    gen.writeEndObject();
    writeOptional(gen, "zone", c.zone().map(ZoneId::getId));
    gen.writeStringField("createdAt", c.createdAt().toString());
    gen.writeStringField("updatedAt", c.updatedAt().toString());
    gen.writeEndObject();
  }

  static Customer read(JsonFields f) {
    f.only(
        "id",
        "displayName",
        "contacts",
        "birthDate",
        "gender",
        "demographics",
        "attributes",
        "tags",
        "consents",
        "zone",
        "createdAt",
        "updatedAt");
    List<ContactPoint> contacts = new ArrayList<>();
    for (JsonFields c : f.objects("contacts")) {
      contacts.add(CONTACT_READER.read(c));
    }
    Optional<JsonFields> demographics = f.optObject("demographics");
    Instant createdAt = f.instant("createdAt");
    Customer.Builder b = Customer.builder(CustomerId.of(f.text("id")), createdAt);
    b.displayName(f.text("displayName", ""));
    contacts.forEach(b::contact);
    f.optDate("birthDate").ifPresent(b::birthDate);
    f.optEnum("gender", Gender.class).ifPresent(b::gender);
    if (demographics.isPresent()) {
      b.demographics(DEMOGRAPHICS_READER.read(demographics.get()));
    }
    f.textMap("attributes").forEach(b::attribute);
    new LinkedHashSet<>(f.texts("tags")).forEach(b::tag);
    f.enumMap("consents", Channel.class, Consent.class).forEach(b::consent);
    f.optZone("zone").ifPresent(b::zone);
    b.updatedAt(f.optInstant("updatedAt").orElse(createdAt));
    return b.build();
  }
}
