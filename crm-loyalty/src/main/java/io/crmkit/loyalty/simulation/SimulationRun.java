package io.crmkit.loyalty.simulation;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.loyalty.account.LoyaltyAccount;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one replay: the report and the simulated accounts (by customer, in the order they
 * were opened), whose ledgers can be inspected entry by entry. The accounts are the simulation's
 * own; do not operate on them.
 *
 * @since 0.1
 */
public record SimulationRun(SimulationReport report, Map<CustomerId, LoyaltyAccount> accounts) {

  /** Checks the report and accounts are not null. */
  public SimulationRun {
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(accounts, "accounts must not be null");
    accounts = Collections.unmodifiableMap(accounts);
  }

  @Override
  public String toString() {
    return report.toString();
  }
}
