package io.crmkit.loyalty.account;

import io.crmkit.core.customer.CustomerId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where loyalty accounts live. Implementations must serialise the operations on each account: an
 * {@link #update} runs alone on its account (no lost or duplicated points when many threads earn
 * and redeem at once), and its effects are visible to every later call. The contract test {@code
 * LoyaltyAccountRepositoryContract} (in this module's tests) checks an implementation.
 *
 * @since 0.1
 */
public interface LoyaltyAccountRepository {

  /**
   * Runs {@code operation} on the account of {@code customer}, opening the account if it has none,
   * atomically with respect to every other operation on that account, and returns its result. An
   * exception thrown by the operation propagates (the account's and the ledger's operations are all
   * or nothing: a failed one changes nothing).
   */
  <T> T update(CustomerId customer, Function<? super LoyaltyAccount, ? extends T> operation);

  /** Runs the read-only {@code query} on the account of {@code customer}, if it exists. */
  <T> Optional<T> read(CustomerId customer, Function<? super LoyaltyAccount, ? extends T> query);

  /** Whether {@code customer} has an account. */
  boolean exists(CustomerId customer);

  /** The customers with an account (a snapshot). */
  Set<CustomerId> customers();

  /** The number of accounts. */
  int size();
}
