package io.crmkit.loyalty.tier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;
import io.crmkit.core.json.JsonFields;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes a {@link TierProgram} as JSON, validating every field; an error names the JSON
 * path, the value and what was expected (e.g. {@code $.tiers[1].threshold must be a decimal number
 * but was: 'lots'}). The format (amounts and multipliers as decimal strings or numbers):
 *
 * <pre>{@code
 * {"metric": "SPEND", "window": {"rollingMonths": 12}, "reviewDate": "01-01", "grace": "P0D",
 *  "oneTierAtATime": true, "currency": "USD", "zone": "UTC",
 *  "tiers": [{"name": "Blue", "threshold": "0"},
 *            {"name": "Gold", "threshold": "300", "pointsMultiplier": "1.5", "discountPercent": "5",
 *             "services": ["free shipping"]}]}
 * }</pre>
 *
 * <ul>
 *   <li>{@code metric}: {@code SPEND} (thresholds in currency units), {@code QUALIFYING_POINTS} or
 *       {@code VISITS} (whole numbers), spelt exactly so; default {@code SPEND}.
 *   <li>{@code window}: {@code "calendarYear"} or {@code {"rollingMonths": n}}; default calendar
 *       year.
 *   <li>{@code reviewDate}: month-day {@code MM-dd} (or ISO {@code --MM-dd}); default {@code
 *       01-01}.
 *   <li>{@code grace}: an ISO period, not negative; default {@code P0D}.
 *   <li>{@code oneTierAtATime}: default {@code true}.
 *   <li>{@code currency} (ISO 4217) and {@code zone} (time-zone id): defaults {@code USD} and
 *       {@code UTC} in a tiers document of its own; inside a whole-programme document (see {@code
 *       io.crmkit.loyalty.document.LoyaltyProgrammeJson}) the programme's currency and zone.
 *   <li>{@code tiers}: non-empty, entry tier first with threshold 0, thresholds increasing; per
 *       tier {@code pointsMultiplier} (default 1), {@code discountPercent} (0 to 100, default 0)
 *       and {@code services} (default none).
 * </ul>
 *
 * {@link #write} writes every field, so what it writes reads back as an equal programme.
 *
 * @since 0.1
 */
public final class TierProgramJson {

  private static final Currency DEFAULT_CURRENCY = Currency.getInstance("USD");
  private static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

  private TierProgramJson() {}

  /** The tier programme in {@code json}. */
  public static TierProgram read(String json) {
    return read(JsonFields.parse(json, "tier programme"));
  }

  /** The tier programme read from {@code reader}. */
  public static TierProgram read(Reader reader) throws IOException {
    return read(JsonFields.parse(reader, "tier programme"));
  }

  /** The tier programme in the JSON tree {@code root} (currency USD and zone UTC unless given). */
  public static TierProgram read(JsonNode root) {
    return read(JsonFields.root(root));
  }

  /** The tier programme in the object {@code o} (currency USD and zone UTC unless given). */
  public static TierProgram read(JsonFields o) {
    return read(o, DEFAULT_CURRENCY, DEFAULT_ZONE);
  }

  /**
   * The tier programme in the object {@code o}, with {@code currency} and {@code zone} where the
   * object gives none (for a tier programme inside a larger document).
   */
  public static TierProgram read(JsonFields o, Currency currency, ZoneId zone) {
    o.only(
        "metric", "window", "reviewDate", "grace", "oneTierAtATime", "currency", "zone", "tiers");
    QualificationMetric metric =
        o.enumValue("metric", QualificationMetric.class, QualificationMetric.SPEND);
    QualificationWindow window = window(o);
    MonthDay review = o.has("reviewDate") ? o.monthDay("reviewDate") : MonthDay.of(1, 1);
    Period grace = o.has("grace") ? o.period("grace") : Period.ZERO;
    if (grace.isNegative()) {
      throw o.error("grace", "'" + grace + "'", "a period that is not negative");
    }
    boolean oneAtATime = o.bool("oneTierAtATime", true);
    Currency c = o.has("currency") ? o.currency("currency") : currency;
    ZoneId z = o.has("zone") ? o.zone("zone") : zone;
    List<Tier> tiers = new ArrayList<>();
    for (JsonFields t : o.nonEmptyArray("tiers", "tiers")) {
      tiers.add(t.wrap(() -> tier(t, metric)));
    }
    try {
      return new TierProgram(tiers, metric, window, review, grace, oneAtATime, c, z);
    } catch (IllegalArgumentException e) {
      throw CrmJsonException.invalid(o.pathOf("tiers"), e);
    }
  }

  private static QualificationWindow window(JsonFields o) {
    if (!o.has("window")) {
      return QualificationWindow.calendarYear();
    }
    JsonNode w = o.node().get("window");
    if (w.isTextual() && w.textValue().equals("calendarYear")) {
      return QualificationWindow.calendarYear();
    }
    if (w.isObject() && w.has("rollingMonths")) {
      JsonFields r = o.object("window").only("rollingMonths");
      int months = r.integer("rollingMonths");
      if (months <= 0) {
        throw r.error("rollingMonths", months, "a positive number of months");
      }
      return QualificationWindow.rolling(months);
    }
    throw o.error("window", w, "\"calendarYear\" or {\"rollingMonths\": n}");
  }

  private static Tier tier(JsonFields t, QualificationMetric metric) {
    t.only("name", "threshold", "pointsMultiplier", "discountPercent", "services");
    String name = t.text("name");
    if (name.isBlank()) {
      throw t.error("name", "'" + name + "'", "a non-blank string");
    }
    BigDecimal threshold = t.decimal("threshold");
    if (threshold.signum() < 0) {
      throw t.error("threshold", threshold.toPlainString(), "a number that is not negative");
    }
    if (metric != QualificationMetric.SPEND && threshold.stripTrailingZeros().scale() > 0) {
      throw t.error("threshold", threshold.toPlainString(), "a whole number of " + metric);
    }
    BigDecimal multiplier = t.decimal("pointsMultiplier", BigDecimal.ONE);
    if (multiplier.compareTo(BigDecimal.ONE) < 0) {
      throw t.error("pointsMultiplier", multiplier.toPlainString(), "at least 1");
    }
    BigDecimal discount = t.decimal("discountPercent", BigDecimal.ZERO);
    if (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw t.error("discountPercent", discount.toPlainString(), "a percentage from 0 to 100");
    }
    return new Tier(name, threshold, new TierBenefits(multiplier, discount, t.strings("services")));
  }

  /** The JSON of {@code tiers}, readable by {@link #read(String)}. */
  public static String write(TierProgram tiers) {
    return CrmJackson.writePretty(tree(tiers));
  }

  /** The JSON tree of {@code tiers}, with every field written. */
  public static ObjectNode tree(TierProgram tiers) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("metric", tiers.metric().name());
    if (tiers.window().isCalendarYear()) {
      root.put("window", "calendarYear");
    } else {
      root.putObject("window").put("rollingMonths", tiers.window().months());
    }
    root.put(
        "reviewDate",
        String.format(
            Locale.ROOT,
            "%02d-%02d",
            tiers.reviewDate().getMonthValue(),
            tiers.reviewDate().getDayOfMonth()));
    root.put("grace", tiers.grace().toString());
    root.put("oneTierAtATime", tiers.oneTierAtATime());
    root.put("currency", tiers.currency().getCurrencyCode());
    root.put("zone", tiers.zone().getId());
    ArrayNode list = root.putArray("tiers");
    for (Tier t : tiers.tiers()) {
      ObjectNode o = list.addObject();
      o.put("name", t.name());
      o.put("threshold", JsonFields.decimalText(t.threshold()));
      o.put("pointsMultiplier", JsonFields.decimalText(t.benefits().pointsMultiplier()));
      o.put("discountPercent", JsonFields.decimalText(t.benefits().discountPercent()));
      ArrayNode services = o.putArray("services");
      t.benefits().services().stream().sorted().forEach(services::add);
    }
    return root;
  }
}
