package io.crmkit.marketing.history;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionLine;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The baskets of a set of customers: every basket is the set of distinct items of one purchase,
 * dated by its local day, and belongs to one customer; a customer's baskets are in time order.
 * Items are product ids or categories ({@link ItemLevel}), numbered {@code 0 .. itemCount()-1} in
 * the order first seen; customers are numbered {@code 0 .. customerCount()-1}, baskets {@code 0 ..
 * basketCount()-1}. Stored as compressed sparse rows of {@code int}s: about 4 bytes per basket
 * item, 12 bytes per basket and 8 bytes per customer plus the id objects. Immutable.
 *
 * @since 0.1
 */
public final class PurchaseHistory {

  /** The item that stands for a blank category at {@link ItemLevel#CATEGORY}. */
  public static final String NO_CATEGORY = "(no category)";

  private final ItemLevel level;
  private final String[] items;
  private final CustomerId[] customers;
  private final int[] basketCustomer;
  private final int[] basketDay;
  private final int[] basketStart;
  private final int[] basketItems;
  private final int[] customerStart;
  private final int[] customerBaskets;
  private final Map<String, Integer> itemIndex;
  private final Map<CustomerId, Integer> customerIndex;

  private PurchaseHistory(
      ItemLevel level,
      String[] items,
      CustomerId[] customers,
      int[] basketCustomer,
      int[] basketDay,
      int[] basketStart,
      int[] basketItems) {
    this.level = level;
    this.items = items;
    this.customers = customers;
    this.basketCustomer = basketCustomer;
    this.basketDay = basketDay;
    this.basketStart = basketStart;
    this.basketItems = basketItems;
    int nb = basketCustomer.length;
    int nc = customers.length;
    customerStart = new int[nc + 1];
    for (int b = 0; b < nb; b++) {
      customerStart[basketCustomer[b] + 1]++;
    }
    for (int c = 0; c < nc; c++) {
      customerStart[c + 1] += customerStart[c];
    }
    customerBaskets = new int[nb];
    int[] fill = Arrays.copyOf(customerStart, nc);
    for (int b = 0; b < nb; b++) {
      customerBaskets[fill[basketCustomer[b]]++] = b;
    }
    // within a customer, stable insertion sort by day (input order among baskets of one day)
    for (int c = 0; c < nc; c++) {
      for (int k = customerStart[c] + 1; k < customerStart[c + 1]; k++) {
        int b = customerBaskets[k];
        int j = k - 1;
        while (j >= customerStart[c] && basketDay[customerBaskets[j]] > basketDay[b]) {
          customerBaskets[j + 1] = customerBaskets[j];
          j--;
        }
        customerBaskets[j + 1] = b;
      }
    }
    itemIndex = new HashMap<>(items.length * 2);
    for (int i = 0; i < items.length; i++) {
      itemIndex.put(items[i], i);
    }
    customerIndex = new HashMap<>(customers.length * 2);
    for (int c = 0; c < customers.length; c++) {
      customerIndex.put(customers[c], c);
    }
  }

  /**
   * The history of the purchases among {@code transactions} that have lines, at {@code level}, each
   * dated by its local day in {@code zone}. Refunds and purchases without lines are left out.
   */
  public static PurchaseHistory of(
      Collection<Transaction> transactions, ItemLevel level, ZoneId zone) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    Objects.requireNonNull(level, "level must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Builder b = builder(level);
    List<String> basket = new ArrayList<>();
    for (Transaction t : transactions) {
      if (!t.isPurchase() || t.lines().isEmpty()) {
        continue;
      }
      basket.clear();
      for (TransactionLine line : t.lines()) {
        basket.add(
            level == ItemLevel.PRODUCT
                ? line.productId()
                : line.category().isBlank() ? NO_CATEGORY : line.category());
      }
      b.add(t.customerId(), t.timestamp().atZone(zone).toLocalDate(), basket);
    }
    return b.build();
  }

  /** A builder of a history at {@code level}. */
  public static Builder builder(ItemLevel level) {
    return new Builder(Objects.requireNonNull(level, "level must not be null"));
  }

  /** Whether items are products or categories. */
  public ItemLevel level() {
    return level;
  }

  /** The number of distinct items. */
  public int itemCount() {
    return items.length;
  }

  /** The id (product id or category) of item {@code item}. */
  public String item(int item) {
    Objects.checkIndex(item, items.length);
    return items[item];
  }

  /** The number of the item with id {@code id}, if it was bought. */
  public OptionalInt indexOfItem(String id) {
    Integer i = itemIndex.get(Objects.requireNonNull(id, "item id must not be null"));
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** The number of customers with at least one basket. */
  public int customerCount() {
    return customers.length;
  }

  /** The id of customer {@code customer}. */
  public CustomerId customer(int customer) {
    Objects.checkIndex(customer, customers.length);
    return customers[customer];
  }

  /** The number of customer {@code id}, if it has a basket. */
  public OptionalInt indexOfCustomer(CustomerId id) {
    Integer i = customerIndex.get(Objects.requireNonNull(id, "customer id must not be null"));
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** The number of baskets. */
  public int basketCount() {
    return basketCustomer.length;
  }

  /** The number of basket items (distinct items per basket, summed over baskets). */
  public int basketItemCount() {
    return basketItems.length;
  }

  /** The customer number of basket {@code basket}. */
  public int basketCustomer(int basket) {
    return basketCustomer[basket];
  }

  /** The local day of basket {@code basket}. */
  public LocalDate basketDate(int basket) {
    return LocalDate.ofEpochDay(basketDay[basket]);
  }

  /** The local day of basket {@code basket}, in days since 1970-01-01. */
  public int basketEpochDay(int basket) {
    return basketDay[basket];
  }

  /** The distinct items of basket {@code basket}, ascending (a copy). */
  public int[] basketItems(int basket) {
    return Arrays.copyOfRange(basketItems, basketStart[basket], basketStart[basket + 1]);
  }

  /** The number of distinct items of basket {@code basket}. */
  public int basketSize(int basket) {
    return basketStart[basket + 1] - basketStart[basket];
  }

  /** Item {@code k} (0-based, ascending order) of basket {@code basket}. */
  public int basketItem(int basket, int k) {
    Objects.checkIndex(k, basketSize(basket));
    return basketItems[basketStart[basket] + k];
  }

  /** The baskets of customer {@code customer}, oldest first (a copy). */
  public int[] basketsOf(int customer) {
    return Arrays.copyOfRange(
        customerBaskets, customerStart[customer], customerStart[customer + 1]);
  }

  /** The number of baskets of customer {@code customer}. */
  public int basketCountOf(int customer) {
    return customerStart[customer + 1] - customerStart[customer];
  }

  /** The distinct items customer {@code customer} ever bought, ascending. */
  public int[] itemsOf(int customer) {
    int n = 0;
    for (int k = customerStart[customer]; k < customerStart[customer + 1]; k++) {
      int b = customerBaskets[k];
      n += basketStart[b + 1] - basketStart[b];
    }
    int[] all = new int[n];
    n = 0;
    for (int k = customerStart[customer]; k < customerStart[customer + 1]; k++) {
      int b = customerBaskets[k];
      int len = basketStart[b + 1] - basketStart[b];
      System.arraycopy(basketItems, basketStart[b], all, n, len);
      n += len;
    }
    Arrays.sort(all);
    int m = 0;
    for (int k = 0; k < all.length; k++) {
      if (k == 0 || all[k] != all[k - 1]) {
        all[m++] = all[k];
      }
    }
    return m == all.length ? all : Arrays.copyOf(all, m);
  }

  /** Per item, the number of baskets that contain it. */
  public int[] basketCountsPerItem() {
    int[] counts = new int[items.length];
    for (int item : basketItems) {
      counts[item]++;
    }
    return counts;
  }

  /**
   * This history without the baskets for which {@code keep} is false (customers and items keep
   * their numbers, so that models fitted on the result score the same items).
   */
  public PurchaseHistory filterBaskets(java.util.function.IntPredicate keep) {
    Objects.requireNonNull(keep, "keep must not be null");
    int nb = 0;
    int ni = 0;
    for (int b = 0; b < basketCount(); b++) {
      if (keep.test(b)) {
        nb++;
        ni += basketSize(b);
      }
    }
    int[] bc = new int[nb];
    int[] bd = new int[nb];
    int[] bs = new int[nb + 1];
    int[] bi = new int[ni];
    int j = 0;
    for (int b = 0; b < basketCount(); b++) {
      if (keep.test(b)) {
        bc[j] = basketCustomer[b];
        bd[j] = basketDay[b];
        int len = basketSize(b);
        System.arraycopy(basketItems, basketStart[b], bi, bs[j], len);
        bs[j + 1] = bs[j] + len;
        j++;
      }
    }
    return new PurchaseHistory(level, items, customers, bc, bd, bs, bi);
  }

  /**
   * The bytes of the primitive arrays: 4 per basket item, 16 per basket, 4 per customer (the id
   * objects and the two id look-up maps, about 100 bytes per customer and item, come on top).
   */
  public long primitiveBytes() {
    return 4L
        * (basketCustomer.length
            + basketDay.length
            + basketStart.length
            + basketItems.length
            + customerStart.length
            + customerBaskets.length);
  }

  @Override
  public String toString() {
    return "PurchaseHistory["
        + level.name().toLowerCase(java.util.Locale.ROOT)
        + " level, "
        + customers.length
        + " customers, "
        + basketCustomer.length
        + " baskets, "
        + items.length
        + " items, "
        + basketItems.length
        + " basket items]";
  }

  /**
   * Builds a {@link PurchaseHistory}, by ids ({@link #add}) or, faster, by numbers ({@link
   * #addBasket} after {@link #item} and {@link #customer}). Duplicate items of a basket count once.
   * Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final ItemLevel level;
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final List<String> items = new ArrayList<>();
    private final Map<CustomerId, Integer> customerIndex = new HashMap<>();
    private final List<CustomerId> customers = new ArrayList<>();
    private int[] bc = new int[16];
    private int[] bd = new int[16];
    private int[] bs = new int[17];
    private int[] bi = new int[64];
    private int nb;

    private Builder(ItemLevel level) {
      this.level = level;
    }

    /** The number of item {@code id}, adding it if new. */
    public int item(String id) {
      Objects.requireNonNull(id, "item id must not be null");
      if (id.isBlank()) {
        throw new IllegalArgumentException("item id must not be blank but was: '" + id + "'");
      }
      Integer i = itemIndex.get(id);
      if (i == null) {
        i = items.size();
        itemIndex.put(id, i);
        items.add(id);
      }
      return i;
    }

    /** The number of customer {@code id}, adding it if new. */
    public int customer(CustomerId id) {
      Objects.requireNonNull(id, "customer id must not be null");
      Integer i = customerIndex.get(id);
      if (i == null) {
        i = customers.size();
        customerIndex.put(id, i);
        customers.add(id);
      }
      return i;
    }

    /** Adds a basket of {@code items} (at least one) bought by {@code customer} on {@code date}. */
    public Builder add(CustomerId customer, LocalDate date, Collection<String> basketItems) {
      Objects.requireNonNull(date, "date must not be null");
      Objects.requireNonNull(basketItems, "basket items must not be null");
      int[] ids = new int[basketItems.size()];
      int k = 0;
      for (String s : basketItems) {
        ids[k++] = item(s);
      }
      return addBasket(customer(customer), (int) date.toEpochDay(), ids);
    }

    /** Adds a basket of {@code items} bought by {@code customer} (text id) on {@code date}. */
    public Builder add(String customer, LocalDate date, String... basketItems) {
      return add(CustomerId.of(customer), date, Arrays.asList(basketItems));
    }

    /**
     * Adds a basket by numbers: {@code customer} and every entry of {@code itemNumbers} must have
     * been returned by {@link #customer} and {@link #item}; {@code epochDay} is in days since
     * 1970-01-01. The array is not kept.
     */
    public Builder addBasket(int customer, int epochDay, int[] itemNumbers) {
      Objects.checkIndex(customer, customers.size());
      Objects.requireNonNull(itemNumbers, "itemNumbers must not be null");
      if (itemNumbers.length == 0) {
        throw new IllegalArgumentException(
            "a basket must have at least one item but had none (customer "
                + customers.get(customer)
                + ")");
      }
      int[] sorted = itemNumbers.clone();
      Arrays.sort(sorted);
      int n = 0;
      for (int k = 0; k < sorted.length; k++) {
        Objects.checkIndex(sorted[k], items.size());
        if (k == 0 || sorted[k] != sorted[k - 1]) {
          sorted[n++] = sorted[k];
        }
      }
      if (nb == bc.length) {
        bc = Arrays.copyOf(bc, nb * 2);
        bd = Arrays.copyOf(bd, nb * 2);
        bs = Arrays.copyOf(bs, nb * 2 + 1);
      }
      int start = bs[nb];
      while (start + n > bi.length) {
        bi = Arrays.copyOf(bi, bi.length * 2);
      }
      System.arraycopy(sorted, 0, bi, start, n);
      bc[nb] = customer;
      bd[nb] = epochDay;
      bs[nb + 1] = start + n;
      nb++;
      return this;
    }

    /** The history of the baskets added so far. */
    public PurchaseHistory build() {
      return new PurchaseHistory(
          level,
          items.toArray(new String[0]),
          customers.toArray(new CustomerId[0]),
          Arrays.copyOf(bc, nb),
          Arrays.copyOf(bd, nb),
          Arrays.copyOf(bs, nb + 1),
          Arrays.copyOf(bi, bs[nb]));
    }
  }
}
