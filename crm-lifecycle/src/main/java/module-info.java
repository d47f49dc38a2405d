/**
 * crmkit's second core, customer lifecycle management: the lifecycle stage machine, churn scoring,
 * the probabilistic customer-base models (BTYD, contractual retention) with their fits, customer
 * lifetime value, cohorts and reminders. The package {@code io.crmkit.lifecycle.internal.stage} is
 * not exported: it is the columnar replay behind the command line.
 */
module io.crmkit.lifecycle {
  requires transitive io.crmkit.core;
  requires commons.math3;

  exports io.crmkit.lifecycle.churn;
  exports io.crmkit.lifecycle.churn.eval;
  exports io.crmkit.lifecycle.churn.features;
  exports io.crmkit.lifecycle.churn.logistic;
  exports io.crmkit.lifecycle.cohort;
  exports io.crmkit.lifecycle.json;
  exports io.crmkit.lifecycle.model;
  exports io.crmkit.lifecycle.reminder;
  exports io.crmkit.lifecycle.stage;
  exports io.crmkit.lifecycle.stage.population;
  exports io.crmkit.lifecycle.stage.store;

  provides com.fasterxml.jackson.databind.Module with
      io.crmkit.lifecycle.json.LifecycleJsonModule;
}
