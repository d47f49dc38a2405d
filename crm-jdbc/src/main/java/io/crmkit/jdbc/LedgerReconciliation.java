package io.crmkit.jdbc;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link JdbcLoyaltyAccountRepository#reconcile()}: how many accounts were checked
 * and those whose stored balance (points) or entry count differs from the sum and count of their
 * ledger rows. {@link #balanced()} is true when there are none.
 *
 * @param accounts the number of accounts checked
 * @param entries the number of ledger rows summed
 * @param mismatches the accounts whose balance or count is not their ledger's
 * @since 0.1
 */
public record LedgerReconciliation(long accounts, long entries, List<Mismatch> mismatches) {

  /**
   * An account whose stored figures differ from its ledger rows.
   *
   * @param customerId the account's customer id
   * @param balance the stored balance, in points
   * @param sumOfEntries the sum of its ledger rows' points
   * @param entryCount the stored number of entries
   * @param rows the number of its ledger rows
   * @since 0.1
   */
  public record Mismatch(
      String customerId, long balance, long sumOfEntries, long entryCount, long rows) {}

  /**
   * Checks the counts (of accounts and entries) are not negative and the mismatches are not null.
   */
  public LedgerReconciliation {
    if (accounts < 0 || entries < 0) {
      throw new IllegalArgumentException(
          "accounts and entries must not be negative but were: " + accounts + ", " + entries);
    }
    mismatches = List.copyOf(Objects.requireNonNull(mismatches, "mismatches must not be null"));
  }

  /** Whether every account's balance is the sum of its ledger rows (and its count their number). */
  public boolean balanced() {
    return mismatches.isEmpty();
  }

  @Override
  public String toString() {
    return accounts
        + " accounts, "
        + entries
        + " ledger rows: "
        + (balanced()
            ? "every balance equals the sum of its entries"
            : mismatches.size() + " mismatches " + mismatches);
  }
}
