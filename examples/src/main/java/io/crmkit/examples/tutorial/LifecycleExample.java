package io.crmkit.examples.tutorial;

import io.crmkit.core.money.Money;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.examples.data.Datasets;
import io.crmkit.lifecycle.internal.stage.CompactLifecycleTable;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Tutorial: the customer lifecycle (PROSPECT, NEW, ACTIVE, LOYAL, AT_RISK, LAPSED, REACTIVATED):
 * one customer through the audited engine, then the whole CDNOW sample through the compact table.
 *
 * @since 0.1
 */
public final class LifecycleExample {

  private LifecycleExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the tutorial, printing to {@code out}. */
  public static void run(PrintStream out) {
    // 1. One customer, event by event, with the engine: every move is recorded with its reason.
    LifecycleEngine engine = LifecycleEngine.of(DefaultLifecycle.definition());
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    Lifecycle ann = engine.start("ann", start);
    List<LifecycleEvent> events =
        List.of(
            new LifecycleEvent.Purchase(
                "t1", "ann", start.plusSeconds(86_400), Money.of("40.00", "EUR")),
            new LifecycleEvent.Purchase(
                "t2", "ann", start.plusSeconds(20 * 86_400), Money.of("25.00", "EUR")),
            // silent for 120 days: at risk (90 days by default) ...
            new LifecycleEvent.ReEvaluation(
                "r1", "ann", start.plusSeconds(140 * 86_400), OptionalDouble.empty()),
            // ... for 200 days: lapsed (180 days) ...
            new LifecycleEvent.ReEvaluation(
                "r2", "ann", start.plusSeconds(220 * 86_400), OptionalDouble.empty()),
            // ... and back: reactivated
            new LifecycleEvent.Purchase(
                "t3", "ann", start.plusSeconds(230 * 86_400), Money.of("60.00", "EUR")));
    for (LifecycleEvent e : events) {
      ann = engine.apply(ann, e);
      out.println(e.type() + " -> " + ann.stage());
    }
    out.println("path: " + ann.path());

    // 2. Everyone, fast: the compact table holds a 32-byte row per customer. Replay the CDNOW
    //    purchases in time order and re-evaluate by the silence rules at the end of every day.
    TransactionColumns tx = Datasets.cdnowSample();
    Integer[] order = new Integer[tx.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(tx.epochSecond(a), tx.epochSecond(b)));
    Map<String, Integer> rowOf = new HashMap<>();
    for (Integer i : order) {
      rowOf.putIfAbsent(tx.customerId(i), rowOf.size());
    }
    int firstDay = (int) (tx.epochSecond(order[0]) / 86_400);
    int lastDay = (int) LocalDate.of(1998, 6, 30).toEpochDay();
    CompactLifecycleTable table =
        CompactLifecycleTable.create(
            rowOf.size(), firstDay, DefaultLifecycle.Thresholds.defaults(), 2);
    int k = 0;
    for (int day = firstDay; day <= lastDay; day++) {
      while (k < order.length && tx.epochSecond(order[k]) / 86_400 == day) {
        int i = order[k++];
        table.purchase(rowOf.get(tx.customerId(i)), day, Math.round(tx.amount(i) * 100));
      }
      table.reEvaluate(day);
    }
    out.println(table);
  }
}
