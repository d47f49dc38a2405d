package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.jdbc.testing.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code crm} command in the code blocks of the READMEs (the root README, examples/README and
 * the module READMEs) runs as written, in-process through the picocli entry point, with the working
 * directory the text gives: a block starts at the repository root (mirrored in a temp dir with the
 * shipped data files); {@code cd}, {@code mkdir -p}, {@code cp}, {@code export PATH} and {@code
 * NAME=value} lines are followed; {@code mvn} lines of the root and examples READMEs (the set-up a
 * new user follows) are checked to build through the reactor ({@code -pl} with {@code -am}), not
 * run. {@code crm db} commands (and {@code --jdbc} inputs) run against a fresh database of an
 * embedded PostgreSQL per block, with the README's {@code --user} created there and the password
 * from the block's {@code export} line. Outputs must not land in {@code src/main/resources} (they
 * would ship inside crm.jar).
 */
class ReadmeCommandsTest {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final String DATA = "examples/src/main/resources/io/crmkit/examples/data";

  @TempDir Path repo;

  record Block(String readme, int line, List<String> commands) {}

  static List<Path> readmes() throws IOException {
    List<Path> out =
        new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("examples/README.md")));
    try (DirectoryStream<Path> modules = Files.newDirectoryStream(ROOT, "crm-*")) {
      for (Path m : modules) {
        if (Files.isRegularFile(m.resolve("README.md"))) {
          out.add(m.resolve("README.md"));
        }
      }
    }
    return out;
  }

  /**
   * The shell lines of the indented and fenced (non-Java) code blocks, continuations joined,
   * comments cut.
   */
  static List<Block> blocks(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme);
    List<Block> out = new ArrayList<>();
    List<String> current = null;
    int start = 0;
    boolean fenced = false;
    boolean skipFence = false;
    boolean previousBlank = true;
    for (int i = 0; i <= lines.size(); i++) {
      String l = i < lines.size() ? lines.get(i) : "";
      if (l.strip().startsWith("```")) {
        if (!fenced) {
          fenced = true;
          String lang = l.strip().substring(3).trim();
          skipFence = lang.equals("java") || lang.equals("json");
          current = new ArrayList<>();
          start = i + 2;
        } else {
          fenced = false;
          if (!skipFence) {
            out.add(new Block(ROOT.relativize(readme).toString(), start, join(current)));
          }
          current = null;
        }
        continue;
      }
      if (fenced) {
        current.add(l.strip());
        continue;
      }
      boolean code = l.startsWith("    ") && !l.isBlank();
      if (code && current == null && previousBlank) {
        current = new ArrayList<>();
        start = i + 1;
      }
      if (code && current != null) {
        current.add(l.strip());
      } else if (!l.isBlank() && current != null) {
        out.add(new Block(ROOT.relativize(readme).toString(), start, join(current)));
        current = null;
      }
      previousBlank = l.isBlank();
    }
    return out;
  }

  static List<String> join(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      String s = l;
      if (s.endsWith("\\")) {
        sb.append(s, 0, s.length() - 1).append(' ');
        continue;
      }
      sb.append(s);
      String full = sb.toString().replaceAll("\\s+#.*$", "").strip();
      sb.setLength(0);
      for (String part : full.split("\\s*&&\\s*", -1)) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  @Test
  void every_readme_command_block_runs_as_written_from_where_the_text_says() throws IOException {
    mirror();
    Set<String> resourcesBefore = files(repo.resolve("examples/src/main/resources"));
    List<String> failures = new ArrayList<>();
    int ran = 0;
    for (Path readme : readmes()) {
      for (Block block : blocks(readme)) {
        Path cwd = repo;
        boolean onPath = false;
        Map<String, String> vars = new HashMap<>();
        for (String raw : block.commands()) {
          String cmd = expand(raw, vars);
          String where = block.readme() + " block at line " + block.line() + ": " + raw;
          List<String> words = List.of(cmd.split("\\s+"));
          String first = words.get(0);
          if (first.equals("mvn")) {
            boolean userFacing =
                block.readme().equals("README.md") || block.readme().equals("examples/README.md");
            if (userFacing && cmd.contains(" -pl ") && !words.contains("-am")) {
              failures.add(where + ": -pl without -am builds against stale modules from ~/.m2");
            }
          } else if (first.equals("cd")) {
            cwd = cwd.resolve(words.get(1)).normalize();
            if (!Files.isDirectory(cwd)) {
              failures.add(where + ": no directory " + repo.relativize(cwd));
            }
          } else if (first.equals("mkdir")) {
            Files.createDirectories(cwd.resolve(words.get(words.size() - 1)));
          } else if (first.equals("cp")) {
            copy(cwd, words.subList(1, words.size()), where, failures);
          } else if (first.equals("export") && cmd.contains("examples/bin")) {
            onPath = true;
          } else if (first.equals("export")) {
            for (String w : words.subList(1, words.size())) {
              if (w.matches("[A-Z_]+=.*")) {
                String name = w.substring(0, w.indexOf('='));
                String value = w.substring(w.indexOf('=') + 1).replace("'", "");
                vars.put(name, value);
                exported.put(name, value);
              }
            }
          } else if (first.matches("[A-Z_]+=.*")) {
            vars.put(
                first.substring(0, first.indexOf('=')), first.substring(first.indexOf('=') + 1));
          } else if (first.equals("crm") || first.endsWith("bin/crm")) {
            if (first.equals("crm") && !onPath) {
              failures.add(
                  where
                      + ": crm is not on the PATH here (use examples/bin/crm, or export PATH first)");
              continue;
            }
            if (!first.equals("crm") && !Files.exists(cwd.resolve(first))) {
              failures.add(where + ": there is no " + first + " in " + display(cwd));
              continue;
            }
            ran++;
            List<String> args = words.subList(1, words.size());
            if (args.contains("db") || args.contains("--jdbc")) {
              args = onEmbeddedDatabase(args, block);
            }
            String problem = run(cwd, args);
            if (problem != null) {
              failures.add(where + " (in " + display(cwd) + "): " + problem);
            }
          }
        }
      }
    }
    Set<String> added = files(repo.resolve("examples/src/main/resources"));
    added.removeAll(resourcesBefore);
    assertThat(failures).isEmpty();
    assertThat(added)
        .as(
            "files the documented commands wrote into src/main/resources (they would ship in crm.jar)")
        .isEmpty();
    assertThat(ran).as("crm commands found in the READMEs").isGreaterThanOrEqualTo(10);
  }

  /**
   * The variables that {@code export} lines of the READMEs set: {@code crm db} reads its password
   * from them.
   */
  final Map<String, String> exported = new HashMap<>();

  /** The database each README block's {@code crm db} commands use: a fresh one per block. */
  final Map<Block, String> databases = new HashMap<>();

  @AfterEach
  void restoreEnvironment() {
    DbCommand.environment = System::getenv;
  }

  /**
   * The command with its {@code --url} (and {@code --jdbc}) pointed at a fresh database of the
   * embedded PostgreSQL server, the README's {@code --user} created there; everything else as
   * written.
   */
  List<String> onEmbeddedDatabase(List<String> args, Block block) {
    EmbeddedPostgresServer pg = EmbeddedPostgresServer.get();
    String db = databases.computeIfAbsent(block, b -> pg.newDatabase("readme"));
    DbCommand.environment = exported::get;
    List<String> out = new ArrayList<>(args);
    for (int i = 0; i + 1 < out.size(); i++) {
      if (out.get(i).equals("--user")) {
        createRole(pg, out.get(i + 1));
      }
    }
    for (int i = 0; i + 1 < out.size(); i++) {
      if (out.get(i).equals("--url")) {
        out.set(i + 1, pg.jdbcUrl(db));
      } else if (out.get(i).equals("--jdbc")) {
        String v = out.get(i + 1);
        int q = v.indexOf('?');
        out.set(i + 1, pg.jdbcUrl(db) + (q < 0 ? "" : v.substring(q)));
      }
    }
    return out;
  }

  static void createRole(EmbeddedPostgresServer pg, String role) {
    if (!role.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("README user must be a plain role name but was: " + role);
    }
    try (Connection c =
            DriverManager.getConnection(
                pg.jdbcUrl("postgres"), EmbeddedPostgresServer.SUPERUSER, "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
      if (!rs.next()) {
        st.execute("CREATE ROLE " + role + " LOGIN SUPERUSER");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create role " + role, e);
    }
  }

  String display(Path cwd) {
    String r = repo.relativize(cwd).toString();
    return r.isEmpty() ? "the repository root" : r;
  }

  static String expand(String cmd, Map<String, String> vars) {
    String s = cmd;
    for (var e : vars.entrySet()) {
      s = s.replace("$" + e.getKey(), e.getValue()).replace("${" + e.getKey() + "}", e.getValue());
    }
    return s.replace("\"", "");
  }

  void copy(Path cwd, List<String> args, String where, List<String> failures) throws IOException {
    Path target = cwd.resolve(args.get(args.size() - 1));
    for (String src : args.subList(0, args.size() - 1)) {
      if (src.startsWith("-")) {
        continue;
      }
      if (src.endsWith("/*")) {
        Path dir = cwd.resolve(src.substring(0, src.length() - 2));
        if (!Files.isDirectory(dir)) {
          failures.add(where + ": no directory " + src);
          continue;
        }
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.toList()) {
            Files.copy(
                f, target.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      } else {
        Path f = cwd.resolve(src);
        Files.copy(
            f,
            Files.isDirectory(target) ? target.resolve(f.getFileName().toString()) : target,
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  static final Set<String> OUTPUTS = Set.of("--out", "--report", "--rejected");

  /**
   * Runs one command with relative paths resolved in {@code cwd}; the problem, or null when it
   * exits 0.
   */
  static String run(Path cwd, List<String> args) {
    List<String> resolved = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      boolean output = i > 0 && OUTPUTS.contains(args.get(i - 1));
      if (!a.startsWith("-") && (output || (Files.exists(cwd.resolve(a)) && a.contains(".")))) {
        a = cwd.resolve(a).toString();
      }
      resolved.add(a);
    }
    if (!args.isEmpty() && args.get(0).equals("demo") && !args.contains("--report")) {
      resolved.add("--report");
      resolved.add(cwd.resolve("crm-demo-report.html").toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        CrmCommand.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            resolved.toArray(String[]::new));
    return code == 0 ? null : "exit " + code + ": " + err.toString().lines().findFirst().orElse("");
  }

  void mirror() throws IOException {
    Path data = Files.createDirectories(repo.resolve(DATA));
    try (Stream<Path> files = Files.list(ROOT.resolve(DATA))) {
      for (Path f : files.toList()) {
        Files.copy(f, data.resolve(f.getFileName().toString()));
      }
    }
    Path bin = Files.createDirectories(repo.resolve("examples/bin"));
    Files.copy(ROOT.resolve("examples/bin/crm"), bin.resolve("crm"));
  }

  static Set<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return new TreeSet<>(
          s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).toList());
    }
  }

  @Test
  void maven_commands_in_the_user_facing_readmes_build_through_the_reactor() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String readme : List.of("README.md", "examples/README.md")) {
      List<String> lines = Files.readAllLines(ROOT.resolve(readme));
      for (int i = 0; i < lines.size(); i++) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("`(mvn [^`]*)`").matcher(lines.get(i));
        while (m.find()) {
          List<String> words = List.of(m.group(1).split("\\s+"));
          if (words.contains("-pl") && !words.contains("-am")) {
            failures.add(readme + " line " + (i + 1) + ": `" + m.group(1) + "` needs -am");
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void the_block_parser_finds_the_documented_session() throws IOException {
    List<String> commands = new ArrayList<>();
    for (Block b : blocks(ROOT.resolve("examples/README.md"))) {
      commands.addAll(b.commands());
    }
    assertThat(commands)
        .anyMatch(c -> c.startsWith("crm clv --model bgnbd.json --spend-model gg.json"));
    assertThat(commands).noneMatch(c -> c.endsWith("\\"));
  }
}
