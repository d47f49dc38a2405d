/**
 * crmkit's service pillar: service-level agreements in business time (targets, pauses, breaches,
 * escalation, attainment) and ticket assignment on crm-core's assignment engine.
 */
module io.crmkit.service {
  requires transitive io.crmkit.core;

  exports io.crmkit.service.assignment;
  exports io.crmkit.service.sla;
}
