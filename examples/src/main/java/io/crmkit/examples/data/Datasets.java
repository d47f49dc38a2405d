package io.crmkit.examples.data;

import io.crmkit.core.summary.TransactionColumns;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The datasets bundled with the examples (see {@code ORIGIN.md} beside them): the CDNOW sample of
 * 6,919 transactions of 2,357 customers, its published summaries, and the donations data.
 *
 * @since 0.1
 */
public final class Datasets {

  private static final String ROOT = "/io/crmkit/examples/data/";

  private Datasets() {}

  /** The CDNOW sample as transaction columns (customer = sample id, dollars, UTC dates). */
  public static TransactionColumns cdnowSample() {
    TransactionColumns.Builder b = TransactionColumns.builder(7_000);
    b.currency(java.util.Currency.getInstance("USD"));
    try (BufferedReader r = reader("CDNOW_sample.txt")) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] p = line.trim().split("\\s+", -1);
        long day = LocalDate.parse(p[2], DateTimeFormatter.BASIC_ISO_DATE).toEpochDay();
        b.add(Long.parseLong(p[1]), day * 86_400L, Double.parseDouble(p[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.build();
  }

  /**
   * The bundled made-up order lines {@code baskets_sample.csv} (300 customers, 60 products in 6
   * themes, from crm-marketing's seeded generator) as a purchase history at {@code level}.
   */
  public static io.crmkit.marketing.history.PurchaseHistory basketsSample(
      io.crmkit.marketing.history.ItemLevel level) {
    try (BufferedReader r = reader("baskets_sample.csv")) {
      return io.crmkit.marketing.history.PurchaseLinesCsv.read(r, "baskets_sample.csv", level);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies a bundled file (e.g. {@code "cdnow_customers_summary.csv"}) into {@code dir} and returns
   * its path.
   */
  public static Path copyTo(String name, Path dir) {
    try (InputStream in = open(name)) {
      Path target = dir.resolve(name);
      Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A bundled text file (UTF-8) by name, e.g. the loyalty programme {@code "cd-club.json"}. */
  public static String text(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a bundled file by name. */
  public static InputStream open(String name) {
    InputStream in = Datasets.class.getResourceAsStream(ROOT + name);
    if (in == null) {
      throw new IllegalArgumentException("no bundled dataset named '" + name + "'");
    }
    return in;
  }

  private static BufferedReader reader(String name) {
    return new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8));
  }
}
