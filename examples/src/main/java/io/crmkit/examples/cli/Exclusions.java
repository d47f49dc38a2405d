package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TransactionColumns;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
    FirstPurchases first = FirstPurchases.of(tx);
    List<Excluded> out = new ArrayList<>();
    if (first.size() == s.size()) {
      return out;
    }
    LocalDate end = options.calibrationEnd();
    for (int k = 0; k < first.size(); k++) {
      String id = tx.customerId(first.row(k));
      if (s.indexOf(id).isPresent()) {
        continue;
      }
      long t = first.epochSecond(k);
      if (t == Long.MAX_VALUE) {
        out.add(new Excluded(id, "has refunds only, no purchase"));
        continue;
      }
      LocalDate day = Instant.ofEpochSecond(t).atZone(options.zone()).toLocalDate();
      out.add(
          new Excluded(
              id,
              day.isAfter(end)
                  ? "first purchase on " + day + " is after the calibration end " + end
                  : "no purchase in the calibration period to " + end));
    }
    out.sort(java.util.Comparator.comparing(Excluded::id));
    return out;
  }

  /**
   * Per distinct customer of a transaction table: one of its rows and its first purchase (epoch
   * second; {@code Long.MAX_VALUE} when it has refunds only), found on the primitive customer keys
   * (an open-addressing table), with no object per row.
   */
  static final class FirstPurchases {
    private long[] tableKeys;
    private int[] tableSlots; // customer + 1, 0 = empty
    private int[] rows;
    private long[] firsts;
    private int size;

    private FirstPurchases(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
      tableKeys = new long[cap];
      tableSlots = new int[cap];
      rows = new int[Math.max(16, expected)];
      firsts = new long[rows.length];
    }

    static FirstPurchases of(TransactionColumns tx) {
      int n = tx.size();
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int i = 0; i < n; i++) {
        long k = tx.customerKey(i);
        min = Math.min(min, k);
        max = Math.max(max, k);
      }
      if (n > 0 && max - min < Math.max(1L << 16, 4L * n) && max - min < (1 << 28)) {
        return dense(tx, min, (int) (max - min + 1));
      }
      FirstPurchases f = new FirstPurchases(Math.min(n, 1 << 20));
      for (int i = 0; i < n; i++) {
        f.add(tx.customerKey(i), i, tx.isRefund(i) ? Long.MAX_VALUE : tx.epochSecond(i));
      }
      return f;
    }

    /** Keys in {@code [min, min + range)}: direct addressing, customers in key order. */
    private static FirstPurchases dense(TransactionColumns tx, long min, int range) {
      int[] firstRow = new int[range]; // row + 1, 0 = no row
      long[] first = new long[range];
      for (int i = 0; i < tx.size(); i++) {
        int k = (int) (tx.customerKey(i) - min);
        long t = tx.isRefund(i) ? Long.MAX_VALUE : tx.epochSecond(i);
        if (firstRow[k] == 0) {
          firstRow[k] = i + 1;
          first[k] = t;
        } else if (t < first[k]) {
          first[k] = t;
        }
      }
      int size = 0;
      for (int k = 0; k < range; k++) {
        if (firstRow[k] != 0) {
          firstRow[size] = firstRow[k] - 1;
          first[size++] = first[k];
        }
      }
      FirstPurchases f = new FirstPurchases(0);
      f.rows = firstRow;
      f.firsts = first;
      f.size = size;
      return f;
    }

    int size() {
      return size;
    }

    int row(int customer) {
      return rows[customer];
    }

    long epochSecond(int customer) {
      return firsts[customer];
    }

    private void add(long key, int row, long epochSecond) {
      int mask = tableKeys.length - 1;
      int i = slot(key) & mask;
      while (true) {
        int c = tableSlots[i] - 1;
        if (c < 0) {
          break;
        }
        if (tableKeys[i] == key) {
          firsts[c] = Math.min(firsts[c], epochSecond);
          return;
        }
        i = (i + 1) & mask;
      }
      if (size == rows.length) {
        rows = java.util.Arrays.copyOf(rows, size * 2);
        firsts = java.util.Arrays.copyOf(firsts, size * 2);
      }
      rows[size] = row;
      firsts[size] = epochSecond;
      tableKeys[i] = key;
      tableSlots[i] = ++size;
      if (size * 2 > tableKeys.length) {
        rehash();
      }
    }

    private static int slot(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 29));
    }

    private void rehash() {
      long[] keys = new long[tableKeys.length * 2];
      int[] slots = new int[keys.length];
      int mask = keys.length - 1;
      for (int j = 0; j < tableKeys.length; j++) {
        if (tableSlots[j] != 0) {
          int i = slot(tableKeys[j]) & mask;
          while (slots[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = tableKeys[j];
          slots[i] = tableSlots[j];
        }
      }
      tableKeys = keys;
      tableSlots = slots;
    }
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
