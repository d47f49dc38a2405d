/**
 * The crm-core part of crmkit's test support: the contract tests a repository implementation or
 * JSON format of crm-core's values runs by extending them, jqwik arbitraries of valid crm-core
 * values, and a helper that starts threads together. Depends on crm-core only; users add
 * crm-testing, which re-exports this module and adds the contracts of the other libraries'
 * interfaces.
 */
module io.crmkit.testing.core {
  requires transitive io.crmkit.core;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires transitive net.jqwik.api;

  exports io.crmkit.testing;
  exports io.crmkit.testing.core;
}
