package io.crmkit.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.loyalty.tier.QualificationMetric;
import io.crmkit.loyalty.tier.QualificationWindow;
import io.crmkit.loyalty.tier.Tier;
import io.crmkit.loyalty.tier.TierBenefits;
import io.crmkit.loyalty.tier.TierProgram;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the tiers of a loyalty programme from JSON (crm-loyalty reads programmes from JSON but not
 * tiers):
 * <pre>{@code
 * {"metric": "SPEND", "window": {"rollingMonths": 12}, "reviewDate": "01-01", "grace": "P0D",
 *  "oneTierAtATime": true, "currency": "USD", "zone": "UTC",
 *  "tiers": [{"name": "Blue", "threshold": "0"},
 *            {"name": "Gold", "threshold": "300", "pointsMultiplier": "1.5", "discountPercent": "5",
 *             "services": ["free shipping"]}]}
 * }</pre>
 * {@code metric}: SPEND (currency units), QUALIFYING_POINTS or VISITS; {@code window}: {@code
 * "calendarYear"} or {@code {"rollingMonths": n}}; {@code reviewDate}: month-day {@code MM-dd};
 * {@code grace}: an ISO period. An error names the JSON path, the value and what was expected.
 */
final class TierProgramJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TierProgramJson() {}

  static TierProgram read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a tiers file must be a JSON object with \"tiers\"");
    }
    QualificationMetric metric = metric(text(root, "metric", "SPEND"));
    QualificationWindow window = window(root.get("window"));
    MonthDay review = monthDay(text(root, "reviewDate", "01-01"));
    Period grace = period(text(root, "grace", "P0D"));
    boolean oneAtATime = !root.has("oneTierAtATime") || bool(root, "oneTierAtATime");
    Currency currency = currency(text(root, "currency", "USD"));
    ZoneId zone = zone(text(root, "zone", "UTC"));
    JsonNode tiers = root.get("tiers");
    if (tiers == null || !tiers.isArray() || tiers.isEmpty()) {
      throw new IllegalArgumentException("$.tiers must be a non-empty array of tiers but was: " + tiers);
    }
    List<Tier> list = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      list.add(tier(tiers.get(i), "$.tiers[" + i + "]"));
    }
    try {
      return new TierProgram(list, metric, window, review, grace, oneAtATime, currency, zone);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("$.tiers: " + e.getMessage(), e);
    }
  }

  private static Tier tier(JsonNode t, String path) {
    if (t == null || !t.isObject()) {
      throw new IllegalArgumentException(path + " must be an object with name and threshold but was: " + t);
    }
    String name = required(t, "name", path);
    BigDecimal threshold = decimal(required(t, "threshold", path), path + ".threshold");
    BigDecimal multiplier = decimal(text(t, "pointsMultiplier", "1"), path + ".pointsMultiplier");
    BigDecimal discount = decimal(text(t, "discountPercent", "0"), path + ".discountPercent");
    Set<String> services = new LinkedHashSet<>();
    JsonNode s = t.get("services");
    if (s != null) {
      if (!s.isArray()) {
        throw new IllegalArgumentException(path + ".services must be an array of names but was: " + s);
      }
      s.forEach(n -> services.add(n.asText()));
    }
    try {
      return new Tier(name, threshold, new TierBenefits(multiplier, discount, services));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  private static String required(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw new IllegalArgumentException(path + "." + field + " is required");
    }
    return v.asText().trim();
  }

  private static String text(JsonNode n, String field, String otherwise) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? otherwise : v.asText().trim();
  }

  private static boolean bool(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (!v.isBoolean()) {
      throw new IllegalArgumentException("$." + field + " must be true or false but was: " + v);
    }
    return v.asBoolean();
  }

  private static QualificationMetric metric(String s) {
    try {
      return QualificationMetric.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("$.metric must be SPEND, QUALIFYING_POINTS or VISITS but was: '" + s + "'", e);
    }
  }

  private static QualificationWindow window(JsonNode w) {
    if (w == null || w.isNull() || (w.isTextual() && w.asText().equalsIgnoreCase("calendarYear"))) {
      return QualificationWindow.calendarYear();
    }
    if (w.isObject() && w.has("rollingMonths") && w.get("rollingMonths").canConvertToInt()) {
      try {
        return QualificationWindow.rolling(w.get("rollingMonths").asInt());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("$.window.rollingMonths: " + e.getMessage(), e);
      }
    }
    throw new IllegalArgumentException("$.window must be \"calendarYear\" or {\"rollingMonths\": n} but was: " + w);
  }

  private static MonthDay monthDay(String s) {
    try {
      return MonthDay.parse(s.startsWith("--") ? s : "--" + s);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("$.reviewDate must be a month-day MM-dd such as 01-01 but was: '" + s + "'", e);
    }
  }

  private static Period period(String s) {
    try {
      return Period.parse(s);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("$.grace must be an ISO period such as P0D or P1M but was: '" + s + "'", e);
    }
  }

  private static Currency currency(String s) {
    try {
      return Currency.getInstance(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("$.currency must be an ISO 4217 code such as USD but was: '" + s + "'", e);
    }
  }

  private static ZoneId zone(String s) {
    try {
      return ZoneId.of(s);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("$.zone must be a time zone such as UTC but was: '" + s + "'", e);
    }
  }

  private static BigDecimal decimal(String s, String path) {
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(path + " must be a decimal number but was: '" + s + "'", e);
    }
  }
}
