package io.crmkit.examples.cli;

import io.crmkit.core.io.Column;
import io.crmkit.core.io.TimestampFormat;
import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.io.TransactionParquetReader;
import io.crmkit.core.summary.TransactionColumns;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that say where the transactions are and how the file is laid out: {@code --layout
 * csv} (columns {@code customer_id,timestamp,amount} by default, each renamed with a column
 * option), {@code cdnow-sample} or {@code cdnow-master}. A column is given by its header name or
 * by its 1-based position.
 */
final class TransactionOptions {

  @Option(names = "--transactions", paramLabel = "FILE", required = true,
      description = "The transactions file (Apache Parquet when its name ends with .parquet).")
  Path file;

  @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "csv",
      description = "csv (default), cdnow-sample or cdnow-master.")
  String layout;

  @Option(names = "--customer-column", paramLabel = "COLUMN", description = "Customer id column (name or 1-based position); default customer_id.")
  Optional<String> customerColumn = Optional.empty();

  @Option(names = {"--timestamp-column", "--date-column"}, paramLabel = "COLUMN", description = "Timestamp column; default timestamp.")
  Optional<String> timestampColumn = Optional.empty();

  @Option(names = "--amount-column", paramLabel = "COLUMN", description = "Amount column; default amount.")
  Optional<String> amountColumn = Optional.empty();

  @Option(names = "--currency-column", paramLabel = "COLUMN", description = "Currency column (ISO 4217 codes); default: none.")
  Optional<String> currencyColumn = Optional.empty();

  @Option(names = "--kind-column", paramLabel = "COLUMN", description = "Column with purchase or refund; default: none (all purchases).")
  Optional<String> kindColumn = Optional.empty();

  @Option(names = "--timestamp-format", paramLabel = "FORMAT",
      description = "iso-instant (default), epoch-seconds, epoch-millis, or a date pattern such as yyyy-MM-dd (with HH:mm for date-times).")
  Optional<String> timestampFormat = Optional.empty();

  @Option(names = "--separator", paramLabel = "CHAR", description = "Field separator; default comma.")
  Optional<Character> separator = Optional.empty();

  @Option(names = "--no-header", description = "The file has no header line (columns by position).")
  boolean noHeader;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC", description = "Time zone of local dates; default UTC.")
  ZoneId zone;

  @Option(names = "--currency", paramLabel = "CODE", description = "Currency of the amounts without a currency column; default USD.")
  Optional<String> currency = Optional.empty();

  /** The format these options describe. */
  TransactionCsvFormat format() {
    String l = layout.toLowerCase(Locale.ROOT);
    TransactionCsvFormat.Builder b;
    switch (l) {
      case "csv" -> b = TransactionCsvFormat.builder(zone).header(!noHeader);
      case "cdnow-sample" -> b = TransactionCsvFormat.cdnowSample().toBuilder();
      case "cdnow-master" -> b = TransactionCsvFormat.cdnowMaster().toBuilder();
      default -> throw new CliErrors.UsageException("--layout must be csv, cdnow-sample or cdnow-master but was: '" + layout + "'");
    }
    if (!l.equals("csv") && (!zone.equals(ZoneOffset.UTC) && !zone.getId().equals("UTC"))) {
      throw new CliErrors.UsageException("--zone applies to --layout csv only (the CDNOW layouts are UTC)");
    }
    customerColumn.ifPresent(c -> b.customerId(column(c, "--customer-column")));
    if (timestampColumn.isPresent() || timestampFormat.isPresent()) {
      TransactionCsvFormat current = b.build();
      b.timestamp(timestampColumn.map(c -> column(c, "--timestamp-column")).orElse(current.timestamp()),
          timestampFormat.map(TransactionOptions::timestampFormat).orElse(current.timestampFormat()));
    }
    amountColumn.ifPresent(c -> b.amount(column(c, "--amount-column")));
    currencyColumn.ifPresent(c -> b.currencyColumn(column(c, "--currency-column")));
    kindColumn.ifPresent(c -> b.kind(column(c, "--kind-column")));
    separator.ifPresent(b::separator);
    currency.ifPresent(c -> {
      try {
        b.currency(Currency.getInstance(c.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new CliErrors.UsageException("--currency must be an ISO 4217 code such as USD but was: '" + c + "'");
      }
    });
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CliErrors.UsageException(e.getMessage());
    }
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
      throw new CliErrors.UsageException(option + " must name a column or give its 1-based position");
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
        default -> t.contains("H") || t.contains("h") ? TimestampFormat.dateTime(t) : TimestampFormat.date(t);
      };
    } catch (IllegalArgumentException e) {
      throw new CliErrors.UsageException("--timestamp-format: " + e.getMessage());
    }
  }

  /** Reads the file; a bad row fails with an ImportException naming file, line, column and value. */
  TransactionColumns read() {
    if (Files.isRegularFile(file) && TransactionParquetReader.isParquet(file)) {
      return TransactionParquetReader.of(format()).readColumns(file).value(); // a *.parquet file
    }
    if (Files.isRegularFile(file)) {
      return TransactionCsvReader.of(format()).readColumns(file).value(); // the byte-level path when the file allows
    }
    return load(r -> TransactionCsvReader.of(format()).readColumns(r, file.getFileName().toString()).value());
  }

  /** Reads the file as transaction objects (keeping ids, kinds and the refunded transactions). */
  java.util.List<io.crmkit.core.transaction.Transaction> readTransactions() {
    return load(r -> TransactionCsvReader.of(format()).readTransactions(r, file.getFileName().toString()).value());
  }

  private <T> T load(java.util.function.Function<Reader, T> reading) {
    format();
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try (Progress progress = Progress.start("reading " + file.getFileName(), size);
        Reader r = progress.track(new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16))) {
      return reading.apply(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
