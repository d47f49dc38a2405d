package io.crmkit.marketing.basket;

import io.crmkit.marketing.history.PurchaseHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The frequent itemsets of the baskets of a {@link PurchaseHistory}, mined by FP-Growth: every set
 * of at most {@code maxLength} items contained in at least {@link MiningOptions#minCount} baskets.
 * Immutable; {@link #rules()} derives the association rules.
 *
 * @since 0.1
 */
public final class FrequentItemsets {

  private final PurchaseHistory history;
  private final MiningOptions options;
  private final int baskets;
  private final List<int[]> sets;
  private final int[] counts;
  private final Map<Key, Integer> index;

  private FrequentItemsets(
      PurchaseHistory history, MiningOptions options, List<int[]> sets, int[] counts) {
    this.history = history;
    this.options = options;
    this.baskets = history.basketCount();
    this.sets = sets;
    this.counts = counts;
    this.index = new HashMap<>(sets.size() * 2);
    for (int i = 0; i < sets.size(); i++) {
      index.put(new Key(sets.get(i)), i);
    }
  }

  /**
   * The frequent itemsets of the baskets of {@code history} under {@code options}' support and
   * maximum length.
   */
  public static FrequentItemsets mine(PurchaseHistory history, MiningOptions options) {
    Objects.requireNonNull(history, "history must not be null");
    Objects.requireNonNull(options, "options must not be null");
    int minCount = options.minCount(history.basketCount());
    int[] itemCounts = history.basketCountsPerItem();
    Integer[] byCount = new Integer[itemCounts.length];
    int frequent = 0;
    for (int i = 0; i < itemCounts.length; i++) {
      if (itemCounts[i] >= minCount) {
        byCount[frequent++] = i;
      }
    }
    Integer[] order = Arrays.copyOf(byCount, frequent);
    Arrays.sort(
        order, Comparator.<Integer>comparingInt(i -> -itemCounts[i]).thenComparingInt(i -> i));
    int[] rankOf = new int[itemCounts.length];
    Arrays.fill(rankOf, -1);
    int[] itemOfRank = new int[frequent];
    for (int r = 0; r < frequent; r++) {
      rankOf[order[r]] = r;
      itemOfRank[r] = order[r];
    }
    int[][] ranked = new int[history.basketCount()][];
    int[] buf = new int[Math.max(1, history.itemCount())];
    for (int b = 0; b < ranked.length; b++) {
      int n = 0;
      int size = history.basketSize(b);
      for (int k = 0; k < size; k++) {
        int r = rankOf[history.basketItem(b, k)];
        if (r >= 0) {
          buf[n++] = r;
        }
      }
      int[] row = Arrays.copyOf(buf, n);
      Arrays.sort(row);
      ranked[b] = row;
    }
    List<int[]> sets = new ArrayList<>();
    int[][] countsBox = {new int[1024]};
    FpGrowth.mine(
        ranked,
        frequent,
        minCount,
        options.maxLength(),
        (ranks, length, count) -> {
          int[] items = new int[length];
          for (int k = 0; k < length; k++) {
            items[k] = itemOfRank[ranks[k]];
          }
          Arrays.sort(items);
          if (sets.size() == countsBox[0].length) {
            countsBox[0] = Arrays.copyOf(countsBox[0], sets.size() * 2);
          }
          countsBox[0][sets.size()] = count;
          sets.add(items);
        });
    return new FrequentItemsets(history, options, sets, Arrays.copyOf(countsBox[0], sets.size()));
  }

  /** The options mined with. */
  public MiningOptions options() {
    return options;
  }

  /** The history mined. */
  public PurchaseHistory history() {
    return history;
  }

  /** The number of frequent itemsets. */
  public int size() {
    return sets.size();
  }

  /** The number of frequent itemsets of exactly {@code length} items. */
  public int size(int length) {
    int n = 0;
    for (int[] s : sets) {
      if (s.length == length) {
        n++;
      }
    }
    return n;
  }

  /** The frequent itemsets, in descending count, then ascending size and item numbers. */
  public List<Itemset> itemsets() {
    Integer[] order = new Integer[sets.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingInt(i -> -counts[i])
            .thenComparingInt(i -> sets.get(i).length)
            .thenComparing((a, b) -> Arrays.compare(sets.get(a), sets.get(b))));
    List<Itemset> out = new ArrayList<>(order.length);
    for (int i : order) {
      out.add(new Itemset(names(sets.get(i)), counts[i], counts[i] / (double) baskets));
    }
    return Collections.unmodifiableList(out);
  }

  /** The number of baskets containing all of {@code items} (ids), if that set is frequent. */
  public OptionalInt count(Collection<String> items) {
    Objects.requireNonNull(items, "items must not be null");
    int[] key = new int[items.size()];
    int k = 0;
    for (String s : items) {
      OptionalInt i = history.indexOfItem(s);
      if (i.isEmpty()) {
        return OptionalInt.empty();
      }
      key[k++] = i.getAsInt();
    }
    Arrays.sort(key);
    return count(key);
  }

  OptionalInt count(int[] sortedItems) {
    if (sortedItems.length == 0) {
      return OptionalInt.of(baskets);
    }
    Integer i = index.get(new Key(sortedItems));
    return i == null ? OptionalInt.empty() : OptionalInt.of(counts[i]);
  }

  int setCount() {
    return sets.size();
  }

  int[] set(int i) {
    return sets.get(i);
  }

  int countOf(int i) {
    return counts[i];
  }

  int baskets() {
    return baskets;
  }

  List<String> names(int[] items) {
    List<String> out = new ArrayList<>(items.length);
    for (int i : items) {
      out.add(history.item(i));
    }
    return out;
  }

  /** The association rules of these itemsets under the options' confidence and lengths. */
  public AssociationRules rules() {
    return AssociationRules.of(this, options);
  }

  /**
   * The association rules of these itemsets with minimum confidence and rule lengths of {@code
   * rules}.
   */
  public AssociationRules rules(MiningOptions rules) {
    return AssociationRules.of(this, Objects.requireNonNull(rules, "rules must not be null"));
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            "FrequentItemsets["
                + sets.size()
                + " itemsets of "
                + baskets
                + " baskets, "
                + options
                + "]");
    List<Itemset> all = itemsets();
    for (int i = 0; i < Math.min(10, all.size()); i++) {
      sb.append("\n  ").append(all.get(i));
    }
    return sb.toString();
  }

  /** An int[] compared by content. */
  private static final class Key {
    private final int[] items;
    private final int hash;

    Key(int[] items) {
      this.items = items;
      this.hash = Arrays.hashCode(items);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(items, k.items);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return Arrays.toString(items);
    }
  }
}
