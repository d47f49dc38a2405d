package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.data.Datasets;
import io.crmkit.jdbc.testing.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCommandTest {

  private static final String SECRET = "s3cr3t-Passw0rd!";
  private static String url;

  @BeforeAll
  static void database() {
    EmbeddedPostgresServer pg = EmbeddedPostgresServer.get();
    url = pg.jdbcUrl(pg.newDatabase("cli"));
  }

  @AfterEach
  void restoreEnvironment() {
    DbCommand.environment = System::getenv;
  }

  private static void passwordInEnvironment(String variable) {
    UnaryOperator<String> env = name -> name.equals(variable) ? SECRET : null;
    DbCommand.environment = env;
  }

  @Test
  void migrate_import_and_summary_print_what_crm_summary_prints_for_the_file(@TempDir Path dir) {
    passwordInEnvironment("CRM_DB_PASSWORD");
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    String[] db = {"--url", url, "--user", EmbeddedPostgresServer.SUPERUSER, "--schema", "cli_a"};
    CliTestSupport.Result migrate = crm(concat(new String[] {"db", "migrate"}, db));
    assertThat(migrate.exitCode()).as(migrate.err()).isZero();
    assertThat(migrate.err()).contains("2 migrations applied");
    CliTestSupport.Result load =
        crm(
            concat(
                concat(new String[] {"db", "import"}, db),
                new String[] {"--transactions", sample.toString(), "--layout", "cdnow-sample"}));
    assertThat(load.exitCode()).as(load.err()).isZero();
    assertThat(load.err()).contains("6919 rows copied");
    String[] period = {"--calibration-end", "1997-09-30", "--observation-end", "1998-06-30"};
    CliTestSupport.Result fromDb = crm(concat(concat(new String[] {"db", "summary"}, db), period));
    CliTestSupport.Result fromFile =
        crm(
            concat(
                new String[] {
                  "summary", "--transactions", sample.toString(), "--layout", "cdnow-sample"
                },
                period));
    assertThat(fromDb.exitCode()).as(fromDb.err()).isZero();
    assertThat(fromDb.out()).isEqualTo(fromFile.out());
    assertThat(fromDb.out().lines()).hasSize(2358);
    CliTestSupport.Result grouped =
        crm(concat(concat(new String[] {"db", "summary", "--in-database"}, db), period));
    assertThat(grouped.exitCode()).as(grouped.err()).isZero();
    // grouped in SQL, sums run in another order: the same figures to 1e-9, not always the same last
    // digit
    java.util.List<String> expectedLines = fromFile.out().lines().toList();
    java.util.List<String> groupedLines = grouped.out().lines().toList();
    assertThat(groupedLines).hasSameSizeAs(expectedLines);
    assertThat(groupedLines.get(0)).isEqualTo(expectedLines.get(0));
    for (int i = 1; i < expectedLines.size(); i++) {
      String[] want = expectedLines.get(i).split(",", -1);
      String[] got = groupedLines.get(i).split(",", -1);
      assertThat(got[0]).isEqualTo(want[0]);
      for (int col = 1; col < want.length; col++) {
        assertThat(Double.parseDouble(got[col]))
            .as("line %d column %d", i, col)
            .isCloseTo(Double.parseDouble(want[col]), org.assertj.core.api.Assertions.within(1e-9));
      }
    }
    for (CliTestSupport.Result r : new CliTestSupport.Result[] {migrate, load, fromDb}) {
      assertThat(r.out() + r.err()).doesNotContain(SECRET);
    }
  }

  @Test
  void analysis_commands_read_the_imported_rows_with_jdbc_instead_of_a_file(@TempDir Path dir) {
    passwordInEnvironment("CRM_DB_PASSWORD");
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    String[] db = {
      "--url", url, "--user", EmbeddedPostgresServer.SUPERUSER, "--schema", "cli_jdbc"
    };
    assertThat(crm(concat(new String[] {"db", "migrate"}, db)).exitCode()).isZero();
    assertThat(
            crm(concat(
                    concat(new String[] {"db", "import"}, db),
                    new String[] {"--transactions", sample.toString(), "--layout", "cdnow-sample"}))
                .exitCode())
        .isZero();
    String jdbc = url + "?user=" + EmbeddedPostgresServer.SUPERUSER;
    for (String format : new String[] {"--unit=weeks", "--json"}) {
      CliTestSupport.Result fromDb =
          crm(
              "summary",
              "--jdbc",
              jdbc,
              "--jdbc-schema",
              "cli_jdbc",
              "--calibration-end",
              "1997-09-30",
              format);
      CliTestSupport.Result fromFile =
          crm(
              "summary",
              "--transactions",
              sample.toString(),
              "--layout",
              "cdnow-sample",
              "--calibration-end",
              "1997-09-30",
              format);
      assertThat(fromDb.exitCode()).as(format + ": " + fromDb.err()).isZero();
      assertThat(fromDb.out()).as(format).isEqualTo(fromFile.out());
    }
    CliTestSupport.Result neither = crm("summary", "--calibration-end", "1997-09-30");
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("--transactions FILE (or --jdbc JDBC_URL) is required");
  }

  @Test
  void a_connection_failure_names_the_problem_but_never_the_password() {
    passwordInEnvironment("MY_PW");
    String missing = url.substring(0, url.lastIndexOf('/') + 1) + "no_such_database";
    CliTestSupport.Result r =
        crm("db", "migrate", "--url", missing, "--user", "postgres", "--password-env", "MY_PW");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("no_such_database").doesNotContain(SECRET);
  }

  @Test
  void a_url_carrying_a_password_is_refused_without_echoing_it() {
    CliTestSupport.Result r =
        crm("db", "migrate", "--url", url + "?password=" + SECRET, "--user", "postgres");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--url must not carry a password").doesNotContain(SECRET);
  }

  @Test
  void db_and_its_subcommands_have_help() {
    for (String sub : new String[] {"migrate", "import", "summary"}) {
      CliTestSupport.Result r = crm("db", sub, "--help");
      assertThat(r.exitCode()).as(sub).isZero();
      assertThat(r.out()).contains("Usage: crm db " + sub).contains("--password-env");
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
