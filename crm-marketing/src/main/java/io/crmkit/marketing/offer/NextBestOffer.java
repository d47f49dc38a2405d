package io.crmkit.marketing.offer;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.marketing.basket.AssociationRule;
import io.crmkit.marketing.basket.AssociationRules;
import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.ItemHistory;
import io.crmkit.marketing.similar.ItemNeighbours;
import io.crmkit.marketing.similar.PopularityRecommender;
import io.crmkit.marketing.targeting.ContactCap;
import io.crmkit.marketing.targeting.ContactHistory;
import io.crmkit.marketing.targeting.ConsentPolicy;
import io.crmkit.marketing.targeting.Exclusion;
import io.crmkit.marketing.targeting.ExclusionReason;
import io.crmkit.marketing.usual.UsualItem;
import io.crmkit.marketing.usual.Usuals;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The next best offers for customers of a {@link PurchaseHistory}. A customer who may not be
 * contacted under the {@link OfferPolicy} (opted out of its channel, no opt-in where one is
 * required, at the contact cap at the clock's instant) gets none, with the reason, in the order of
 * {@link io.crmkit.marketing.targeting.CampaignTargeter}. For the others, candidates come from each
 * configured source ({@link OfferSource}: the usual that is due, rules whose antecedent is in the
 * last basket, neighbours of the bought items, popularity); an item proposed by several sources
 * keeps its highest score. Items already bought are proposed only as "the usual". Candidates are
 * ranked by score (ties by item id); excluded items, owned durables and items whose traits
 * contradict a stated preference are refused, each with its reason, and the first {@code k} others
 * are offered. Immutable and thread-safe.
 */
public final class NextBestOffer {

  private final PurchaseHistory history;
  private final Clock clock;
  private final OfferCatalog catalog;
  private final Optional<ItemNeighbours> neighbours;
  private final Optional<Usuals> usuals;
  private final Map<Integer, List<IndexedRule>> rulesByItem;
  private final Optional<PopularityRecommender> popularity;
  private final String[] names;

  private record IndexedRule(int[] antecedent, int consequent, AssociationRule rule) {}

  private NextBestOffer(Builder b) {
    history = b.history;
    clock = b.clock;
    catalog = b.catalog;
    neighbours = b.neighbours;
    usuals = b.usuals;
    popularity = b.popular ? Optional.of(PopularityRecommender.of(history)) : Optional.empty();
    rulesByItem = new HashMap<>();
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
        rulesByItem.computeIfAbsent(a[0], x -> new ArrayList<>()).add(new IndexedRule(a, c.getAsInt(), r));
      }
    }
    names = new String[history.itemCount()];
    for (int i = 0; i < names.length; i++) {
      names[i] = history.item(i);
    }
  }

  /** A builder over {@code history}, with the contact caps checked at {@code clock}'s instant. */
  public static Builder builder(PurchaseHistory history, Clock clock) {
    return new Builder(Objects.requireNonNull(history, "history must not be null"),
        Objects.requireNonNull(clock, "clock must not be null"));
  }

  /** The offers for every customer of the history, in history order; {@code customers} holds their records. */
  public List<CustomerOffers> offersForAll(Map<CustomerId, Customer> customers, ContactHistory contacts,
      OfferPolicy policy, int k) {
    Objects.requireNonNull(customers, "customers must not be null");
    List<CustomerOffers> out = new ArrayList<>(history.customerCount());
    for (int c = 0; c < history.customerCount(); c++) {
      CustomerId id = history.customer(c);
      Customer record = customers.get(id);
      out.add(record == null
          ? new CustomerOffers(id, List.of(), Optional.of(new Exclusion(id, ExclusionReason.NO_CUSTOMER_RECORD, "")), List.of())
          : offersFor(record, contacts, policy, k));
    }
    return out;
  }

  /** Up to {@code k} (at least 1) offers for {@code customer}, given its past contacts, under {@code policy}. */
  public CustomerOffers offersFor(Customer customer, ContactHistory contacts, OfferPolicy policy, int k) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(contacts, "contacts must not be null");
    Objects.requireNonNull(policy, "policy must not be null");
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1 but was: " + k);
    }
    CustomerId id = customer.id();
    Optional<Exclusion> excluded = exclusion(customer, contacts, policy);
    if (excluded.isPresent()) {
      return new CustomerOffers(id, List.of(), excluded, List.of());
    }
    Map<Integer, Candidate> candidates = new HashMap<>();
    OptionalInt ci = history.indexOfCustomer(id);
    ItemHistory owned = ci.isPresent() ? ItemHistory.of(history, ci.getAsInt()) : ItemHistory.empty();
    if (ci.isPresent()) {
      int c = ci.getAsInt();
      usuals.ifPresent(u -> addUsual(u, c, candidates));
      addRules(c, owned, candidates);
      neighbours.ifPresent(nb -> addNeighbours(nb, owned, candidates));
    }
    popularity.ifPresent(p -> addPopular(p, owned, candidates, k + policy.excludedItems().size() + 8));
    List<Map.Entry<Integer, Candidate>> ranked = new ArrayList<>(candidates.entrySet());
    ranked.sort((a, b) -> a.getValue().score != b.getValue().score
        ? Double.compare(b.getValue().score, a.getValue().score) : names[a.getKey()].compareTo(names[b.getKey()]));
    List<Offer> offers = new ArrayList<>(k);
    List<RefusedOffer> refused = new ArrayList<>();
    for (Map.Entry<Integer, Candidate> e : ranked) {
      if (offers.size() == k) {
        break;
      }
      String item = names[e.getKey()];
      if (policy.excludedItems().contains(item)) {
        refused.add(new RefusedOffer(item, RefusalReason.EXCLUDED_ITEM, ""));
        continue;
      }
      if (catalog.isDurable(item) && owned.contains(e.getKey())) {
        refused.add(new RefusedOffer(item, RefusalReason.OWNED_DURABLE, ""));
        continue;
      }
      Optional<String> conflict = policy.conflicts().conflict(catalog.traitsOf(item), customer.preferences());
      if (conflict.isPresent()) {
        refused.add(new RefusedOffer(item, RefusalReason.PREFERENCE_CONFLICT, conflict.get()));
        continue;
      }
      Candidate cand = e.getValue();
      offers.add(new Offer(item, cand.score, cand.source, cand.reason));
    }
    return new CustomerOffers(id, offers, Optional.empty(), refused);
  }

  private Optional<Exclusion> exclusion(Customer c, ContactHistory contacts, OfferPolicy policy) {
    if (c.isOptedOut(policy.channel())) {
      return Optional.of(new Exclusion(c.id(), ExclusionReason.OPTED_OUT, policy.channel().name()));
    }
    if (policy.consent() == ConsentPolicy.REQUIRE_OPT_IN && !c.isOptedIn(policy.channel())) {
      return Optional.of(new Exclusion(c.id(), ExclusionReason.NO_OPT_IN, policy.channel().name()));
    }
    if (policy.cap().isPresent()) {
      ContactCap cap = policy.cap().get();
      Instant now = clock.instant();
      int recent = contacts.count(c.id(), now.minus(cap.window()), now);
      if (recent >= cap.maxContacts()) {
        return Optional.of(new Exclusion(c.id(), ExclusionReason.CONTACT_CAP, recent + " contacts in " + cap.window()));
      }
    }
    return Optional.empty();
  }

  private static final class Candidate {
    double score;
    OfferSource source;
    String reason;

    Candidate(double score, OfferSource source, String reason) {
      this.score = score;
      this.source = source;
      this.reason = reason;
    }
  }

  private static void propose(Map<Integer, Candidate> candidates, int item, double score, OfferSource source,
      String reason) {
    Candidate c = candidates.get(item);
    if (c == null) {
      candidates.put(item, new Candidate(score, source, reason));
    } else if (score > c.score) {
      c.score = score;
      c.source = source;
      c.reason = reason;
    }
  }

  private void addUsual(Usuals u, int customer, Map<Integer, Candidate> candidates) {
    List<UsualItem> due = u.dueNow(customer);
    double max = 0;
    for (UsualItem d : due) {
      max = Math.max(max, d.score());
    }
    for (UsualItem d : due) {
      OptionalInt item = history.indexOfItem(d.item());
      if (item.isEmpty()) {
        continue;
      }
      long days = d.daysUntilDue(u.asOf()).orElseThrow();
      String when = days == 0 ? "due today" : days > 0 ? "due in " + days + (days == 1 ? " day" : " days")
          : -days + (days == -1 ? " day" : " days") + " overdue";
      propose(candidates, item.getAsInt(), 2 + d.score() / max, OfferSource.USUAL, "your usual, " + when);
    }
  }

  private void addRules(int customer, ItemHistory owned, Map<Integer, Candidate> candidates) {
    if (rulesByItem.isEmpty()) {
      return;
    }
    int[] baskets = history.basketsOf(customer);
    int last = baskets[baskets.length - 1];
    int[] basket = history.basketItems(last);
    for (int first : basket) {
      for (IndexedRule r : rulesByItem.getOrDefault(first, List.of())) {
        if (owned.contains(r.consequent)) {
          continue;
        }
        boolean all = true;
        for (int a : r.antecedent) {
          all &= Arrays.binarySearch(basket, a) >= 0;
        }
        if (all) {
          propose(candidates, r.consequent, 1 + r.rule.confidence(), OfferSource.BOUGHT_TOGETHER,
              String.format(Locale.ROOT, "bought together with %s (confidence %.0f%%)",
                  String.join(" and ", r.rule.antecedent()), 100 * r.rule.confidence()));
        }
      }
    }
  }

  private void addNeighbours(ItemNeighbours nb, ItemHistory owned, Map<Integer, Candidate> candidates) {
    Map<Integer, double[]> sums = new HashMap<>();
    for (int h = 0; h < owned.size(); h++) {
      int i = owned.item(h);
      for (int n = 0; n < nb.count(i); n++) {
        int j = nb.neighbour(i, n);
        if (owned.contains(j)) {
          continue;
        }
        double s = nb.scoreAsFloat(i, n);
        double[] acc = sums.computeIfAbsent(j, x -> new double[] {0, -1, -1});
        acc[0] += s;
        if (s > acc[1]) {
          acc[1] = s;
          acc[2] = i;
        }
      }
    }
    double max = 0;
    for (double[] a : sums.values()) {
      max = Math.max(max, a[0]);
    }
    for (Map.Entry<Integer, double[]> e : sums.entrySet()) {
      double[] a = e.getValue();
      propose(candidates, e.getKey(), a[0] / max, OfferSource.ALSO_BOUGHT, "because you bought " + names[(int) a[2]]);
    }
  }

  private void addPopular(PopularityRecommender p, ItemHistory owned, Map<Integer, Candidate> candidates, int n) {
    int[] top = p.recommend(ItemHistory.empty(), 1);
    if (top.length == 0) {
      return;
    }
    double max = p.basketCount(top[0]);
    for (int item : p.recommend(owned, n)) {
      propose(candidates, item, 0.5 * p.basketCount(item) / max, OfferSource.POPULAR,
          String.format(Locale.ROOT, "popular: in %.1f%% of baskets", 100.0 * p.basketCount(item) / history.basketCount()));
    }
  }

  @Override
  public String toString() {
    return "NextBestOffer[" + history + ", sources " + (usuals.isPresent() ? "usual " : "")
        + (rulesByItem.isEmpty() ? "" : "rules ") + (neighbours.isPresent() ? "neighbours " : "")
        + (popularity.isPresent() ? "popularity" : "") + "]";
  }

  /** Builds a {@link NextBestOffer}: choose the sources (none by default) and the catalog. Not thread-safe. */
  public static final class Builder {
    private final PurchaseHistory history;
    private final Clock clock;
    private OfferCatalog catalog = OfferCatalog.empty();
    private Optional<ItemNeighbours> neighbours = Optional.empty();
    private Optional<Usuals> usuals = Optional.empty();
    private List<AssociationRule> rules = List.of();
    private boolean popular;

    private Builder(PurchaseHistory history, Clock clock) {
      this.history = history;
      this.clock = clock;
    }

    /** Offer neighbours of the customer's items ("because you bought X"); computed on the same history. */
    public Builder neighbours(ItemNeighbours value) {
      neighbours = Optional.of(Objects.requireNonNull(value, "neighbours must not be null"));
      return this;
    }

    /** Offer the due usual items ("your usual, due in 3 days"). */
    public Builder usuals(Usuals value) {
      usuals = Optional.of(Objects.requireNonNull(value, "usuals must not be null"));
      return this;
    }

    /** Offer the consequents of rules whose antecedent is in the last basket (matched by item id). */
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
