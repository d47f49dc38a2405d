/**
 * crmkit's sales pillar: the sales pipeline and its forecast, ownership and the customer pool, and
 * lead assignment on crm-core's assignment engine.
 */
module io.crmkit.sales {
  requires transitive io.crmkit.core;
  requires transitive io.crmkit.lifecycle;

  exports io.crmkit.sales.forecast;
  exports io.crmkit.sales.lead;
  exports io.crmkit.sales.pipeline;
  exports io.crmkit.sales.pool;
}
