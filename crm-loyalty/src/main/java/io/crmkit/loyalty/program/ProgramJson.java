package io.crmkit.loyalty.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.JsonFields;
import io.crmkit.core.money.Money;
import io.crmkit.loyalty.ledger.ConsumptionOrder;
import io.crmkit.loyalty.ledger.ExpiryPolicy;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.NegativeBalancePolicy;
import io.crmkit.loyalty.ledger.PointRate;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@link Program} from JSON, validating every field; an error names the JSON path, the
 * value and what was expected. The format (amounts and multipliers as decimal strings or numbers):
 *
 * <pre>{@code
 * {
 *   "name": "Coffee Club", "currency": "EUR", "zone": "Europe/Paris",
 *   "ledger": {"consumptionOrder": "FIFO", "expiry": {"type": "endOfMonthAfter", "months": 12},
 *              "lockDays": 14, "negativeBalance": "CAP_AT_ZERO", "reversalRounding": "HALF_UP"},
 *   "redemptionRate": {"points": 100, "money": "1.00"},
 *   "rules": [
 *     {"type": "pointsPerSpend", "id": "base", "points": "1", "per": "1.00", "rounding": "DOWN"},
 *     {"type": "productMultiplier", "id": "beans", "categories": ["beans"], "multiplier": "2", "rounding": "DOWN"},
 *     {"type": "tierMultiplier", "id": "gold", "tier": "Gold", "multiplier": "1.5", "rounding": "HALF_UP"},
 *     {"type": "eventBonus", "id": "welcome", "event": "SIGN_UP", "points": 100},
 *     {"type": "campaign", "id": "xmas", "from": "2024-12-01", "to": "2024-12-24", "multiplier": "2",
 *      "bonusPoints": 0, "segment": "lapsed", "tag": "newsletter", "rounding": "DOWN", "group": "promo"},
 *     {"type": "visitBonus", "id": "fifth", "every": 5, "points": 50},
 *     {"type": "cap", "id": "daily", "period": "DAY", "maxPoints": 500},
 *     {"type": "exclusion", "id": "no-gift-cards", "products": ["GIFT"], "categories": ["tobacco"]}
 *   ]
 * }
 * }</pre>
 *
 * Every rule may have {@code "priority"} (default 0) and {@code "group"} (stacking group). Expiry
 * types: {@code never}, {@code daysAfterEarning} ({@code days}), {@code endOfMonthAfter} and {@code
 * endOfYearAfter} ({@code months}), {@code afterInactivity} ({@code months}).
 *
 * @since 0.1
 */
public final class ProgramJson {

  private ProgramJson() {}

  /** The programme in {@code json}. */
  public static Program read(String json) {
    return read(JsonFields.parse(json, "programme"));
  }

  /** The programme read from {@code reader}. */
  public static Program read(Reader reader) throws IOException {
    return read(JsonFields.parse(reader, "programme"));
  }

  /** The programme in the JSON tree {@code root}. */
  public static Program read(JsonNode root) {
    return read(JsonFields.root(root));
  }

  /**
   * The programme in the object {@code r}; its {@code tiers} and {@code rewards} (of a
   * whole-programme document) are allowed but not read here.
   */
  public static Program read(JsonFields r) {
    r.only("name", "currency", "zone", "ledger", "redemptionRate", "rules", "tiers", "rewards");
    String name = r.text("name");
    Currency currency = r.currency("currency");
    ZoneId zone = r.zone("zone");
    JsonFields l =
        r.object("ledger")
            .only("consumptionOrder", "expiry", "lockDays", "negativeBalance", "reversalRounding");
    LedgerPolicy policy =
        new LedgerPolicy(
            l.enumValue("consumptionOrder", ConsumptionOrder.class, ConsumptionOrder.FIFO),
            l.has("expiry") ? expiry(l.object("expiry")) : ExpiryPolicy.never(),
            Duration.ofDays(l.integer("lockDays", 0)),
            l.enumValue(
                "negativeBalance", NegativeBalancePolicy.class, NegativeBalancePolicy.CAP_AT_ZERO),
            l.enumValue("reversalRounding", RoundingMode.class, RoundingMode.HALF_UP),
            zone);
    JsonFields rate = r.object("redemptionRate").only("points", "money", "toMoney", "toPoints");
    PointRate pointRate =
        new PointRate(
            rate.longValue("points"),
            Money.of(rate.decimal("money"), currency),
            rate.enumValue("toMoney", RoundingMode.class, RoundingMode.HALF_EVEN),
            rate.enumValue("toPoints", RoundingMode.class, RoundingMode.DOWN));
    List<EarningRule> rules = new ArrayList<>();
    for (JsonFields rule : r.array("rules")) {
      rules.add(rule.wrap(() -> rule(rule)));
    }
    return r.wrap(() -> Program.of(name, currency, rules, policy, pointRate));
  }

  /** The JSON of {@code program}, readable by {@link #read(String)}. */
  public static String write(Program program) {
    return CrmJackson.writePretty(tree(program));
  }

  /** The JSON tree of {@code program}, as {@link #write} writes it. */
  public static ObjectNode tree(Program program) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("name", program.name());
    root.put("currency", program.currency().getCurrencyCode());
    LedgerPolicy p = program.ledgerPolicy();
    root.put("zone", p.zone().getId());
    ObjectNode l = root.putObject("ledger");
    l.put("consumptionOrder", p.consumptionOrder().name());
    ObjectNode e = l.putObject("expiry");
    ExpiryPolicy x = p.expiry();
    if (x instanceof ExpiryPolicy.Never) {
      e.put("type", "never");
    } else if (x instanceof ExpiryPolicy.DaysAfterEarning d) {
      e.put("type", "daysAfterEarning").put("days", d.days());
    } else if (x instanceof ExpiryPolicy.EndOfPeriodAfterEarning d) {
      e.put("type", d.endOfYear() ? "endOfYearAfter" : "endOfMonthAfter").put("months", d.months());
    } else if (x instanceof ExpiryPolicy.Inactivity d) {
      e.put("type", "afterInactivity").put("months", d.months());
    }
    if (p.lockPeriod().toSeconds() % 86_400 != 0) {
      throw new IllegalArgumentException(
          "lockPeriod must be whole days to be written as JSON but was: " + p.lockPeriod());
    }
    l.put("lockDays", p.lockPeriod().toDays());
    l.put("negativeBalance", p.negativeBalance().name());
    l.put("reversalRounding", p.reversalRounding().name());
    ObjectNode rate = root.putObject("redemptionRate");
    rate.put("points", program.redemptionRate().points());
    rate.put("money", program.redemptionRate().money().amount().toPlainString());
    rate.put("toMoney", program.redemptionRate().toMoney().name());
    rate.put("toPoints", program.redemptionRate().toPoints().name());
    ArrayNode rules = root.putArray("rules");
    for (EarningRule rule : program.rules()) {
      ObjectNode o = rules.addObject();
      RuleKey k = rule.key();
      if (rule instanceof EarningRule.PointsPerSpend r) {
        o.put("type", "pointsPerSpend")
            .put("id", k.id())
            .put("points", r.points().toPlainString())
            .put("per", r.per().toPlainString())
            .put("rounding", r.rounding().name());
      } else if (rule instanceof EarningRule.ProductMultiplier r) {
        o.put("type", "productMultiplier").put("id", k.id());
        strings(o.putArray("products"), r.products());
        strings(o.putArray("categories"), r.categories());
        o.put("multiplier", r.multiplier().toPlainString()).put("rounding", r.rounding().name());
      } else if (rule instanceof EarningRule.TierMultiplier r) {
        o.put("type", "tierMultiplier")
            .put("id", k.id())
            .put("tier", r.tier())
            .put("multiplier", r.multiplier().toPlainString())
            .put("rounding", r.rounding().name());
      } else if (rule instanceof EarningRule.EventBonus r) {
        o.put("type", "eventBonus")
            .put("id", k.id())
            .put("event", r.event().name())
            .put("points", r.points());
      } else if (rule instanceof EarningRule.Campaign r) {
        o.put("type", "campaign")
            .put("id", k.id())
            .put("from", r.from().toString())
            .put("to", r.to().toString())
            .put("multiplier", r.multiplier().toPlainString())
            .put("bonusPoints", r.bonusPoints())
            .put("rounding", r.rounding().name());
        r.segment().ifPresent(s -> o.put("segment", s));
        r.tag().ifPresent(t -> o.put("tag", t));
      } else if (rule instanceof EarningRule.VisitBonus r) {
        o.put("type", "visitBonus")
            .put("id", k.id())
            .put("every", r.every())
            .put("points", r.points());
      } else if (rule instanceof EarningRule.EarningCap r) {
        o.put("type", "cap")
            .put("id", k.id())
            .put("period", r.period().name())
            .put("maxPoints", r.maxPoints());
      } else if (rule instanceof EarningRule.Exclusion r) {
        o.put("type", "exclusion").put("id", k.id());
        strings(o.putArray("products"), r.products());
        strings(o.putArray("categories"), r.categories());
      }
      if (k.priority() != 0) {
        o.put("priority", k.priority());
      }
      k.stackGroup().ifPresent(g -> o.put("group", g));
    }
    return root;
  }

  /** The fields a rule of {@code type} may have; an unknown type keeps its own error. */
  private static Set<String> ruleFields(String type) {
    Set<String> fields = new LinkedHashSet<>(List.of("type", "id", "priority", "group"));
    fields.addAll(
        switch (type) {
          case "pointsPerSpend" -> List.of("points", "per", "rounding");
          case "productMultiplier" -> List.of("products", "categories", "multiplier", "rounding");
          case "tierMultiplier" -> List.of("tier", "multiplier", "rounding");
          case "eventBonus" -> List.of("event", "points");
          case "campaign" ->
              List.of("from", "to", "multiplier", "bonusPoints", "segment", "tag", "rounding");
          case "visitBonus" -> List.of("every", "points");
          case "cap" -> List.of("period", "maxPoints");
          case "exclusion" -> List.of("products", "categories");
          default -> List.of();
        });
    return fields;
  }

  private static void strings(ArrayNode array, Set<String> values) {
    values.stream().sorted().forEach(array::add);
  }

  private static ExpiryPolicy expiry(JsonFields e) {
    String type = e.text("type");
    switch (type) {
      case "daysAfterEarning" -> e.only("type", "days");
      case "endOfMonthAfter", "endOfYearAfter", "afterInactivity" -> e.only("type", "months");
      default -> e.only("type");
    }
    return e.wrap(
        () ->
            switch (type) {
              case "never" -> ExpiryPolicy.never();
              case "daysAfterEarning" -> ExpiryPolicy.daysAfterEarning(e.integer("days"));
              case "endOfMonthAfter" -> ExpiryPolicy.endOfMonthAfter(e.integer("months"));
              case "endOfYearAfter" -> ExpiryPolicy.endOfYearAfter(e.integer("months"));
              case "afterInactivity" -> ExpiryPolicy.afterInactivity(e.integer("months"));
              default ->
                  throw e.error(
                      "type",
                      type,
                      "one of never, daysAfterEarning, endOfMonthAfter, endOfYearAfter,"
                          + " afterInactivity");
            });
  }

  @SuppressWarnings(
      "StatementSwitchToExpressionSwitch") // the JSON work of #15 rewrites this reader; left as is
  // to merge
  private static EarningRule rule(JsonFields n) {
    String type = n.text("type");
    n.only(ruleFields(type));
    RuleKey key = RuleKey.of(n.text("id")).withPriority(n.integer("priority", 0));
    if (n.has("group")) {
      key = key.inGroup(n.text("group"));
    }
    switch (type) {
      case "pointsPerSpend":
        return new EarningRule.PointsPerSpend(
            key,
            n.decimal("points"),
            n.decimal("per"),
            n.enumValue("rounding", RoundingMode.class));
      case "productMultiplier":
        return new EarningRule.ProductMultiplier(
            key,
            n.strings("products"),
            n.strings("categories"),
            n.decimal("multiplier"),
            n.enumValue("rounding", RoundingMode.class));
      case "tierMultiplier":
        return new EarningRule.TierMultiplier(
            key,
            n.text("tier"),
            n.decimal("multiplier"),
            n.enumValue("rounding", RoundingMode.class));
      case "eventBonus":
        return new EarningRule.EventBonus(
            key, n.enumValue("event", LoyaltyEventType.class), n.longValue("points"));
      case "campaign":
        EarningRule.Campaign c =
            new EarningRule.Campaign(
                key,
                n.date("from"),
                n.date("to"),
                n.has("multiplier") ? n.decimal("multiplier") : BigDecimal.ONE,
                n.has("bonusPoints") ? n.longValue("bonusPoints") : 0,
                n.enumValue("rounding", RoundingMode.class, RoundingMode.DOWN));
        if (n.has("segment")) {
          c = c.forSegment(n.text("segment"));
        }
        return n.has("tag") ? c.forTag(n.text("tag")) : c;
      case "visitBonus":
        return new EarningRule.VisitBonus(key, n.integer("every"), n.longValue("points"));
      case "cap":
        return new EarningRule.EarningCap(
            key, n.enumValue("period", CapPeriod.class), n.longValue("maxPoints"));
      case "exclusion":
        return new EarningRule.Exclusion(key, n.strings("products"), n.strings("categories"));
      default:
        throw n.error(
            "type",
            type,
            "one of pointsPerSpend, productMultiplier, tierMultiplier, eventBonus, campaign,"
                + " visitBonus, cap, exclusion");
    }
  }
}
