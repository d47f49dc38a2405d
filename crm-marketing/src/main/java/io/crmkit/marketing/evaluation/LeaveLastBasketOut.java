package io.crmkit.marketing.evaluation;

import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.ItemHistory;
import io.crmkit.marketing.similar.Recommender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The leave-last-basket-out split of a history: the training history holds every basket but the
 * last of each customer with two baskets or more; a test customer is one whose last basket holds
 * items not in its earlier baskets, and those new items are what a recommender must find from the
 * earlier ones (repeat purchases are the business of {@link io.crmkit.marketing.usual.Usuals}).
 * Immutable.
 *
 * @since 0.1
 */
public final class LeaveLastBasketOut {

  private final PurchaseHistory training;
  private final List<ItemHistory> inputs;
  private final List<int[]> targets;

  private LeaveLastBasketOut(
      PurchaseHistory training, List<ItemHistory> inputs, List<int[]> targets) {
    this.training = training;
    this.inputs = inputs;
    this.targets = targets;
  }

  /** The split of {@code history}. */
  public static LeaveLastBasketOut of(PurchaseHistory history) {
    Objects.requireNonNull(history, "history must not be null");
    boolean[] held = new boolean[history.basketCount()];
    for (int c = 0; c < history.customerCount(); c++) {
      int[] b = history.basketsOf(c);
      if (b.length >= 2) {
        held[b[b.length - 1]] = true;
      }
    }
    PurchaseHistory training = history.filterBaskets(b -> !held[b]);
    List<ItemHistory> inputs = new ArrayList<>();
    List<int[]> targets = new ArrayList<>();
    for (int c = 0; c < history.customerCount(); c++) {
      int[] b = history.basketsOf(c);
      if (b.length < 2) {
        continue;
      }
      ItemHistory before = ItemHistory.of(training, c);
      int[] last = history.basketItems(b[b.length - 1]);
      int[] fresh = Arrays.stream(last).filter(i -> !before.contains(i)).toArray();
      if (fresh.length > 0) {
        inputs.add(before);
        targets.add(fresh);
      }
    }
    return new LeaveLastBasketOut(training, Collections.unmodifiableList(inputs), targets);
  }

  /** The history to train on. */
  public PurchaseHistory training() {
    return training;
  }

  /** The number of test customers. */
  public int testCustomers() {
    return inputs.size();
  }

  /**
   * The metrics of {@code recommender} (trained on {@link #training()}) at list length {@code k}.
   */
  public EvaluationRow evaluate(Recommender recommender, int k) {
    Objects.requireNonNull(recommender, "recommender must not be null");
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1 but was: " + k);
    }
    double hits = 0;
    double precision = 0;
    double recall = 0;
    double ndcg = 0;
    int n = inputs.size();
    for (int u = 0; u < n; u++) {
      int[] target = targets.get(u);
      int[] rec = recommender.recommend(inputs.get(u), Math.max(k, 10));
      int found = 0;
      double dcg = 0;
      for (int r = 0; r < rec.length; r++) {
        boolean relevant = contains(target, rec[r]);
        if (relevant && r < k) {
          found++;
        }
        if (relevant && r < 10) {
          dcg += 1 / log2(r + 2);
        }
      }
      double idcg = 0;
      for (int r = 0; r < Math.min(10, target.length); r++) {
        idcg += 1 / log2(r + 2);
      }
      hits += found > 0 ? 1 : 0;
      precision += found / (double) k;
      recall += found / (double) target.length;
      ndcg += dcg / idcg;
    }
    return n == 0
        ? new EvaluationRow(recommender.name(), 0, k, 0, 0, 0, 0)
        : new EvaluationRow(
            recommender.name(), n, k, hits / n, precision / n, recall / n, ndcg / n);
  }

  private static boolean contains(int[] a, int x) {
    for (int v : a) {
      if (v == x) {
        return true;
      }
    }
    return false;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Override
  public String toString() {
    return "LeaveLastBasketOut[" + inputs.size() + " test customers, training " + training + "]";
  }
}
