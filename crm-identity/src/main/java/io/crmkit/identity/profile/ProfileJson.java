package io.crmkit.identity.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.crmkit.core.feedback.FeedbackScores;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.lifecycle.churn.ChurnAssessment;
import io.crmkit.lifecycle.churn.Reason;
import io.crmkit.lifecycle.reminder.Reminder;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The JSON document of a {@link CustomerProfile}, written with Jackson and crm-core's module (the
 * customer, interactions, service requests, feedback and money as {@link CrmJackson} writes them:
 * amounts as strings, instants and dates as ISO-8601 strings). Top-level fields, always present:
 * {@code at}, {@code customer}, {@code sourceIds}, {@code purchases}, {@code lifecycle}, {@code
 * churn}, {@code clv}, {@code loyalty}, {@code openServiceRequests}, {@code lastInteractions},
 * {@code feedback} ({@code answers} with {@code nps} and {@code csat} summaries) and {@code
 * reminders}; an absent value is JSON {@code null}, never a missing field. Numbers of the purchase
 * summary are in its {@code unit}; points are whole points.
 *
 * @since 0.1
 */
public final class ProfileJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .addModule(CrmJackson.module())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private ProfileJson() {}

  /** The profile as a JSON tree. */
  public static ObjectNode tree(CustomerProfile p) {
    Objects.requireNonNull(p, "profile must not be null");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("at", p.at().toString());
    root.set("customer", MAPPER.valueToTree(p.customer()));
    ArrayNode ids = root.putArray("sourceIds");
    p.sourceIds().forEach(ids::add);
    root.set(
        "purchases", p.purchases().<JsonNode>map(ProfileJson::purchases).orElse(root.nullNode()));
    if (p.stage().isPresent()) {
      ObjectNode l = root.putObject("lifecycle");
      l.put("stage", p.stage().get().name());
      l.put("since", p.stageSince().map(Object::toString).orElse(null));
    } else {
      root.putNull("lifecycle");
    }
    root.set("churn", p.churn().<JsonNode>map(ProfileJson::churn).orElse(root.nullNode()));
    root.set("clv", p.clv().<JsonNode>map(MAPPER::valueToTree).orElse(root.nullNode()));
    root.set("loyalty", p.loyalty().<JsonNode>map(ProfileJson::loyalty).orElse(root.nullNode()));
    root.set("openServiceRequests", MAPPER.valueToTree(p.openServiceRequests()));
    root.set("lastInteractions", MAPPER.valueToTree(p.lastInteractions()));
    ObjectNode fb = root.putObject("feedback");
    fb.set("answers", MAPPER.valueToTree(p.feedback()));
    scores(fb, p.feedbackScores());
    ArrayNode reminders = root.putArray("reminders");
    p.reminders().forEach(r -> reminders.add(reminder(r)));
    return root;
  }

  /** The profile as an indented JSON document. */
  public static String write(CustomerProfile p) {
    try {
      return MAPPER.writeValueAsString(tree(p));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(
          "profile of " + p.id().value() + " could not be written as JSON", e);
    }
  }

  /**
   * Parses a profile document strictly (duplicate fields, trailing tokens refused) into a tree, for
   * readers of {@link #write}'s output.
   *
   * @throws IllegalArgumentException if the text is not one well-formed JSON object
   */
  public static ObjectNode parse(String json) {
    Objects.requireNonNull(json, "json must not be null");
    try {
      JsonNode n = MAPPER.readTree(json);
      if (!(n instanceof ObjectNode o)) {
        throw new IllegalArgumentException(
            "a profile document must be a JSON object but was: "
                + (n == null ? "empty" : n.getNodeType()));
      }
      return o;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "profile document is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectNode purchases(PurchaseProfile s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("transactions", s.transactions());
    o.put("frequency", s.frequency());
    o.put("recency", s.recency());
    o.put("age", s.age());
    o.put("unit", s.unit().name());
    o.put("firstPurchase", s.firstPurchase().toString());
    o.put("lastPurchase", s.lastPurchase().toString());
    o.set("totalSpend", MAPPER.valueToTree(s.totalSpend()));
    o.set("averageRepeatSpend", MAPPER.valueToTree(s.averageRepeatSpend()));
    o.put("rfmCell", s.rfmCell());
    o.put("segment", s.segment());
    o.put("abcClass", s.abcClass().name());
    return o;
  }

  private static ObjectNode churn(ChurnAssessment c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("probability", c.probability());
    o.put("band", c.band().name());
    o.put("scorer", c.scorer());
    ArrayNode reasons = o.putArray("reasons");
    for (Reason r : c.reasons()) {
      ObjectNode n = reasons.addObject();
      n.put("feature", r.feature());
      n.put("description", r.description());
      n.put("contribution", r.contribution());
    }
    return o;
  }

  private static ObjectNode loyalty(LoyaltyProfile l) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("available", l.available());
    o.put("pending", l.pending());
    o.put("lifetimeEarned", l.lifetimeEarned());
    o.put("tier", l.tier().orElse(null));
    o.put("expiringPoints", l.expiringPoints());
    ArrayNode lots = o.putArray("expiringSoon");
    for (ExpiringPoints e : l.expiringSoon()) {
      ObjectNode n = lots.addObject();
      n.put("points", e.points());
      n.put("expiresAt", e.expiresAt().toString());
    }
    return o;
  }

  private static void scores(ObjectNode fb, FeedbackScores s) {
    ObjectNode nps = fb.putObject("nps");
    nps.put("promoters", s.nps().promoters());
    nps.put("passives", s.nps().passives());
    nps.put("detractors", s.nps().detractors());
    if (s.nps().score().isPresent()) {
      nps.put("score", s.nps().score().getAsDouble());
    } else {
      nps.putNull("score");
    }
    ObjectNode csat = fb.putObject("csat");
    ArrayNode counts = csat.putArray("counts");
    for (long c : s.csat().counts()) {
      counts.add(c);
    }
    csat.put("responses", s.csat().responses());
  }

  private static ObjectNode reminder(Reminder r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("date", r.date().toString());
    o.put("kind", r.kind().name());
    o.put("subject", r.subject());
    o.put("reference", r.reference());
    o.put("at", r.at().map(Object::toString).orElse(null));
    return o;
  }
}
