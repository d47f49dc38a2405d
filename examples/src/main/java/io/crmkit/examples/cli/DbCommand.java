package io.crmkit.examples.cli;

import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.jdbc.CopyReport;
import io.crmkit.jdbc.CrmDatabase;
import io.crmkit.jdbc.DbSchema;
import io.crmkit.jdbc.JdbcSummaries;
import io.crmkit.jdbc.TransactionCopy;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm db}: crmkit's tables in PostgreSQL. {@code migrate} creates or upgrades them, {@code
 * import} bulk-loads a transactions file with COPY (the same rejected-row accounting as the file
 * commands), {@code summary} prints per-customer summaries computed from the loaded rows. The
 * password is read from an environment variable (never an option, never echoed); a URL that carries
 * one is refused.
 */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description =
        "crmkit in PostgreSQL: migrate the schema, import transactions with COPY, summarise them.",
    subcommands = {DbCommand.Migrate.class, DbCommand.Import.class, DbCommand.Summary.class})
final class DbCommand implements Runnable {

  /** Where passwords come from; tests replace it. */
  static UnaryOperator<String> environment = System::getenv;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: migrate, import or summary");
  }

  /**
   * The rows loaded by {@code crm db import} into the database at {@code url} (user in the URL,
   * password in {@code CRM_DB_PASSWORD}), for the analysis commands' {@code --jdbc} input.
   */
  static io.crmkit.core.summary.TransactionColumns columns(String url, String schema) {
    Connection c = new Connection();
    c.url = url;
    c.passwordVariable = "CRM_DB_PASSWORD";
    c.schema = schema;
    return JdbcSummaries.columns(c.dataSource(), c.schema());
  }

  /** The connection options of every {@code crm db} subcommand. */
  static final class Connection {

    @Option(
        names = "--url",
        paramLabel = "JDBC_URL",
        required = true,
        description =
            "The database, e.g. jdbc:postgresql://localhost:5432/crm (no password in it).")
    String url;

    @Option(
        names = "--user",
        paramLabel = "USER",
        required = true,
        description = "The database user.")
    String user;

    @Option(
        names = "--password-env",
        paramLabel = "VARIABLE",
        defaultValue = "CRM_DB_PASSWORD",
        description =
            "Environment variable holding the password; default CRM_DB_PASSWORD (unset: no password).")
    String passwordVariable;

    @Option(
        names = "--schema",
        paramLabel = "SCHEMA",
        defaultValue = "crm",
        description = "Schema of the tables; default crm.")
    String schema;

    DbSchema schema() {
      try {
        return DbSchema.of(schema);
      } catch (IllegalArgumentException e) {
        throw new CliErrors.UsageException("--schema: " + e.getMessage());
      }
    }

    PGSimpleDataSource dataSource() {
      if (!url.startsWith("jdbc:postgresql:")) {
        throw new CliErrors.UsageException(
            "--url must be a PostgreSQL JDBC URL starting with jdbc:postgresql:");
      }
      if (url.toLowerCase(Locale.ROOT).contains("password")) {
        // the value is not echoed: it may be the secret
        throw new CliErrors.UsageException(
            "--url must not carry a password: put it in the environment variable "
                + passwordVariable
                + " instead");
      }
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setUrl(url);
      if (user != null) {
        ds.setUser(user);
      }
      String password = environment.apply(passwordVariable);
      if (password != null) {
        ds.setPassword(password);
      }
      ds.setApplicationName("crmkit");
      return ds;
    }
  }

  @Command(
      name = "migrate",
      mixinStandardHelpOptions = true,
      description = "Create or upgrade crmkit's tables.")
  static final class Migrate implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin Connection db = new Connection();

    @Override
    public Integer call() {
      DbSchema schema = db.schema();
      int applied = CrmDatabase.migrate(db.dataSource(), schema);
      spec.commandLine()
          .getErr()
          .println("crm db migrate: schema " + schema + ": " + applied + " migrations applied");
      return 0;
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = "Load a transactions file into the database with COPY (all rows or none).")
  static final class Import implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin Connection db = new Connection();

    @Mixin TransactionOptions transactions = new TransactionOptions();

    @Override
    public Integer call() {
      if (transactions.file == null || transactions.jdbc.isPresent()) {
        throw new CliErrors.UsageException(
            "crm db import reads a file: give --transactions FILE (and no --jdbc)");
      }
      CopyReport r =
          TransactionCopy.load(
              db.dataSource(),
              db.schema(),
              TransactionCsvReader.of(transactions.format()),
              transactions.file);
      spec.commandLine().getErr().println("crm db import: " + r);
      return 0;
    }
  }

  @Command(
      name = "summary",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description =
          "Per-customer summaries (as crm summary prints them) of the transactions in the database.")
  static final class Summary implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin Connection db = new Connection();

    @Option(
        names = "--zone",
        paramLabel = "ZONE",
        defaultValue = "UTC",
        description = "Time zone of local dates; default UTC.")
    java.time.ZoneId zone;

    @Mixin PeriodOptions period = new PeriodOptions();

    @Option(
        names = "--in-database",
        description =
            "Group the rows by customer in PostgreSQL (one row per customer "
                + "leaves the database) instead of streaming them into crm-core's summaries; the same figures.")
    boolean inDatabase;

    @Mixin OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
      CustomerSummaries s =
          inDatabase
              ? JdbcSummaries.computedInDatabase(
                  db.dataSource(), db.schema(), period.summaryOptions(zone))
              : JdbcSummaries.of(db.dataSource(), db.schema(), period.summaryOptions(zone));
      output.emit(SummaryCommand.table(s), spec.commandLine().getOut());
      return 0;
    }
  }
}
