package io.crmkit.marketing.offer;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.marketing.basket.AssociationRule;
import io.crmkit.marketing.basket.AssociationRules;
import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.ItemHistory;
import io.crmkit.marketing.similar.ItemNeighbours;
import io.crmkit.marketing.similar.PopularityRecommender;
import io.crmkit.marketing.similar.TopK;
import io.crmkit.marketing.targeting.ContactEligibility;
import io.crmkit.marketing.targeting.ContactHistory;
import io.crmkit.marketing.targeting.Exclusion;
import io.crmkit.marketing.targeting.ExclusionReason;
import io.crmkit.marketing.usual.UsualItem;
import io.crmkit.marketing.usual.Usuals;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The next best offers for customers of a {@link PurchaseHistory}. A customer who may not be
 * contacted under the {@link OfferPolicy} (opted out of its channel, no opt-in where one is
 * required, at the contact cap at the clock's instant) gets none, with the reason: the policy's
 * {@link OfferPolicy#eligibility() ContactEligibility}, the filter of {@link
 * io.crmkit.marketing.targeting.CampaignTargeter}. For the others, candidates come from each
 * configured source ({@link OfferSource}: the usual that is due, rules whose antecedent is in the
 * last basket, neighbours of the bought items, popularity); an item proposed by several sources
 * keeps its highest score. Items already bought are proposed only as "the usual". Candidates are
 * ranked by score (ties by item id); excluded items, owned durables and items whose traits
 * contradict a stated preference are refused, each with its reason, and the first {@code k} others
 * are offered. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NextBestOffer {

  private final PurchaseHistory history;
  private final Clock clock;
  private final OfferCatalog catalog;
  private final Optional<ItemNeighbours> neighbours;
  private final int neighboursPerItem;
  private final Optional<Usuals> usuals;
  private final Map<Integer, List<Integer>> rulesByItem;
  private final List<IndexedRule> ruleList;
  private final int[] nameRank;
  private final int[] itemOfNameRank;
  private final ThreadLocal<Scratch> scratch;
  private final Optional<PopularityRecommender> popularity;
  private final String[] names;

  /**
   * The reasons that depend on the item alone, written once per item on first use ("because you
   * bought X" by X, "popular: …" by the popular item). Racy but safe: a String is immutable, and
   * two threads writing the same slot write equal texts.
   */
  private final String[] becauseText;

  private final String[] popularText;

  private static final OfferSource[] SOURCES = OfferSource.values();

  /** A rule with its items as numbers of the history. */
  private static final class IndexedRule {
    final int[] antecedent;
    final int consequent;
    final AssociationRule rule;

    IndexedRule(int[] antecedent, int consequent, AssociationRule rule) {
      this.antecedent = antecedent;
      this.consequent = consequent;
      this.rule = rule;
    }
  }

  private NextBestOffer(Builder b) {
    history = b.history;
    clock = b.clock;
    catalog = b.catalog;
    neighbours = b.neighbours;
    neighboursPerItem = b.neighboursPerItem;
    usuals = b.usuals;
    popularity = b.popular ? Optional.of(PopularityRecommender.of(history)) : Optional.empty();
    rulesByItem = new HashMap<>();
    ruleList = new ArrayList<>();
    for (AssociationRule r : b.rules) {
      if (r.antecedent().isEmpty()) {
        continue;
      }
      OptionalInt c = history.indexOfItem(r.consequent());
      int[] a = new int[r.antecedent().size()];
      boolean known = c.isPresent();
      for (int k = 0; k < a.length && known; k++) {
        OptionalInt i = history.indexOfItem(r.antecedent().get(k));
        known = i.isPresent();
        a[k] = known ? i.getAsInt() : -1;
      }
      if (known) {
        Arrays.sort(a);
        rulesByItem.computeIfAbsent(a[0], x -> new ArrayList<>()).add(ruleList.size());
        ruleList.add(new IndexedRule(a, c.getAsInt(), r));
      }
    }
    names = new String[history.itemCount()];
    for (int i = 0; i < names.length; i++) {
      names[i] = history.item(i);
    }
    Integer[] byName = new Integer[names.length];
    for (int i = 0; i < byName.length; i++) {
      byName[i] = i;
    }
    Arrays.sort(byName, (x, y) -> names[x].compareTo(names[y]));
    nameRank = new int[names.length];
    itemOfNameRank = new int[names.length];
    for (int r = 0; r < byName.length; r++) {
      nameRank[byName[r]] = r;
      itemOfNameRank[r] = byName[r];
    }
    int items = names.length;
    becauseText = new String[items];
    popularText = new String[items];
    scratch = ThreadLocal.withInitial(() -> new Scratch(items));
  }

  /** A builder over {@code history}, with the contact caps checked at {@code clock}'s instant. */
  public static Builder builder(PurchaseHistory history, Clock clock) {
    return new Builder(
        Objects.requireNonNull(history, "history must not be null"),
        Objects.requireNonNull(clock, "clock must not be null"));
  }

  /**
   * The offers for every customer of the history, in history order; {@code customers} holds their
   * records.
   */
  public List<CustomerOffers> offersForAll(
      Map<CustomerId, Customer> customers, ContactHistory contacts, OfferPolicy policy, int k) {
    Objects.requireNonNull(customers, "customers must not be null");
    List<CustomerOffers> out = new ArrayList<>(history.customerCount());
    for (int c = 0; c < history.customerCount(); c++) {
      CustomerId id = history.customer(c);
      Customer record = customers.get(id);
      out.add(
          record == null
              ? new CustomerOffers(
                  id,
                  List.of(),
                  Optional.of(new Exclusion(id, ExclusionReason.NO_CUSTOMER_RECORD, "")),
                  List.of())
              : offersFor(record, contacts, policy, k));
    }
    return out;
  }

  /**
   * Up to {@code k} (at least 1) offers for {@code customer}, given its past contacts, under {@code
   * policy}.
   */
  public CustomerOffers offersFor(
      Customer customer, ContactHistory contacts, OfferPolicy policy, int k) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(contacts, "contacts must not be null");
    Objects.requireNonNull(policy, "policy must not be null");
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1 but was: " + k);
    }
    CustomerId id = customer.id();
    ContactEligibility eligibility = policy.eligibility();
    // the customer-level checks, as for a campaign's audience (no traits: items are checked below)
    Optional<Exclusion> excluded =
        eligibility.exclusion(customer, Set.of(), contacts, clock.instant());
    if (excluded.isPresent()) {
      return new CustomerOffers(id, List.of(), excluded, List.of());
    }
    Scratch s = scratch.get();
    s.clear();
    OptionalInt ci = history.indexOfCustomer(id);
    ItemHistory owned =
        ci.isPresent() ? ItemHistory.of(history, ci.getAsInt()) : ItemHistory.empty();
    List<UsualItem> due = List.of();
    if (ci.isPresent()) {
      int c = ci.getAsInt();
      if (usuals.isPresent()) {
        due = usuals.get().dueNow(c);
        addUsual(due, s);
      }
      addRules(c, owned, s);
      neighbours.ifPresent(nb -> addNeighbours(nb, neighboursPerItem, owned, s));
    }
    popularity.ifPresent(p -> addPopular(p, owned, s, k + policy.excludedItems().size() + 8));
    List<Offer> offers = new ArrayList<>(k);
    List<RefusedOffer> refused = new ArrayList<>();
    int[] ranked = s.ranked(Math.min(s.touchedCount, k + 16), nameRank, itemOfNameRank);
    Set<String> preferences = customer.preferences();
    while (true) { // rank again with more candidates until k offers or every candidate is ranked
      offers.clear();
      refused.clear();
      for (int at : ranked) {
        if (offers.size() == k) {
          break;
        }
        int item = s.keys[at] - 1;
        String name = names[item];
        if (policy.excludedItems().contains(name)) {
          refused.add(new RefusedOffer(name, RefusalReason.EXCLUDED_ITEM, ""));
          continue;
        }
        if (catalog.isDurable(name) && owned.contains(item)) {
          refused.add(new RefusedOffer(name, RefusalReason.OWNED_DURABLE, ""));
          continue;
        }
        Optional<String> conflict = eligibility.conflict(catalog.traitsOf(name), preferences);
        if (conflict.isPresent()) {
          refused.add(new RefusedOffer(name, RefusalReason.PREFERENCE_CONFLICT, conflict.get()));
          continue;
        }
        offers.add(new Offer(name, s.score[at], SOURCES[s.source[at]], reason(s, at, item, due)));
      }
      if (offers.size() == k || ranked.length == s.touchedCount) {
        break;
      }
      ranked = s.ranked(Math.min(s.touchedCount, ranked.length * 2), nameRank, itemOfNameRank);
    }
    s.clear();
    return new CustomerOffers(id, offers, Optional.empty(), refused);
  }

  private String reason(Scratch s, int at, int item, List<UsualItem> due) {
    int ref = s.ref[at];
    return switch (SOURCES[s.source[at]]) {
      case USUAL -> {
        long days = due.get(ref).daysUntilDue(usuals.orElseThrow().asOf()).orElseThrow();
        String when =
            days == 0
                ? "due today"
                : days > 0
                    ? "due in " + days + (days == 1 ? " day" : " days")
                    : -days + (days == -1 ? " day" : " days") + " overdue";
        yield "your usual, " + when;
      }
      case BOUGHT_TOGETHER -> {
        AssociationRule r = ruleList.get(ref).rule;
        yield String.format(
            Locale.ROOT,
            "bought together with %s (confidence %.0f%%)",
            String.join(" and ", r.antecedent()),
            100 * r.confidence());
      }
      case ALSO_BOUGHT -> {
        String t = becauseText[ref];
        if (t == null) {
          t = "because you bought " + names[ref];
          becauseText[ref] = t;
        }
        yield t;
      }
      case POPULAR -> {
        String t = popularText[item];
        if (t == null) {
          t =
              String.format(
                  Locale.ROOT,
                  "popular: in %.1f%% of baskets",
                  100.0 * popularity.orElseThrow().basketCount(item) / history.basketCount());
          popularText[item] = t;
        }
        yield t;
      }
    };
  }

  /**
   * Per-thread candidates of one customer, cleared after each: an open-addressing table over the
   * item numbers (linear probing, at most half full, grown on demand), small enough to stay in the
   * processor's cache while the few hundred candidates of a customer are scored, instead of arrays
   * over the whole catalogue.
   */
  private static final class Scratch {
    /** Item number + 1 at each position, 0 when free. */
    int[] keys;

    double[] score;
    byte[] source;
    int[] ref;

    /** Per neighbour candidate: the summed similarity to the bought items. */
    float[] acc;

    /** Per neighbour candidate: the highest similarity to one bought item, and that item. */
    float[] best;

    int[] bestRef;

    /** The positions in use, in order of first use. */
    int[] used;

    int usedCount;

    /** The number of candidates with a score. */
    int touchedCount;

    final boolean[] owned;

    Scratch(int items) {
      owned = new boolean[items];
      allocate(1024);
    }

    private void allocate(int capacity) {
      keys = new int[capacity];
      score = new double[capacity];
      source = new byte[capacity];
      ref = new int[capacity];
      acc = new float[capacity];
      best = new float[capacity];
      bestRef = new int[capacity];
      used = new int[capacity / 2 + 1];
    }

    void clear() {
      for (int t = 0; t < usedCount; t++) {
        keys[used[t]] = 0;
      }
      usedCount = 0;
      touchedCount = 0;
    }

    /** The position of item number {@code item}, taken (with nothing set) if it has none. */
    int position(int item) {
      int mask = keys.length - 1;
      int x = item * 0x9E3779B9;
      int p = (x ^ (x >>> 16)) & mask;
      while (true) {
        int k = keys[p];
        if (k == item + 1) {
          return p;
        }
        if (k == 0) {
          if (2 * (usedCount + 1) > keys.length) {
            grow();
            return position(item);
          }
          keys[p] = item + 1;
          score[p] = 0;
          acc[p] = 0;
          best[p] = 0;
          used[usedCount++] = p;
          return p;
        }
        p = (p + 1) & mask;
      }
    }

    private void grow() {
      int[] oldKeys = keys;
      double[] oldScore = score;
      byte[] oldSource = source;
      int[] oldRef = ref;
      float[] oldAcc = acc;
      float[] oldBest = best;
      int[] oldBestRef = bestRef;
      int[] oldUsed = used;
      int n = usedCount;
      allocate(2 * oldKeys.length);
      usedCount = 0;
      for (int t = 0; t < n; t++) {
        int o = oldUsed[t];
        int p = position(oldKeys[o] - 1);
        score[p] = oldScore[o];
        source[p] = oldSource[o];
        ref[p] = oldRef[o];
        acc[p] = oldAcc[o];
        best[p] = oldBest[o];
        bestRef[p] = oldBestRef[o];
      }
    }

    /** Keeps the higher score for {@code item} (scores are positive). */
    void propose(int item, double value, OfferSource from, int reference) {
      proposeAt(position(item), value, from, reference);
    }

    void proposeAt(int p, double value, OfferSource from, int reference) {
      if (score[p] == 0) {
        touchedCount++;
      } else if (value <= score[p]) {
        return;
      }
      score[p] = value;
      source[p] = (byte) from.ordinal();
      ref[p] = reference;
    }

    /**
     * The positions of the best {@code m} candidates by score, ties by item id (through the items'
     * ranks by id).
     */
    int[] ranked(int m, int[] nameRank, int[] itemOfNameRank) {
      if (m == 0) {
        return new int[0];
      }
      TopK top = new TopK(m);
      for (int t = 0; t < usedCount; t++) {
        int p = used[t];
        double v = score[p];
        if (v > 0 && top.mayKeep(v)) {
          top.offer(nameRank[keys[p] - 1], v);
        }
      }
      int[] out = new int[top.size()];
      top.drainTo(out, new double[out.length], 0);
      for (int i = 0; i < out.length; i++) {
        out[i] = position(itemOfNameRank[out[i]]);
      }
      return out;
    }
  }

  private void addUsual(List<UsualItem> due, Scratch s) {
    double max = 0;
    for (UsualItem d : due) {
      max = Math.max(max, d.score());
    }
    for (int n = 0; n < due.size(); n++) {
      UsualItem d = due.get(n);
      OptionalInt item = history.indexOfItem(d.item());
      if (item.isPresent()) {
        s.propose(item.getAsInt(), 2 + d.score() / max, OfferSource.USUAL, n);
      }
    }
  }

  private void addRules(int customer, ItemHistory owned, Scratch s) {
    if (rulesByItem.isEmpty()) {
      return;
    }
    int[] baskets = history.basketsOf(customer);
    int[] basket = history.basketItems(baskets[baskets.length - 1]);
    for (int first : basket) {
      for (int r : rulesByItem.getOrDefault(first, List.of())) {
        IndexedRule rule = ruleList.get(r);
        if (owned.contains(rule.consequent)) {
          continue;
        }
        boolean all = true;
        for (int a : rule.antecedent) {
          all &= Arrays.binarySearch(basket, a) >= 0;
        }
        if (all) {
          s.propose(rule.consequent, 1 + rule.rule.confidence(), OfferSource.BOUGHT_TOGETHER, r);
        }
      }
    }
  }

  private static void addNeighbours(ItemNeighbours nb, int perItem, ItemHistory owned, Scratch s) {
    boolean[] mine = s.owned;
    for (int h = 0; h < owned.size(); h++) {
      mine[owned.item(h)] = true;
    }
    // per item: the summed similarity to the bought items, and the bought item most similar to it
    // (the reason: the first of the highest, bought items being scanned by ascending number)
    for (int h = 0; h < owned.size(); h++) {
      int i = owned.item(h);
      int end = (int) Math.min(nb.start(i + 1), (long) nb.start(i) + perItem);
      for (int p = nb.start(i); p < end; p++) {
        int j = nb.neighbourAt(p);
        if (mine[j]) {
          continue;
        }
        int q = s.position(j);
        float v = nb.scoreAt(p);
        if (s.acc[q] == 0) {
          s.bestRef[q] = i;
        }
        s.acc[q] += v;
        if (v > s.best[q]) {
          s.best[q] = v;
          s.bestRef[q] = i;
        }
      }
    }
    for (int h = 0; h < owned.size(); h++) {
      mine[owned.item(h)] = false;
    }
    double max = 0;
    for (int t = 0; t < s.usedCount; t++) {
      max = Math.max(max, s.acc[s.used[t]]);
    }
    for (int t = 0; t < s.usedCount; t++) {
      int q = s.used[t];
      if (s.acc[q] > 0) {
        s.proposeAt(q, s.acc[q] / max, OfferSource.ALSO_BOUGHT, s.bestRef[q]);
      }
    }
  }

  private void addPopular(PopularityRecommender p, ItemHistory owned, Scratch s, int n) {
    int[] top = p.recommend(ItemHistory.empty(), 1);
    if (top.length == 0) {
      return;
    }
    double max = p.basketCount(top[0]);
    for (int item : p.recommend(owned, n)) {
      s.propose(item, 0.5 * p.basketCount(item) / max, OfferSource.POPULAR, item);
    }
  }

  @Override
  public String toString() {
    return "NextBestOffer["
        + history
        + ", sources "
        + (usuals.isPresent() ? "usual " : "")
        + (rulesByItem.isEmpty() ? "" : "rules ")
        + (neighbours.isPresent() ? "neighbours " : "")
        + (popularity.isPresent() ? "popularity" : "")
        + "]";
  }

  /**
   * Builds a {@link NextBestOffer}: choose the sources (none by default) and the catalog. Not
   * thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final PurchaseHistory history;
    private final Clock clock;
    private OfferCatalog catalog = OfferCatalog.empty();
    private Optional<ItemNeighbours> neighbours = Optional.empty();
    private int neighboursPerItem = Integer.MAX_VALUE;
    private Optional<Usuals> usuals = Optional.empty();
    private List<AssociationRule> rules = List.of();
    private boolean popular;

    private Builder(PurchaseHistory history, Clock clock) {
      this.history = history;
      this.clock = clock;
    }

    /**
     * Offer neighbours of the customer's items ("because you bought X"); computed on the same
     * history.
     */
    public Builder neighbours(ItemNeighbours value) {
      return neighbours(value, Integer.MAX_VALUE);
    }

    /**
     * Offer neighbours of the customer's items, using only the {@code perItem} (at least 1) most
     * similar of each bought item: fewer is faster, at little loss for short offer lists.
     */
    public Builder neighbours(ItemNeighbours value, int perItem) {
      if (perItem < 1) {
        throw new IllegalArgumentException("perItem must be at least 1 but was: " + perItem);
      }
      neighbours = Optional.of(Objects.requireNonNull(value, "neighbours must not be null"));
      neighboursPerItem = perItem;
      return this;
    }

    /** Offer the due usual items ("your usual, due in 3 days"). */
    public Builder usuals(Usuals value) {
      usuals = Optional.of(Objects.requireNonNull(value, "usuals must not be null"));
      return this;
    }

    /**
     * Offer the consequents of rules whose antecedent is in the last basket (matched by item id).
     */
    public Builder rules(AssociationRules value) {
      rules = List.copyOf(Objects.requireNonNull(value, "rules must not be null").rules());
      return this;
    }

    /** Offer the most bought items as well (and to customers without history). */
    public Builder popularity() {
      popular = true;
      return this;
    }

    /** The items' traits and durables. */
    public Builder catalog(OfferCatalog value) {
      catalog = Objects.requireNonNull(value, "catalog must not be null");
      return this;
    }

    /** The engine. */
    public NextBestOffer build() {
      return new NextBestOffer(this);
    }
  }
}
