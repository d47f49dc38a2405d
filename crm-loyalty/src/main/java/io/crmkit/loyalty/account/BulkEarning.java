package io.crmkit.loyalty.account;

import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.program.Program;
import java.util.List;
import java.util.Objects;

/**
 * Books a batch of purchases on their members' accounts, in the given order, exactly as calling
 * {@link LoyaltyAccount#purchaseFast} for each would, but faster over many accounts: it works in
 * groups of {@value #GROUP} purchases and first reads the accounts of the whole group (a read-ahead
 * of each account, its ledger and tier tracker that changes nothing), so that their trips to memory
 * overlap instead of coming one after the other; the booking itself then finds each account in the
 * processor's cache.
 *
 * <p>For bulk jobs (a day's purchases, an import) that hold their accounts in an array and map each
 * purchase to its account with a dense index.
 *
 * @since 0.1
 */
public final class BulkEarning {

  /** The number of purchases whose accounts are read ahead together. */
  public static final int GROUP = 8;

  private BulkEarning() {}

  /**
   * Books {@code purchases.get(i)} on {@code accounts[accountOf[i]]} with {@code program}, for
   * {@code i} in order, as {@link LoyaltyAccount#purchaseFast} does; returns how many took effect
   * (a retried transaction id does not). If a purchase fails, the exception propagates and the
   * purchases before it stay booked, as in a loop.
   *
   * @throws IllegalArgumentException if the sizes differ, or an index is outside {@code accounts}
   *     or names a missing (null) account; checked before anything is booked
   */
  public static long earnAll(
      Program program, List<Transaction> purchases, int[] accountOf, LoyaltyAccount[] accounts) {
    Objects.requireNonNull(program, "program must not be null");
    Objects.requireNonNull(purchases, "purchases must not be null");
    Objects.requireNonNull(accountOf, "accountOf must not be null");
    Objects.requireNonNull(accounts, "accounts must not be null");
    int n = purchases.size();
    if (accountOf.length != n) {
      throw new IllegalArgumentException(
          "accountOf must have one index per purchase (" + n + ") but has " + accountOf.length);
    }
    for (int i = 0; i < n; i++) {
      int a = accountOf[i];
      if (a < 0 || a >= accounts.length || accounts[a] == null) {
        throw new IllegalArgumentException(
            "accountOf["
                + i
                + "] must name an account of accounts (0.."
                + (accounts.length - 1)
                + ", not null) but was: "
                + a);
      }
    }
    long booked = 0;
    long sink = 0;
    for (int from = 0; from < n; from += GROUP) {
      int to = Math.min(n, from + GROUP);
      for (int i = from; i < to; i++) {
        sink += accounts[accountOf[i]].prefetch(purchases.get(i));
      }
      for (int i = from; i < to; i++) {
        if (accounts[accountOf[i]].purchaseFast(program, purchases.get(i))) {
          booked++;
        }
      }
    }
    return sink == Long.MIN_VALUE
        ? booked + 0
        : booked; // the reads are used, so they are not left out
  }
}
