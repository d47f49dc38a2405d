package io.crmkit.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

/** No package of crmkit takes part in a dependency cycle, inside a module or across modules. */
class PackageCyclesTest {

  @Test
  void packages_are_free_of_cycles() {
    slices().matching("io.crmkit.(**)").should().beFreeOfCycles().check(CrmClasses.main());
  }
}
