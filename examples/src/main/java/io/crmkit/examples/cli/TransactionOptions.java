package io.crmkit.examples.cli;

import io.crmkit.core.io.AmountFormat;
import io.crmkit.core.io.Column;
import io.crmkit.core.io.ImportException;
import io.crmkit.core.io.ImportLimits;
import io.crmkit.core.io.ImportReport;
import io.crmkit.core.io.ImportResult;
import io.crmkit.core.io.Inputs;
import io.crmkit.core.io.NegativeAmounts;
import io.crmkit.core.io.RejectedRow;
import io.crmkit.core.io.TimestampFormat;
import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.io.TransactionParquetReader;
import io.crmkit.core.summary.TransactionColumns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that say where the transactions are and how the file is laid out: {@code --layout
 * csv} (columns {@code customer_id,timestamp,amount} by default, each renamed with a column option;
 * with {@code --no-header} positions 1, 2 and 3), {@code cdnow-sample} or {@code cdnow-master}. A
 * column is given by its header name or by its 1-based position. Also how amounts are written
 * ({@code --amount-format}), what a negative amount means ({@code --negative-amounts}) and what a
 * bad row does ({@code --on-error}, {@code --rejected}).
 */
final class TransactionOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--transactions",
      paramLabel = "FILE",
      description =
          "The transactions file (Apache Parquet when its name ends with .parquet), or --jdbc.")
  Path file;

  @Option(
      names = "--jdbc",
      paramLabel = "JDBC_URL",
      description =
          "Instead of a file: the transactions loaded by "
              + "'crm db import' into this PostgreSQL database (user in the URL, password in CRM_DB_PASSWORD).")
  Optional<String> jdbc = Optional.empty();

  @Option(
      names = "--jdbc-schema",
      paramLabel = "SCHEMA",
      defaultValue = "crm",
      description = "Schema with --jdbc; default crm.")
  String jdbcSchema;

  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      defaultValue = "csv",
      description = "csv (default), cdnow-sample or cdnow-master.")
  String layout;

  @Option(
      names = "--customer-column",
      paramLabel = "COLUMN",
      description = "Customer id column (name or 1-based position); default customer_id.")
  Optional<String> customerColumn = Optional.empty();

  @Option(
      names = {"--timestamp-column", "--date-column"},
      paramLabel = "COLUMN",
      description = "Timestamp column; default timestamp.")
  Optional<String> timestampColumn = Optional.empty();

  @Option(
      names = "--amount-column",
      paramLabel = "COLUMN",
      description = "Amount column; default amount.")
  Optional<String> amountColumn = Optional.empty();

  @Option(
      names = "--currency-column",
      paramLabel = "COLUMN",
      description = "Currency column (ISO 4217 codes); default: none.")
  Optional<String> currencyColumn = Optional.empty();

  @Option(
      names = "--kind-column",
      paramLabel = "COLUMN",
      description = "Column with purchase or refund; default: none (all purchases).")
  Optional<String> kindColumn = Optional.empty();

  @Option(
      names = "--id-column",
      paramLabel = "COLUMN",
      description = "Transaction (order) id column; default: none (ids L<line>).")
  Optional<String> idColumn = Optional.empty();

  @Option(
      names = "--refund-of-column",
      paramLabel = "COLUMN",
      description =
          "Column with the id of the transaction a refund refunds (with --kind-column or --negative-amounts refund).")
  Optional<String> refundOfColumn = Optional.empty();

  @Option(
      names = "--negative-amounts",
      paramLabel = "MEANING",
      defaultValue = "refuse",
      description =
          "refuse (default: a negative amount is a bad row) or refund: a negative line is a refund of its "
              + "absolute value, of the order in --refund-of-column, else of the customer's latest earlier purchase in the file.")
  String negativeAmounts;

  @Option(
      names = "--amount-format",
      paramLabel = "FORMAT",
      defaultValue = "plain",
      description =
          "plain (default: 1234.50) or a locale such as en-US ($1,234.50), de-DE (1.234,50 EUR), fr-FR "
              + "(1 234,50): currency symbols, codes and grouping allowed.")
  String amountFormat;

  @Option(
      names = "--on-error",
      paramLabel = "ACTION",
      defaultValue = "fail",
      description =
          "fail (default: stop at the first bad row) or skip: import the good rows, report the bad ones.")
  String onError;

  @Option(
      names = "--rejected",
      paramLabel = "FILE",
      description =
          "With --on-error skip: write the rejected rows (line,column,value,reason,raw) to FILE.")
  Optional<Path> rejectedFile = Optional.empty();

  @Option(
      names = "--max-field-length",
      paramLabel = "CHARS",
      description = "Longest field accepted (default 4096 characters; amounts 64).")
  Optional<Integer> maxFieldLength = Optional.empty();

  @Option(
      names = "--timestamp-format",
      paramLabel = "FORMAT",
      description =
          "iso-instant (default), epoch-seconds, epoch-millis, or a date pattern such as yyyy-MM-dd (with HH:mm for date-times).")
  Optional<String> timestampFormat = Optional.empty();

  @Option(
      names = "--separator",
      paramLabel = "CHAR",
      description = "Field separator; default comma.")
  Optional<Character> separator = Optional.empty();

  @Option(names = "--no-header", description = "The file has no header line (columns by position).")
  boolean noHeader;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "UTC",
      description = "Time zone of local dates; default UTC.")
  ZoneId zone;

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      description = "Currency of the amounts without a currency column; default USD.")
  Optional<String> currency = Optional.empty();

  /** The format these options describe. */
  TransactionCsvFormat format() {
    String l = layout.toLowerCase(Locale.ROOT);
    TransactionCsvFormat.Builder b;
    switch (l) {
      case "csv" -> {
        b = TransactionCsvFormat.builder(zone).header(!noHeader);
        if (noHeader) {
          // without a header the default columns are the first three, in the order of the named
          // defaults
          b.customerId(Column.at(0))
              .timestamp(Column.at(1), TimestampFormat.isoInstant())
              .amount(Column.at(2));
        }
      }
      case "cdnow-sample" -> b = TransactionCsvFormat.cdnowSample().toBuilder();
      case "cdnow-master" -> b = TransactionCsvFormat.cdnowMaster().toBuilder().header(!noHeader);
      default ->
          throw new CliErrors.UsageException(
              "--layout must be csv, cdnow-sample or cdnow-master but was: '" + layout + "'");
    }
    if (noHeader) {
      for (Optional<String> c :
          java.util.List.of(
              customerColumn,
              timestampColumn,
              amountColumn,
              currencyColumn,
              kindColumn,
              idColumn,
              refundOfColumn)) {
        if (c.isPresent() && !c.get().trim().chars().allMatch(Character::isDigit)) {
          throw new CliErrors.UsageException(
              "column '"
                  + c.get()
                  + "' is a name but --no-header says the file has no header: "
                  + "give columns by 1-based position (e.g. --amount-column 3)");
        }
      }
    }
    if (!l.equals("csv") && (!zone.equals(ZoneOffset.UTC) && !zone.getId().equals("UTC"))) {
      throw new CliErrors.UsageException(
          "--zone applies to --layout csv only (the CDNOW layouts are UTC)");
    }
    customerColumn.ifPresent(c -> b.customerId(column(c, "--customer-column")));
    if (timestampColumn.isPresent() || timestampFormat.isPresent()) {
      TransactionCsvFormat current = b.build();
      b.timestamp(
          timestampColumn.map(c -> column(c, "--timestamp-column")).orElse(current.timestamp()),
          timestampFormat
              .map(TransactionOptions::timestampFormat)
              .orElse(current.timestampFormat()));
    }
    amountColumn.ifPresent(c -> b.amount(column(c, "--amount-column")));
    currencyColumn.ifPresent(c -> b.currencyColumn(column(c, "--currency-column")));
    kindColumn.ifPresent(c -> b.kind(column(c, "--kind-column")));
    idColumn.ifPresent(c -> b.transactionId(column(c, "--id-column")));
    refundOfColumn.ifPresent(c -> b.refundOf(column(c, "--refund-of-column")));
    b.negativeAmounts(
        switch (negativeAmounts.trim().toLowerCase(Locale.ROOT)) {
          case "refuse" -> NegativeAmounts.REFUSE;
          case "refund" -> NegativeAmounts.REFUND;
          default ->
              throw new CliErrors.UsageException(
                  "--negative-amounts must be refuse or refund but was: '" + negativeAmounts + "'");
        });
    b.amountFormat(amountFormat(amountFormat));
    separator.ifPresent(b::separator);
    currency.ifPresent(
        c -> {
          try {
            b.currency(Currency.getInstance(c.trim().toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            throw new CliErrors.UsageException(
                "--currency must be an ISO 4217 code such as USD but was: '" + c + "'");
          }
        });
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CliErrors.UsageException(e.getMessage());
    }
  }

  static AmountFormat amountFormat(String text) {
    String t = text.trim();
    if (t.equalsIgnoreCase("plain")) {
      return AmountFormat.plain();
    }
    Locale locale = Locale.forLanguageTag(t.replace('_', '-'));
    if (locale.getLanguage().isEmpty()
        || !java.util.Arrays.asList(Locale.getAvailableLocales()).contains(locale)) {
      throw new CliErrors.UsageException(
          "--amount-format must be plain or a locale such as en-US, de-DE or fr-FR but was: '"
              + text
              + "'");
    }
    return AmountFormat.of(locale);
  }

  /** Whether bad rows are skipped and reported rather than stopping the import. */
  boolean skipping() {
    return switch (onError.trim().toLowerCase(Locale.ROOT)) {
      case "fail" -> false;
      case "skip" -> true;
      default ->
          throw new CliErrors.UsageException(
              "--on-error must be fail or skip but was: '" + onError + "'");
    };
  }

  /** The reader of these options: format, error policy and limits. */
  TransactionCsvReader reader() {
    boolean skip = skipping();
    if (rejectedFile.isPresent() && !skip) {
      throw new CliErrors.UsageException(
          "--rejected needs --on-error skip (with --on-error fail the first bad row stops the import)");
    }
    TransactionCsvReader r = TransactionCsvReader.of(format());
    if (maxFieldLength.isPresent()) {
      try {
        r = r.withLimits(ImportLimits.defaults().withMaxFieldLength(maxFieldLength.get()));
      } catch (IllegalArgumentException e) {
        throw new CliErrors.UsageException("--max-field-length: " + e.getMessage());
      }
    }
    return skip ? r.collectingRejectedRows() : r;
  }

  private static Column column(String text, String option) {
    String t = text.trim();
    if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
      int position = Integer.parseInt(t);
      if (position < 1) {
        throw new CliErrors.UsageException(option + " positions start at 1 but was: " + t);
      }
      return Column.at(position - 1);
    }
    if (t.isEmpty()) {
      throw new CliErrors.UsageException(
          option + " must name a column or give its 1-based position");
    }
    return Column.named(t);
  }

  private static TimestampFormat timestampFormat(String text) {
    String t = text.trim();
    try {
      return switch (t.toLowerCase(Locale.ROOT)) {
        case "iso-instant" -> TimestampFormat.isoInstant();
        case "epoch-seconds" -> TimestampFormat.epochSeconds();
        case "epoch-millis" -> TimestampFormat.epochMillis();
        default ->
            t.contains("H") || t.contains("h")
                ? TimestampFormat.dateTime(t)
                : TimestampFormat.date(t);
      };
    } catch (IllegalArgumentException e) {
      throw new CliErrors.UsageException("--timestamp-format: " + e.getMessage());
    }
  }

  /**
   * Reads the file; a bad row fails with an ImportException naming file, line, column and value, or
   * with {@code --on-error skip} is reported. A file without data rows, or whose every row was
   * rejected, is a data error.
   */
  TransactionColumns read() {
    if (jdbc.isPresent()) {
      if (file != null) {
        throw new CliErrors.UsageException("give --transactions or --jdbc, not both");
      }
      return DbCommand.columns(jdbc.get(), jdbcSchema);
    }
    if (file != null && Files.isRegularFile(file) && TransactionParquetReader.isParquet(file)) {
      return checked(
          TransactionParquetReader.of(format())
              .withErrorPolicy(reader().errorPolicy())
              .readColumns(file));
    }
    if (file != null && Files.isRegularFile(file) && Files.isReadable(file)) {
      // the byte-level path: a plain file becomes columns with no object per row; any other file
      // (or the first bad row) is read by the general reader, with the same results and messages
      return checked(reader().readColumns(file));
    }
    return checked(load(r -> reader().readColumns(r, source())));
  }

  /** Reads the file as transaction objects (keeping ids, kinds and the refunded transactions). */
  java.util.List<io.crmkit.core.transaction.Transaction> readTransactions() {
    return checked(load(r -> reader().readTransactions(r, source())));
  }

  String source() {
    if (file == null) {
      return jdbc.isPresent() ? "the --jdbc database" : "(no --transactions)";
    }
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  private <T> T checked(ImportResult<T> result) {
    ImportReport report = result.report();
    PrintWriter err = mixee == null ? null : mixee.commandLine().getErr();
    if (skipping()) {
      if (rejectedFile.isPresent()) {
        writeRejected(report, rejectedFile.get());
      }
      if (err != null) {
        err.println(
            "crm: "
                + report.source()
                + ": "
                + report.imported()
                + " rows imported, "
                + report.rejected().size()
                + " rejected"
                + (report.hasRejections()
                    ? rejectedFile
                        .map(f -> " (see " + f + ")")
                        .orElse(
                            " (first: "
                                + report.rejected().get(0).describe()
                                + "; --rejected FILE lists them all)")
                    : ""));
        err.flush();
      }
    }
    if (report.dataRows() == 0) {
      throw new ImportException(
          report.source(),
          1,
          "",
          "",
          "has no data rows"
              + (format().header() ? " after its header" : "")
              + ": there are no transactions to read");
    }
    if (report.imported() == 0) {
      RejectedRow first = report.rejected().get(0);
      throw new ImportException(
          report.source(),
          first.line(),
          first.column(),
          first.value(),
          first.reason()
              + "; every one of the "
              + report.dataRows()
              + " rows was rejected, nothing was imported");
    }
    return result.value();
  }

  private static void writeRejected(ImportReport report, Path out) {
    Table t = Table.of("line", "column", "value", "reason", "raw");
    for (RejectedRow r : report.rejected()) {
      t.add(r.line(), r.column(), r.value(), r.reason(), r.rawLine());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      t.writeCsv(w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  private <T> T load(java.util.function.Function<Reader, T> reading) {
    if (file == null) {
      throw new CliErrors.UsageException(
          jdbc.isPresent()
              ? "this command reads transaction objects: it needs"
                  + " --transactions FILE, not --jdbc"
              : "--transactions FILE (or --jdbc JDBC_URL) is required");
    }
    format();
    reader();
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try (Progress progress = Progress.start("reading " + file.getFileName(), size);
        Reader r = progress.track(Inputs.open(file))) {
      return reading.apply(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
