package io.crmkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The module graph of crmkit as a rule: one centre (core), two cores (segmentation, lifecycle), the
 * pillars (marketing, sales, service, loyalty) on the centre and the two cores only, and the
 * adapters and examples on what they serve. Each module is named by its root package.
 */
class ModuleDirectionTest {

  /** Root package of each module, and the crmkit modules it may use besides itself. */
  private static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("core", List.of());
    ALLOWED.put("segmentation", List.of("core"));
    ALLOWED.put("lifecycle", List.of("core"));
    List<String> pillarBase = List.of("core", "segmentation", "lifecycle");
    ALLOWED.put("marketing", pillarBase);
    ALLOWED.put("sales", pillarBase);
    ALLOWED.put("service", pillarBase);
    ALLOWED.put("loyalty", pillarBase);
    ALLOWED.put("identity", List.of("core", "segmentation", "lifecycle", "loyalty", "service"));
    ALLOWED.put(
        "jdbc",
        List.of("core", "segmentation", "lifecycle", "loyalty", "sales", "service", "identity"));
    ALLOWED.put("spark", List.of("core", "segmentation", "lifecycle"));
    ALLOWED.put("report", List.of("core", "segmentation", "lifecycle", "loyalty"));
    // test support (crm-testing-core's io.crmkit.testing and io.crmkit.testing.core, checked on
    // core
    // only below; crm-testing's io.crmkit.testing.<library> on the libraries whose contracts they
    // hold)
    ALLOWED.put(
        "testing", List.of("core", "segmentation", "lifecycle", "loyalty", "marketing", "sales"));
  }

  @TestFactory
  Stream<DynamicTest> every_module_uses_only_the_modules_below_it() {
    return ALLOWED.entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey() + " uses only " + e.getValue(),
                    () -> ruleFor(e.getKey(), e.getValue()).check(CrmClasses.main())));
  }

  @Test
  void the_core_test_support_uses_only_crm_core() {
    // crm-testing-core: every library's tests use it, so it must stand on crm-core alone
    DescribedPredicate<JavaClass> inTestingCore =
        DescribedPredicate.describe(
            "in crm-testing-core",
            c ->
                c.getPackageName().equals("io.crmkit.testing")
                    || c.getPackageName().equals("io.crmkit.testing.core")
                    || c.getPackageName().startsWith("io.crmkit.testing.core."));
    DescribedPredicate<JavaClass> allowed =
        DescribedPredicate.describe(
            "outside io.crmkit, in crm-core or in crm-testing-core",
            c ->
                !c.getPackageName().startsWith("io.crmkit")
                    || c.getPackageName().equals("io.crmkit.core")
                    || c.getPackageName().startsWith("io.crmkit.core.")
                    || inTestingCore.test(c));
    classes()
        .that(inTestingCore)
        .should()
        .onlyDependOnClassesThat(allowed)
        .because("crm-testing-core is used by every library's tests")
        .check(CrmClasses.main());
  }

  @Test
  void every_top_level_package_is_a_known_module() {
    List<String> known =
        Stream.concat(
                ALLOWED.keySet().stream(), Stream.of("examples", "benchmarks", "architecture"))
            .toList();
    List<String> seen =
        CrmClasses.main().stream()
            .map(JavaClass::getPackageName)
            .map(p -> p.split("\\.", -1))
            .filter(parts -> parts.length >= 3)
            .map(parts -> parts[2])
            .distinct()
            .toList();
    assertThat(known).containsAll(seen);
    assertThat(seen)
        .contains("core", "segmentation", "lifecycle", "loyalty", "marketing", "sales", "service");
  }

  private static ArchRule ruleFor(String module, List<String> allowed) {
    String[] packages =
        Stream.concat(Stream.of(module), allowed.stream())
            .map(m -> "io.crmkit." + m + "..")
            .toArray(String[]::new);
    DescribedPredicate<JavaClass> outsideCrmkit =
        DescribedPredicate.describe(
            "outside io.crmkit", c -> !c.getPackageName().startsWith("io.crmkit"));
    DescribedPredicate<JavaClass> allowedModule =
        DescribedPredicate.describe(
            "in " + Arrays.toString(packages),
            c ->
                Arrays.stream(packages)
                    .map(p -> p.substring(0, p.length() - 2))
                    .anyMatch(
                        p ->
                            c.getPackageName().equals(p)
                                || c.getPackageName().startsWith(p + ".")));
    return classes()
        .that()
        .resideInAPackage("io.crmkit." + module + "..")
        .should()
        .onlyDependOnClassesThat(outsideCrmkit.or(allowedModule))
        .because("module " + module + " may use only " + allowed + " of crmkit");
  }
}
