package io.crmkit.marketing.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionLine;
import io.crmkit.marketing.evaluation.SyntheticBaskets;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PurchaseHistoryTest {

  static final Money EUR = Money.of("2.50", "EUR");

  @Test
  void transactions_with_lines_become_baskets_by_local_day_at_product_or_category_level() {
    List<Transaction> tx =
        List.of(
            Transaction.purchase(
                "t1",
                "ann",
                Instant.parse("2026-03-01T23:30:00Z"),
                List.of(
                    TransactionLine.of("tea", "drinks", 2, EUR),
                    TransactionLine.of("cake", "", 1, EUR))),
            Transaction.purchase(
                "t2",
                "ann",
                Instant.parse("2026-02-01T10:00:00Z"),
                List.of(TransactionLine.of("tea", "drinks", 1, EUR))),
            Transaction.purchase(
                "t3", "bob", Instant.parse("2026-03-02T10:00:00Z"), EUR), // no lines: left out
            Transaction.refund("r1", "ann", Instant.parse("2026-03-03T10:00:00Z"), EUR, "t1"));
    PurchaseHistory p = PurchaseHistory.of(tx, ItemLevel.PRODUCT, ZoneId.of("Europe/Berlin"));
    assertThat(p.customerCount()).isEqualTo(1);
    assertThat(p.basketCount()).isEqualTo(2);
    int ann = p.indexOfCustomer(CustomerId.of("ann")).getAsInt();
    int[] baskets = p.basketsOf(ann);
    assertThat(p.basketDate(baskets[0])).isEqualTo(LocalDate.of(2026, 2, 1)); // time order
    assertThat(p.basketDate(baskets[1]))
        .isEqualTo(LocalDate.of(2026, 3, 2)); // 23:30 UTC is the next day in Berlin
    assertThat(p.itemsOf(ann)).hasSize(2);
    PurchaseHistory c = PurchaseHistory.of(tx, ItemLevel.CATEGORY, ZoneId.of("UTC"));
    assertThat(c.indexOfItem(PurchaseHistory.NO_CATEGORY)).isPresent();
    assertThat(c.indexOfItem("drinks")).isPresent();
    assertThat(c.toString())
        .isEqualTo(
            "PurchaseHistory[category level, 1 customers, 2 baskets, 2 items, 3 basket items]");
  }

  @Test
  void duplicate_items_of_a_basket_count_once_and_empty_baskets_are_refused() {
    PurchaseHistory p =
        PurchaseHistory.builder(ItemLevel.PRODUCT)
            .add("a", LocalDate.of(2026, 1, 1), "x", "x", "y")
            .build();
    assertThat(p.basketItems(0)).hasSize(2);
    assertThat(p.basketCountsPerItem()).containsExactly(1, 1);
    assertThatThrownBy(
            () -> PurchaseHistory.builder(ItemLevel.PRODUCT).add("a", LocalDate.of(2026, 1, 1)))
        .hasMessageContaining("a basket must have at least one item");
  }

  @Test
  void order_lines_csv_round_trip(@TempDir Path dir) throws IOException {
    SyntheticBaskets s =
        SyntheticBaskets.generate(SyntheticBaskets.Config.small(5).withCustomers(50));
    StringWriter w = new StringWriter();
    s.writeCsv(w);
    Path f = dir.resolve("lines.csv");
    Files.writeString(f, w.toString());
    PurchaseHistory back = PurchaseLinesCsv.read(f, ItemLevel.PRODUCT);
    PurchaseHistory h = s.history();
    assertThat(back.basketCount()).isEqualTo(h.basketCount());
    assertThat(back.customerCount()).isEqualTo(h.customerCount());
    for (int c = 0; c < h.customerCount(); c++) {
      int bc = back.indexOfCustomer(h.customer(c)).getAsInt();
      int[] hb = h.basketsOf(c);
      int[] bb = back.basketsOf(bc);
      assertThat(bb).hasSameSizeAs(hb);
      for (int k = 0; k < hb.length; k++) {
        assertThat(back.basketDate(bb[k])).isEqualTo(h.basketDate(hb[k]));
        assertThat(
                java.util.Arrays.stream(back.basketItems(bb[k]))
                    .mapToObj(back::item)
                    .sorted()
                    .toList())
            .isEqualTo(
                java.util.Arrays.stream(h.basketItems(hb[k])).mapToObj(h::item).sorted().toList());
      }
    }
    PurchaseHistory themes = PurchaseLinesCsv.read(f, ItemLevel.CATEGORY);
    assertThat(themes.itemCount()).isLessThanOrEqualTo(20);
  }

  @Test
  void a_bad_line_names_file_line_column_and_value(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(
        f,
        "customer_id,date,product,category\nann,2026-01-01,tea,drinks\nbob,01/02/2026,tea,drinks\n");
    assertThatThrownBy(() -> PurchaseLinesCsv.read(f, ItemLevel.PRODUCT))
        .hasMessageContaining("bad.csv:3: column date must be yyyy-MM-dd but was: '01/02/2026'");
    Files.writeString(f, "customer,date,product,category\n");
    assertThatThrownBy(() -> PurchaseLinesCsv.read(f, ItemLevel.PRODUCT))
        .hasMessageContaining("must name column customer_id");
  }
}
