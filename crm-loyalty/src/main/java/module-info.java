/**
 * crmkit's loyalty programmes, marketing's retention tool: earning rules, the points ledger with
 * expiry and reversal, tiers and benefits, rewards, and what-if replays of a programme. The package
 * {@code io.crmkit.loyalty.internal} is not exported: it is the bulk machinery of the benchmarks
 * and the command line.
 */
module io.crmkit.loyalty {
  requires transitive io.crmkit.core;

  exports io.crmkit.loyalty.account;
  exports io.crmkit.loyalty.document;
  exports io.crmkit.loyalty.json;
  exports io.crmkit.loyalty.ledger;
  exports io.crmkit.loyalty.program;
  exports io.crmkit.loyalty.redemption;
  exports io.crmkit.loyalty.simulation;
  exports io.crmkit.loyalty.tier;

  provides com.fasterxml.jackson.databind.Module with
      io.crmkit.loyalty.json.LoyaltyJsonModule;
}
