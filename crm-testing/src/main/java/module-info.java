/**
 * crmkit's test support (add it with test scope): the contract tests an implementation of a crmkit
 * interface or a JSON format runs by extending them, jqwik arbitraries of valid crm-core values and
 * a helper that starts threads together (re-exported from {@code io.crmkit.testing.core}), and the
 * contracts of crm-lifecycle's, crm-loyalty's, crm-sales' and crm-marketing's interfaces. Those
 * libraries are static dependencies: a contract needs only the library it tests.
 */
module io.crmkit.testing {
  requires transitive io.crmkit.testing.core;
  requires static transitive io.crmkit.lifecycle;
  requires static transitive io.crmkit.loyalty;
  requires static transitive io.crmkit.sales;
  requires static transitive io.crmkit.marketing;

  exports io.crmkit.testing.lifecycle;
  exports io.crmkit.testing.loyalty;
  exports io.crmkit.testing.sales;
  exports io.crmkit.testing.marketing;
}
