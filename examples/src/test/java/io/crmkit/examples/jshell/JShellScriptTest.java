package io.crmkit.examples.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs the JShell start-up script and the README's walk-through non-interactively, with the test
 * class path, so that neither can rot: every snippet must be valid and none may throw.
 */
class JShellScriptTest {

  /**
   * crm-testing (contract tests and arbitraries, on this test class path only) is test support, not
   * on the JShell start-up's class path: its packages need JUnit, AssertJ and jqwik.
   */
  private static final String TEST_SUPPORT = "io.crmkit.testing";

  static List<String> run(String... scripts) throws IOException {
    List<String> values = new ArrayList<>();
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      for (String entry :
          System.getProperty("java.class.path").split(java.io.File.pathSeparator, -1)) {
        shell.addToClasspath(entry);
      }
      for (String script : scripts) {
        String source = Files.readString(Path.of(script), StandardCharsets.UTF_8);
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = source;
        while (!remaining.isBlank()) {
          SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
          String snippet = info.source();
          if (snippet == null || snippet.isBlank()) {
            break;
          }
          for (SnippetEvent e : shell.eval(snippet)) {
            assertThat(e.status())
                .as("status of snippet in %s: %s", script, snippet)
                .isNotEqualTo(Snippet.Status.REJECTED);
            assertThat(e.exception())
                .as("exception of snippet in %s: %s", script, snippet)
                .isNull();
            if (e.value() != null) {
              values.add(e.value());
            }
          }
          remaining = info.remaining();
        }
      }
    }
    return values;
  }

  @Test
  void startup_script_imports_every_public_package() throws IOException {
    run("jshell/crm.jsh");
  }

  @Test
  void walkthrough_runs_on_the_shipped_data() throws IOException {
    List<String> values = run("jshell/crm.jsh", "jshell/walkthrough.jsh");
    String all = String.join("\n", values);
    assertThat(all)
        .contains("CustomerSummaries[2357 customers")
        .contains("Champions")
        .contains("total 12-month CLV: $")
        .contains("\\\"model\\\" : \\\"bgnbd\\\"")
        .contains("ReportPage[CDNOW in JShell, 2 sections, 2 charts]")
        .contains("1998-06: issued ")
        .contains("AssociationRules[")
        .contains("your usual, 1 day overdue")
        .contains("bought together with ")
        .contains("item-kNN cosine");
  }

  /** The packages of the class files in the jar or directory holding {@code moduleInfo}. */
  private static Set<String> packagesBeside(URL moduleInfo) {
    Set<String> packages = new TreeSet<>();
    try {
      URLConnection connection = moduleInfo.openConnection();
      if (connection instanceof JarURLConnection jar) {
        jar.setUseCaches(false); // a file of its own: closing it must not close the class loader's
        try (JarFile file = jar.getJarFile()) {
          file.stream().map(JarEntry::getName).forEach(name -> addPackage(packages, name));
        }
      } else {
        Path root = Path.of(moduleInfo.toURI()).getParent();
        try (Stream<Path> files = Files.walk(root)) {
          files.forEach(
              f -> addPackage(packages, root.relativize(f).toString().replace('\\', '/')));
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the packages beside " + moduleInfo, e);
    }
    return packages;
  }

  private static void addPackage(Set<String> packages, String entry) {
    int slash = entry.lastIndexOf('/');
    if (entry.endsWith(".class") && slash > 0 && !entry.startsWith("META-INF/")) {
      packages.add(entry.substring(0, slash).replace('/', '.'));
    }
  }

  @Test
  void startup_script_imports_exactly_the_exported_packages_of_every_crmkit_module()
      throws IOException {
    TreeMap<String, Set<String>> exported = new TreeMap<>();
    Set<String> hidden = new TreeSet<>();
    for (URL url :
        Collections.list(getClass().getClassLoader().getResources("module-info.class"))) {
      ModuleDescriptor descriptor;
      try (InputStream in = url.openStream()) {
        // a module-info.class in target/classes (mvn test) has no ModulePackages attribute: list
        // the packages of its location, as the jar tool does
        descriptor = ModuleDescriptor.read(in, () -> packagesBeside(url));
      }
      if (!descriptor.name().startsWith("io.crmkit.")
          || descriptor.name().startsWith(TEST_SUPPORT)) {
        continue;
      }
      Set<String> packages = new TreeSet<>();
      for (ModuleDescriptor.Exports e : descriptor.exports()) {
        if (!e.isQualified()) {
          packages.add(e.source());
        }
      }
      exported.put(descriptor.name(), packages);
      Set<String> inside = new TreeSet<>(descriptor.packages());
      inside.removeAll(packages);
      hidden.addAll(inside);
    }
    assertThat(exported)
        .as("crmkit module descriptors on the class path")
        .containsKeys(
            "io.crmkit.core",
            "io.crmkit.segmentation",
            "io.crmkit.lifecycle",
            "io.crmkit.loyalty",
            "io.crmkit.marketing",
            "io.crmkit.sales",
            "io.crmkit.service",
            "io.crmkit.identity");
    Set<String> imported = new TreeSet<>();
    Matcher m =
        Pattern.compile("(?m)^import ([\\w.]+)\\.\\*;")
            .matcher(Files.readString(Path.of("jshell/crm.jsh"), StandardCharsets.UTF_8));
    while (m.find()) {
      imported.add(m.group(1));
    }
    exported.forEach(
        (module, packages) ->
            assertThat(imported)
                .as("crm.jsh imports the packages exported by %s", module)
                .containsAll(packages));
    assertThat(hidden).as("packages the modules keep inside (internal, ...)").isNotEmpty();
    assertThat(imported)
        .as("crm.jsh imports no package a module keeps inside")
        .doesNotContainAnyElementsOf(hidden);
  }
}
