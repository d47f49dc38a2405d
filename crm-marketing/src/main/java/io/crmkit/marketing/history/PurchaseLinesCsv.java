package io.crmkit.marketing.history;

import io.crmkit.core.customer.CustomerId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads order lines from a plain CSV file (UTF-8, comma-separated, no quoting) with a header naming
 * the columns {@code customer_id}, {@code date} (ISO {@code yyyy-MM-dd}), {@code product} and
 * {@code category} (may be empty), and optionally {@code order_id}; other columns are ignored. The
 * lines of one order (or, without {@code order_id}, of one customer on one day) make one basket. A
 * malformed line fails the read with the file, line, column and value.
 *
 * @since 0.1
 */
public final class PurchaseLinesCsv {

  /** The header this class writes and reads. */
  public static final String HEADER = "customer_id,order_id,date,product,category";

  private PurchaseLinesCsv() {}

  /** The purchase history of the lines of {@code file} at {@code level}. */
  public static PurchaseHistory read(Path file, ItemLevel level) {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(level, "level must not be null");
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString(), level);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The purchase history of the lines read from {@code in} at {@code level}; {@code source} names
   * it in messages.
   */
  public static PurchaseHistory read(java.io.Reader in, String source, ItemLevel level) {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(level, "level must not be null");
    String file = source;
    try {
      BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
      String header = r.readLine();
      if (header == null) {
        throw new IllegalArgumentException(
            file + ": empty file, expected a header with customer_id,date,product,category");
      }
      String[] names = header.strip().replace("\uFEFF", "").split(",", -1);
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        col.put(names[i].strip().toLowerCase(Locale.ROOT), i);
      }
      for (String need : new String[] {"customer_id", "date", "product", "category"}) {
        if (!col.containsKey(need)) {
          throw new IllegalArgumentException(
              file + ":1: the header must name column " + need + " but was: " + header);
        }
      }
      int cCust = col.get("customer_id");
      int cDate = col.get("date");
      int cProd = col.get("product");
      int cCat = col.get("category");
      int cOrder = col.getOrDefault("order_id", -1);
      // basket key -> (customer, date, items) in first-seen order
      Map<String, Object[]> baskets = new LinkedHashMap<>();
      String line;
      long n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != names.length) {
          throw new IllegalArgumentException(
              file
                  + ":"
                  + n
                  + ": expected "
                  + names.length
                  + " fields but found "
                  + f.length
                  + ": "
                  + line);
        }
        String customer = f[cCust].strip();
        if (customer.isEmpty()) {
          throw new IllegalArgumentException(
              file + ":" + n + ": column customer_id must not be empty");
        }
        LocalDate date;
        try {
          date = LocalDate.parse(f[cDate].strip());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              file + ":" + n + ": column date must be yyyy-MM-dd but was: '" + f[cDate] + "'", e);
        }
        String product = f[cProd].strip();
        if (product.isEmpty()) {
          throw new IllegalArgumentException(file + ":" + n + ": column product must not be empty");
        }
        String category = f[cCat].strip();
        String item =
            level == ItemLevel.PRODUCT
                ? product
                : category.isEmpty() ? PurchaseHistory.NO_CATEGORY : category;
        String key =
            cOrder >= 0 ? customer + "\u0000" + f[cOrder].strip() : customer + "\u0000" + date;
        Object[] b =
            baskets.computeIfAbsent(
                key, k -> new Object[] {customer, date, new ArrayList<String>()});
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) b[2];
        items.add(item);
      }
      PurchaseHistory.Builder builder = PurchaseHistory.builder(level);
      for (Object[] b : baskets.values()) {
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) b[2];
        builder.add(CustomerId.of((String) b[0]), (LocalDate) b[1], items);
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }
}
