package io.crmkit.marketing.basket;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The association rules {@code A => {c}} of a set of frequent itemsets: for every frequent itemset
 * S of {@code minLength..maxLength} items and every item c of S, the rule {@code S∖{c} => {c}} if
 * its confidence reaches the minimum. Rules are sorted by descending lift, then confidence, then
 * support. Immutable.
 *
 * @since 0.1
 */
public final class AssociationRules {

  private final List<AssociationRule> rules;
  private final List<int[]> antecedents;
  private final int[] consequents;
  private final MiningOptions options;

  private AssociationRules(
      List<AssociationRule> rules,
      List<int[]> antecedents,
      int[] consequents,
      MiningOptions options) {
    this.rules = rules;
    this.antecedents = antecedents;
    this.consequents = consequents;
    this.options = options;
  }

  static AssociationRules of(FrequentItemsets sets, MiningOptions options) {
    List<AssociationRule> found = new ArrayList<>();
    List<int[]> ante = new ArrayList<>();
    List<Integer> cons = new ArrayList<>();
    int n = sets.baskets();
    for (int s = 0; s < sets.setCount(); s++) {
      int[] items = sets.set(s);
      if (items.length < options.minLength() || items.length > options.maxLength()) {
        continue;
      }
      int all = sets.countOf(s);
      for (int k = 0; k < items.length; k++) {
        int[] a = new int[items.length - 1];
        System.arraycopy(items, 0, a, 0, k);
        System.arraycopy(items, k + 1, a, k, items.length - k - 1);
        OptionalInt ca = sets.count(a);
        OptionalInt cc = sets.count(new int[] {items[k]});
        if (ca.isEmpty() || cc.isEmpty()) {
          throw new IllegalStateException(
              "subsets of a frequent itemset must be frequent: " + sets.names(items));
        }
        if (all < options.minConfidence() * ca.getAsInt() * (1 - 1e-12)) {
          continue;
        }
        found.add(
            AssociationRule.of(
                sets.names(a),
                sets.history().item(items[k]),
                all,
                ca.getAsInt(),
                cc.getAsInt(),
                n));
        ante.add(a);
        cons.add(items[k]);
      }
    }
    Integer[] order = new Integer[found.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        Comparator.<Integer>comparingDouble(i -> -found.get(i).lift())
            .thenComparingDouble(i -> -found.get(i).confidence())
            .thenComparingDouble(i -> -found.get(i).support())
            .thenComparing(i -> found.get(i).toString()));
    List<AssociationRule> sorted = new ArrayList<>(order.length);
    List<int[]> sortedAnte = new ArrayList<>(order.length);
    int[] sortedCons = new int[order.length];
    for (int j = 0; j < order.length; j++) {
      sorted.add(found.get(order[j]));
      sortedAnte.add(ante.get(order[j]));
      sortedCons[j] = cons.get(order[j]);
    }
    return new AssociationRules(
        Collections.unmodifiableList(sorted), sortedAnte, sortedCons, options);
  }

  /** The rules, best lift first. */
  public List<AssociationRule> rules() {
    return rules;
  }

  /** The number of rules. */
  public int size() {
    return rules.size();
  }

  /** The options the rules were derived with. */
  public MiningOptions options() {
    return options;
  }

  /** Rule {@code i}'s antecedent as item numbers, ascending (a copy). */
  public int[] antecedentItems(int i) {
    return antecedents.get(i).clone();
  }

  /** Rule {@code i}'s consequent as an item number. */
  public int consequentItem(int i) {
    return consequents[i];
  }

  /** The rules whose antecedent contains {@code item} (an id). */
  public List<AssociationRule> withAntecedentItem(String item) {
    Objects.requireNonNull(item, "item must not be null");
    List<AssociationRule> out = new ArrayList<>();
    for (AssociationRule r : rules) {
      if (r.antecedent().contains(item)) {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("AssociationRules[" + rules.size() + " rules, " + options + "]");
    for (int i = 0; i < Math.min(10, rules.size()); i++) {
      sb.append("\n  ").append(rules.get(i));
    }
    return sb.toString();
  }
}
