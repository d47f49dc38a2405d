package io.crmkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type (top-level or nested) in the main sources of a library module ({@code crm-*})
 * says in its Javadoc since which version it exists ({@code @since 0.1}): a source scan, since the
 * tag is not in the class files. The examples and benchmarks are not published and are left out.
 */
class SinceTagTest {

  private static final Pattern DECLARATION =
      Pattern.compile(
          "(?m)^[ \\t]*public\\s+(?:(?:static|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
              + "(?:class|interface|enum|record|@interface)\\s+(\\w+)");

  /** The repository root: the architecture module's parent directory. */
  private static final Path ROOT = Path.of("..");

  static List<Path> librarySources() throws IOException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module :
          modules.filter(m -> m.getFileName().toString().startsWith("crm-")).sorted().toList()) {
        Path main = module.resolve("src/main/java");
        if (!Files.isDirectory(main)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(main)) {
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.getFileName().toString().equals("module-info.java"))
              .filter(f -> !f.getFileName().toString().equals("package-info.java"))
              .sorted()
              .forEach(sources::add);
        }
      }
    }
    return sources;
  }

  /**
   * The public types of {@code source} whose Javadoc has no {@code @since}: the comment must end
   * right before the declaration, with nothing but annotations in between.
   */
  static List<String> withoutSince(String source) {
    List<String> missing = new ArrayList<>();
    Matcher m = DECLARATION.matcher(source);
    while (m.find()) {
      int end = source.lastIndexOf("*/", m.start());
      int start = end < 0 ? -1 : source.lastIndexOf("/**", end);
      String between = end < 0 ? "" : source.substring(end + 2, m.start()).strip();
      boolean documented =
          start >= 0 && !between.contains(";") && (between.isEmpty() || between.startsWith("@"));
      if (!documented || !source.substring(start, end).contains("@since")) {
        missing.add(m.group(1));
      }
    }
    return missing;
  }

  @Test
  void every_public_type_of_a_library_module_has_a_since_tag() throws IOException {
    List<Path> sources = librarySources();
    assertThat(sources)
        .as("library sources found from %s", ROOT.toAbsolutePath())
        .hasSizeGreaterThan(400);
    List<String> missing = new ArrayList<>();
    for (Path f : sources) {
      for (String type : withoutSince(Files.readString(f, StandardCharsets.UTF_8))) {
        missing.add(ROOT.relativize(f) + ": " + type);
      }
    }
    assertThat(missing).as("public types without @since").isEmpty();
  }

  @Test
  void the_scan_sees_a_missing_tag_and_looks_past_annotations() {
    String tagged =
        "/**\n * A.\n *\n * @since 0.1\n */\n@Deprecated(since = \"x\")\npublic final class A {";
    String untagged =
        "/** B. */\npublic record B(int x) {\n  /** C. */\n  public enum C { ONE }\n}";
    String undocumented = "import x.Y;\n\npublic interface D {}";
    assertThat(withoutSince(tagged)).isEmpty();
    assertThat(withoutSince(untagged)).containsExactly("B", "C");
    assertThat(withoutSince(undocumented)).containsExactly("D");
  }
}
