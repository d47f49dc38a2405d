/**
 * crmkit's test support (add it with test scope): the contract tests a repository implementation or
 * JSON format of crm-core's values runs by extending them, jqwik arbitraries of valid crm-core
 * values, and a helper that starts threads together. Depends on crm-core only.
 */
module io.crmkit.testing {
  requires transitive io.crmkit.core;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires transitive net.jqwik.api;

  exports io.crmkit.testing;
  exports io.crmkit.testing.core;
}
