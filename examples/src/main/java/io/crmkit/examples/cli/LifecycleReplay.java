package io.crmkit.examples.cli;

import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.lifecycle.internal.stage.CompactLifecycleTable;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Replays a transactions file through the {@link DefaultLifecycle} on a {@link
 * CompactLifecycleTable}: purchases and refunds in time order, and a re-evaluation by the silence
 * rules at the end of every day up to the date asked for. Customers are those with a transaction on
 * or before that date, in order of first appearance; days are UTC epoch days of the transactions.
 */
final class LifecycleReplay {

  private LifecycleReplay() {}

  /** The stages at the end of {@code at}. */
  static Result replay(
      TransactionColumns tx,
      LocalDate at,
      DefaultLifecycle.Thresholds thresholds,
      int fractionDigits) {
    int last = Math.toIntExact(at.toEpochDay());
    int n = tx.size();
    long[] keys = new long[n];
    int m = 0;
    for (int row = 0; row < n; row++) {
      long day = Math.floorDiv(tx.epochSecond(row), 86_400L);
      if (day <= last) {
        keys[m++] = (day << 32) | row; // sort by day, then by file order
      }
    }
    long[] order = Arrays.copyOf(keys, m);
    Arrays.sort(order);
    Map<String, Integer> index = new HashMap<>();
    String[] ids = new String[Math.max(16, m)];
    int[] customer = new int[m];
    for (int k = 0; k < m; k++) {
      int row = (int) order[k];
      String id = tx.customerId(row);
      Integer c = index.get(id);
      if (c == null) {
        c = index.size();
        index.put(id, c);
        if (c == ids.length) {
          ids = Arrays.copyOf(ids, ids.length * 2);
        }
        ids[c] = id;
      }
      customer[k] = c;
    }
    if (m == 0) {
      return new Result(
          CompactLifecycleTable.create(0, last, thresholds, fractionDigits), new String[0], at);
    }
    int first = (int) (order[0] >> 32);
    CompactLifecycleTable table =
        CompactLifecycleTable.create(index.size(), first, thresholds, fractionDigits);
    double scale = Math.pow(10, fractionDigits);
    int k = 0;
    for (int day = first; day <= last; day++) {
      while (k < m && (int) (order[k] >> 32) == day) {
        int row = (int) order[k];
        long minor = Math.round(Math.abs(tx.amount(row)) * scale);
        if (tx.isRefund(row)) {
          table.refund(customer[k], day, minor);
        } else {
          table.purchase(customer[k], day, minor);
        }
        k++;
      }
      table.reEvaluate(day);
    }
    return new Result(table, Arrays.copyOf(ids, index.size()), at);
  }

  /** The replayed table, the customer id of each row, and the date. */
  record Result(CompactLifecycleTable table, String[] ids, LocalDate at) {

    /** stage,count for every stage of the default lifecycle. */
    Table counts() {
      long[] c = table.countsPerStage();
      Table t = Table.of("stage", "count");
      for (int i = 0; i < c.length; i++) {
        t.add(DefaultLifecycle.STAGES.get(i).toString(), c[i]);
      }
      return t;
    }

    /** id,stage per customer. */
    Table stages() {
      Table t = Table.of("id", "stage");
      for (int i = 0; i < ids.length; i++) {
        t.add(ids[i], table.stage(i).toString());
      }
      return t;
    }
  }
}
