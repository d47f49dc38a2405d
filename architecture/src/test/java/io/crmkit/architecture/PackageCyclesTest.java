package io.crmkit.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

/**
 * No package of crmkit takes part in a dependency cycle, inside a module or across modules. One
 * kind of dependency is set aside: a class registering itself with {@code
 * io.crmkit.loyalty.internal.LoyaltyInternals}, the non-exported bridge through which the
 * benchmarks and the command line reach crm-loyalty's bulk machinery (the JDK's "shared secrets"
 * pattern: the bridge names the classes, and they hand it their package-private entry points).
 */
class PackageCyclesTest {

  @Test
  void packages_are_free_of_cycles() {
    DescribedPredicate<JavaClass> outsideTheBridge =
        DescribedPredicate.describe(
            "outside io.crmkit.loyalty.internal",
            c -> !c.getPackageName().equals("io.crmkit.loyalty.internal"));
    DescribedPredicate<JavaClass> bridge =
        DescribedPredicate.describe(
            "LoyaltyInternals",
            c -> c.getName().startsWith("io.crmkit.loyalty.internal.LoyaltyInternals"));
    slices()
        .matching("io.crmkit.(**)")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(outsideTheBridge, bridge)
        .check(CrmClasses.main());
  }
}
