package io.crmkit.marketing.evaluation;

import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.Recommender;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The evaluation of several recommenders on one data set, one row each.
 *
 * @param dataset what was evaluated on
 * @param rows one row per recommender, in the order given
 * @since 0.1
 */
public record EvaluationTable(String dataset, List<EvaluationRow> rows) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public EvaluationTable {
    Objects.requireNonNull(dataset, "dataset must not be null");
    rows = List.copyOf(Objects.requireNonNull(rows, "rows must not be null"));
  }

  /**
   * Splits {@code history} leave-last-basket-out, trains each of {@code trainers} on the training
   * part and evaluates it at list length {@code k}.
   */
  public static EvaluationTable of(
      String dataset,
      PurchaseHistory history,
      int k,
      List<Function<PurchaseHistory, Recommender>> trainers) {
    LeaveLastBasketOut split = LeaveLastBasketOut.of(history);
    List<EvaluationRow> rows = new ArrayList<>();
    for (Function<PurchaseHistory, Recommender> t : trainers) {
      rows.add(split.evaluate(t.apply(split.training()), k));
    }
    return new EvaluationTable(dataset, rows);
  }

  /** The row of the recommender named {@code name}. */
  public EvaluationRow row(String name) {
    return rows.stream()
        .filter(r -> r.recommender().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no recommender named " + name + " in " + dataset));
  }

  /** The table in Markdown. */
  public String toMarkdown() {
    int k = rows.isEmpty() ? 10 : rows.get(0).k();
    StringBuilder sb =
        new StringBuilder(
            "| recommender | customers | hit rate@"
                + k
                + " | precision@"
                + k
                + " | recall@"
                + k
                + " | NDCG@10 |\n|---|---:|---:|---:|---:|---:|\n");
    for (EvaluationRow r : rows) {
      sb.append(r.toMarkdown()).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(dataset);
    for (EvaluationRow r : rows) {
      sb.append("\n  ").append(r);
    }
    return sb.toString();
  }
}
