package io.crmkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * crmkit on the module path: the library jars that carry a {@code module-info} resolve with their
 * third-party dependencies into a module layer, export what the JShell start-up imports and hide
 * their internal packages, and work there (Jackson reaches crmkit's classes through the exports and
 * opens the descriptors declare, and finds the JSON modules the descriptors provide).
 */
class ModulePathTest {

  /**
   * The class path entries that are crmkit modules with a descriptor, and the jars they need; with
   * {@code testFrameworks} also the jars of JUnit's API, AssertJ and jqwik's API that crm-testing's
   * contracts are written in.
   */
  private static List<Path> modulePath(boolean testFrameworks) throws IOException {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator, -1)) {
      Path p = Path.of(entry);
      String name = p.getFileName().toString();
      if (Files.isDirectory(p) && p.getParent() != null && p.getParent().getParent() != null) {
        // a reactor module's target/classes (mvn test): named by its module directory
        name = p.getParent().getParent().getFileName().toString();
      }
      if (name.startsWith("crm-") && !name.contains("-tests") && hasDescriptor(p)) {
        entries.add(p);
      } else if (name.startsWith("jackson-")
          || name.startsWith("fastcsv")
          || name.startsWith("commons-math3")
          || name.startsWith("libphonenumber")
          || name.startsWith("commons-text")
          || name.startsWith("commons-lang3")) {
        entries.add(p);
      } else if (testFrameworks
          && (name.startsWith("junit-jupiter-api")
              || name.startsWith("junit-platform-commons")
              || name.startsWith("opentest4j")
              || name.startsWith("apiguardian")
              || name.startsWith("assertj-core")
              || name.startsWith("byte-buddy")
              || name.startsWith("jqwik-api"))) {
        entries.add(p);
      }
    }
    return entries;
  }

  private static boolean hasDescriptor(Path p) throws IOException {
    if (Files.isDirectory(p)) {
      return Files.exists(p.resolve("module-info.class"));
    }
    try (JarFile jar = new JarFile(p.toFile())) {
      return jar.getEntry("module-info.class") != null;
    }
  }

  private static ModuleLayer layer(Set<String> roots) throws IOException {
    return layer(roots, false);
  }

  private static ModuleLayer layer(Set<String> roots, boolean testFrameworks) throws IOException {
    ModuleFinder finder = ModuleFinder.of(modulePath(testFrameworks).toArray(Path[]::new));
    Configuration cf =
        ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), roots);
    return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  private static final Set<String> ROOTS =
      Set.of(
          "io.crmkit.core",
          "io.crmkit.segmentation",
          "io.crmkit.lifecycle",
          "io.crmkit.loyalty",
          "io.crmkit.marketing",
          "io.crmkit.sales",
          "io.crmkit.service",
          "io.crmkit.identity",
          "io.crmkit.report");

  @Test
  void the_library_modules_resolve_and_hide_their_internals() throws Exception {
    ModuleLayer layer = layer(ROOTS);
    Set<String> names = new TreeSet<>();
    layer.modules().forEach(m -> names.add(m.getName()));
    assertThat(names).containsAll(ROOTS);
    Module lifecycle = layer.findModule("io.crmkit.lifecycle").orElseThrow();
    assertThat(lifecycle.isExported("io.crmkit.lifecycle.model")).isTrue();
    assertThat(lifecycle.getPackages()).contains("io.crmkit.lifecycle.internal.stage");
    assertThat(lifecycle.isExported("io.crmkit.lifecycle.internal.stage")).isFalse();
    Module report = layer.findModule("io.crmkit.report").orElseThrow();
    assertThat(report.isExported("io.crmkit.report")).isTrue();
    assertThat(report.getDescriptor().requires())
        .extracting(java.lang.module.ModuleDescriptor.Requires::name)
        .contains("java.desktop", "io.crmkit.lifecycle");
    Module loyalty = layer.findModule("io.crmkit.loyalty").orElseThrow();
    assertThat(loyalty.getPackages()).contains("io.crmkit.loyalty.internal");
    assertThat(loyalty.isExported("io.crmkit.loyalty.internal")).isFalse();
  }

  @Test
  void the_test_support_resolves_with_the_libraries_whose_contracts_it_holds() throws Exception {
    Set<String> roots =
        Set.of(
            "io.crmkit.testing",
            "io.crmkit.lifecycle",
            "io.crmkit.loyalty",
            "io.crmkit.sales",
            "io.crmkit.marketing");
    ModuleLayer layer = layer(roots, true);
    Module testing = layer.findModule("io.crmkit.testing").orElseThrow();
    Module core = layer.findModule("io.crmkit.testing.core").orElseThrow();
    assertThat(testing.getPackages())
        .containsExactlyInAnyOrder(
            "io.crmkit.testing.lifecycle",
            "io.crmkit.testing.loyalty",
            "io.crmkit.testing.sales",
            "io.crmkit.testing.marketing");
    assertThat(testing.getPackages())
        .allSatisfy(pkg -> assertThat(testing.isExported(pkg)).isTrue());
    assertThat(core.isExported("io.crmkit.testing")).isTrue();
    assertThat(core.isExported("io.crmkit.testing.core")).isTrue();
    // the other libraries are static dependencies: a user of one contract needs only its library
    assertThat(testing.getDescriptor().requires())
        .filteredOn(
            r -> r.name().startsWith("io.crmkit.") && !r.name().equals("io.crmkit.testing.core"))
        .allSatisfy(
            r ->
                assertThat(r.modifiers())
                    .contains(java.lang.module.ModuleDescriptor.Requires.Modifier.STATIC));
    // every contract loads in the layer, with the library it names
    ClassLoader loader = layer.findLoader("io.crmkit.testing");
    for (String contract :
        List.of(
            "io.crmkit.testing.lifecycle.ChurnScorerContract",
            "io.crmkit.testing.lifecycle.RetentionCurveContract",
            "io.crmkit.testing.lifecycle.LifecycleRepositoryContract",
            "io.crmkit.testing.loyalty.LoyaltyAccountRepositoryContract",
            "io.crmkit.testing.sales.PoolRepositoryContract",
            "io.crmkit.testing.marketing.RecommenderContract",
            "io.crmkit.testing.core.CustomerRepositoryContract")) {
      Class<?> c = Class.forName(contract, true, loader);
      assertThat(c.getModule().getName()).startsWith("io.crmkit.testing");
      assertThat(java.lang.reflect.Modifier.isAbstract(c.getModifiers())).isTrue();
      assertThat(c.getSuperclass()).isEqualTo(Object.class);
      // links every signature: the library types the contract names resolve in the layer
      assertThat(c.getDeclaredMethods()).isNotEmpty();
    }
  }

  @Test
  void json_round_trips_inside_the_module_layer() throws Exception {
    ModuleLayer layer = layer(ROOTS);
    ClassLoader loader = layer.findLoader("io.crmkit.core");
    Class<?> money = Class.forName("io.crmkit.core.money.Money", true, loader);
    assertThat(money.getModule().getName()).isEqualTo("io.crmkit.core");
    Object amount = money.getMethod("of", String.class, String.class).invoke(null, "12.30", "EUR");
    Class<?> jackson = Class.forName("io.crmkit.core.json.CrmJackson", true, loader);
    Object mapper = jackson.getMethod("newMapper").invoke(null);
    String json =
        (String)
            mapper.getClass().getMethod("writeValueAsString", Object.class).invoke(mapper, amount);
    assertThat(json).contains("12.30").contains("EUR");
    Object back =
        mapper
            .getClass()
            .getMethod("readValue", String.class, Class.class)
            .invoke(mapper, json, money);
    assertThat(back).isEqualTo(amount);
    @SuppressWarnings("unchecked")
    java.util.List<Object> modules =
        (java.util.List<Object>) jackson.getMethod("modules").invoke(null);
    assertThat(modules)
        .extracting(m -> m.getClass().getName())
        .contains(
            "io.crmkit.core.json.CoreJsonModule",
                "io.crmkit.segmentation.json.SegmentationJsonModule",
            "io.crmkit.lifecycle.json.LifecycleJsonModule",
                "io.crmkit.loyalty.json.LoyaltyJsonModule");
  }
}
