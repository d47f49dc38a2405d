package io.crmkit.marketing.similar;

import java.util.Objects;

/**
 * Item-based collaborative filtering: an item's score for a customer is the sum of its similarities
 * to the customer's items of which it is a neighbour (Sarwar et al. 2001, Deshpande &amp; Karypis
 * 2004), ties by item number. Immutable; thread-safe (scratch space per call).
 *
 * @since 0.1
 */
public final class ItemKnnRecommender implements Recommender {

  private final ItemNeighbours neighbours;

  private ItemKnnRecommender(ItemNeighbours neighbours) {
    this.neighbours = neighbours;
  }

  /** A recommender over {@code neighbours}. */
  public static ItemKnnRecommender of(ItemNeighbours neighbours) {
    return new ItemKnnRecommender(
        Objects.requireNonNull(neighbours, "neighbours must not be null"));
  }

  /** The neighbours scored with. */
  public ItemNeighbours neighbours() {
    return neighbours;
  }

  @Override
  public int itemCount() {
    return neighbours.history().itemCount();
  }

  @Override
  public int[] recommend(ItemHistory history, int k) {
    Recommenders.checkK(k);
    Objects.requireNonNull(history, "history must not be null");
    Scratch s = scratch.get();
    if (s.score.length < itemCount()) {
      s = new Scratch(itemCount());
      scratch.set(s);
    }
    int nt = 0;
    for (int h = 0; h < history.size(); h++) {
      int i = history.item(h);
      if (i >= itemCount()) {
        continue;
      }
      for (int n = 0; n < neighbours.count(i); n++) {
        int j = neighbours.neighbour(i, n);
        if (!history.contains(j)) {
          if (s.score[j] == 0) {
            s.touched[nt++] = j;
          }
          s.score[j] += neighbours.scoreAsFloat(i, n);
        }
      }
    }
    TopK top = new TopK(k);
    for (int t = 0; t < nt; t++) {
      int j = s.touched[t];
      top.offer(j, s.score[j]);
      s.score[j] = 0;
    }
    int[] items = new int[top.size()];
    top.drainTo(items, new double[items.length], 0);
    return items;
  }

  private final ThreadLocal<Scratch> scratch =
      ThreadLocal.withInitial(() -> new Scratch(itemCount()));

  /** Per-thread dense score array and the list of its non-zero entries. */
  private static final class Scratch {
    final double[] score;
    final int[] touched;

    Scratch(int items) {
      score = new double[items];
      touched = new int[items];
    }
  }

  @Override
  public String name() {
    return "item-kNN "
        + neighbours.options().similarity().name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return "ItemKnnRecommender[" + neighbours + "]";
  }
}
