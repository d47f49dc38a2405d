package io.crmkit.loyalty.account;

import io.crmkit.core.customer.CustomerId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe in-memory {@link LoyaltyAccountRepository}: accounts in a concurrent map, each
 * operation run while holding its account's monitor, so operations on different accounts run in
 * parallel and operations on one account one at a time.
 *
 * @since 0.1
 */
public final class InMemoryLoyaltyAccountRepository implements LoyaltyAccountRepository {

  private final ConcurrentHashMap<CustomerId, LoyaltyAccount> accounts = new ConcurrentHashMap<>();
  private final Function<CustomerId, LoyaltyAccount> opener;

  private InMemoryLoyaltyAccountRepository(Function<CustomerId, LoyaltyAccount> opener) {
    this.opener = Objects.requireNonNull(opener, "opener must not be null");
  }

  /** An empty repository that opens new accounts with {@code opener}. */
  public static InMemoryLoyaltyAccountRepository create(
      Function<CustomerId, LoyaltyAccount> opener) {
    return new InMemoryLoyaltyAccountRepository(opener);
  }

  @Override
  public <T> T update(
      CustomerId customer, Function<? super LoyaltyAccount, ? extends T> operation) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(operation, "operation must not be null");
    LoyaltyAccount account =
        accounts.computeIfAbsent(
            customer,
            id -> {
              LoyaltyAccount a = opener.apply(id);
              if (!a.customerId().equals(id)) {
                throw new IllegalStateException(
                    "opener must open an account for "
                        + id
                        + " but opened one for "
                        + a.customerId());
              }
              return a;
            });
    synchronized (account) {
      return operation.apply(account);
    }
  }

  @Override
  public <T> Optional<T> read(
      CustomerId customer, Function<? super LoyaltyAccount, ? extends T> query) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(query, "query must not be null");
    LoyaltyAccount account = accounts.get(customer);
    if (account == null) {
      return Optional.empty();
    }
    synchronized (account) {
      return Optional.ofNullable(query.apply(account));
    }
  }

  @Override
  public boolean exists(CustomerId customer) {
    return accounts.containsKey(Objects.requireNonNull(customer, "customer must not be null"));
  }

  @Override
  public Set<CustomerId> customers() {
    return Set.copyOf(accounts.keySet());
  }

  @Override
  public int size() {
    return accounts.size();
  }

  @Override
  public String toString() {
    return "in-memory loyalty accounts (" + accounts.size() + ")";
  }
}
