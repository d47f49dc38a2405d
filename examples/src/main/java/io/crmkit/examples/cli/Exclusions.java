package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TransactionColumns;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customers of a transactions file that have no summary row, each with the reason (a first
 * purchase after the calibration end, refunds only), so that no customer is left out without a
 * word: printed on stderr and listed under {@code "excluded"} in JSON output.
 */
final class Exclusions {

  /** A customer left out and why. */
  record Excluded(String id, String reason) {}

  private Exclusions() {}

  static List<Excluded> of(TransactionColumns tx, CustomerSummaries s, SummaryOptions options) {
    Map<String, Long> firstPurchase = new HashMap<>();
    for (int i = 0; i < tx.size(); i++) {
      String id = tx.customerId(i);
      long t = tx.isRefund(i) ? Long.MAX_VALUE : tx.epochSecond(i);
      firstPurchase.merge(id, t, Math::min);
    }
    List<Excluded> out = new ArrayList<>();
    if (firstPurchase.size() == s.size()) {
      return out;
    }
    LocalDate end = options.calibrationEnd();
    firstPurchase.forEach(
        (id, t) -> {
          if (s.indexOf(id).isPresent()) {
            return;
          }
          if (t == Long.MAX_VALUE) {
            out.add(new Excluded(id, "has refunds only, no purchase"));
            return;
          }
          LocalDate first = Instant.ofEpochSecond(t).atZone(options.zone()).toLocalDate();
          out.add(
              new Excluded(
                  id,
                  first.isAfter(end)
                      ? "first purchase on " + first + " is after the calibration end " + end
                      : "no purchase in the calibration period to " + end));
        });
    out.sort(java.util.Comparator.comparing(Excluded::id));
    return out;
  }

  /** One line on stderr: how many of the file's customers were left out, why, and the first ids. */
  static void warn(PrintWriter err, String source, List<Excluded> excluded, int summarised) {
    if (excluded.isEmpty()) {
      return;
    }
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    for (Excluded e : excluded) {
      String kind =
          e.reason().startsWith("first purchase")
              ? "first purchase after the calibration end"
              : e.reason();
      byReason.computeIfAbsent(kind, k -> new ArrayList<>()).add(e.id());
    }
    StringBuilder sb =
        new StringBuilder(
            "crm: "
                + source
                + ": "
                + excluded.size()
                + " of "
                + (excluded.size() + summarised)
                + " customers left out of the summaries:");
    byReason.forEach(
        (reason, ids) ->
            sb.append(' ')
                .append(ids.size())
                .append(" with ")
                .append(reason)
                .append(" (")
                .append(String.join(", ", ids.subList(0, Math.min(10, ids.size()))))
                .append(ids.size() > 10 ? ", …" : "")
                .append(");"));
    sb.setLength(sb.length() - 1);
    err.println(sb);
    err.flush();
  }

  /** The exclusions as JSON notes ({@code id}, {@code reason}). */
  static List<Map<String, String>> notes(List<Excluded> excluded) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Excluded e : excluded) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("reason", e.reason());
      out.add(m);
    }
    return out;
  }
}
