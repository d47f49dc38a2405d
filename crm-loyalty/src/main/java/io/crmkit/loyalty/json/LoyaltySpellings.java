package io.crmkit.loyalty.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads loyalty documents of the older, lenient spellings: before crmkit's one JSON policy, the
 * loyalty readers (and the {@code crm loyalty} prototype they came from) took constant names in any
 * case ({@code "fifo"}, {@code "visits"}, {@code "half_up"}), currency codes in any case ({@code
 * "eur"}) and {@code "calendaryear"} for {@code "calendarYear"}. The readers now refuse those
 * spellings, naming the JSON path and the right one; {@link #canonical} rewrites them in a copy of
 * the document so that such a file still reads:
 *
 * <pre>{@code
 * JsonNode old = JsonFields.parse(text, "tier programme");
 * TierProgram tiers = TierProgramJson.read(LoyaltySpellings.canonical(old));
 * }</pre>
 *
 * <p>It covers the fields the lenient readers took in any case: of a programme (or whole-programme)
 * document {@code currency}, {@code ledger.consumptionOrder}, {@code ledger.negativeBalance},
 * {@code ledger.reversalRounding}, {@code redemptionRate.toMoney}, {@code redemptionRate.toPoints}
 * and every rule's {@code rounding}, {@code event} and {@code period}; of a tier programme (a
 * document or a programme's {@code tiers}) {@code metric}, {@code window} and {@code currency}.
 * Anything else is left as it is, for the strict reader to judge.
 *
 * @since 0.1
 */
public final class LoyaltySpellings {

  private static final List<String> RULE_CONSTANTS = List.of("rounding", "event", "period");

  private LoyaltySpellings() {}

  /**
   * A copy of {@code document} with the old spellings rewritten as the readers expect them; other
   * nodes unchanged.
   */
  public static JsonNode canonical(JsonNode document) {
    Objects.requireNonNull(document, "document must not be null");
    JsonNode copy = document.deepCopy();
    if (copy instanceof ObjectNode root) {
      upper(root, "currency");
      tiers(root);
      if (root.get("ledger") instanceof ObjectNode ledger) {
        upper(ledger, "consumptionOrder");
        upper(ledger, "negativeBalance");
        upper(ledger, "reversalRounding");
      }
      if (root.get("redemptionRate") instanceof ObjectNode rate) {
        upper(rate, "toMoney");
        upper(rate, "toPoints");
      }
      JsonNode rules = root.get("rules");
      if (rules != null && rules.isArray()) {
        for (JsonNode rule : rules) {
          if (rule instanceof ObjectNode r) {
            RULE_CONSTANTS.forEach(f -> upper(r, f));
          }
        }
      }
      if (root.get("tiers") instanceof ObjectNode tiers) {
        tiers(tiers);
        upper(tiers, "currency");
      }
    }
    return copy;
  }

  private static void tiers(ObjectNode o) {
    upper(o, "metric");
    JsonNode w = o.get("window");
    if (w != null && w.isTextual() && w.textValue().trim().equalsIgnoreCase("calendarYear")) {
      o.put("window", "calendarYear");
    }
  }

  private static void upper(ObjectNode o, String field) {
    JsonNode v = o.get(field);
    if (v != null && v.isTextual()) {
      o.put(field, v.textValue().trim().toUpperCase(Locale.ROOT));
    }
  }
}
