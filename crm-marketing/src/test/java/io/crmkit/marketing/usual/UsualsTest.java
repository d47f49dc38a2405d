package io.crmkit.marketing.usual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsualsTest {

  static final LocalDate D = LocalDate.of(2026, 9, 1);

  /** A guest who takes congee every 7 days and tea every 14, and tried the dumplings once. */
  static PurchaseHistory guest() {
    PurchaseHistory.Builder b = PurchaseHistory.builder(ItemLevel.PRODUCT);
    for (int week = 0; week < 6; week++) {
      if (week % 2 == 0) {
        b.add("li", D.plusDays(7L * week), "congee", "tea");
      } else {
        b.add("li", D.plusDays(7L * week), "congee");
      }
    }
    b.add("li", D.plusDays(3), "dumplings");
    return b.build();
  }

  @Test
  void the_usual_is_congee_every_week_and_it_is_due() {
    LocalDate asOf = D.plusDays(40); // last congee on day 35: next due day 42
    Usuals u = Usuals.of(guest(), asOf, UsualOptions.defaults());
    List<UsualItem> usual = u.of(CustomerId.of("li"));
    assertThat(usual).extracting(UsualItem::item).containsExactly("congee", "tea");
    UsualItem congee = usual.get(0);
    assertThat(congee.purchases()).isEqualTo(6);
    assertThat(congee.medianIntervalDays()).hasValue(7.0);
    assertThat(congee.nextDue()).contains(D.plusDays(42));
    assertThat(congee.daysUntilDue(asOf)).contains(2L);
    double expected = 0;
    for (int week = 0; week < 6; week++) {
      expected += Math.pow(2, -(40 - 7.0 * week) / 90);
    }
    assertThat(congee.score()).isCloseTo(expected, offset(1e-12));
    UsualItem tea = usual.get(1);
    assertThat(tea.medianIntervalDays()).hasValue(14.0);
    assertThat(tea.nextDue()).contains(D.plusDays(42));
    // congee is due in 2 days (tolerance 3), tea in 2 days as well; both due, by date then id
    assertThat(u.dueNow(CustomerId.of("li")))
        .extracting(UsualItem::item)
        .containsExactly("congee", "tea");
    assertThat(u.dueNow(CustomerId.of("nobody"))).isEmpty();
    assertThat(congee.toString()).contains("every 7.0 days, next 2026-10-13");
  }

  @Test
  void nothing_is_due_long_before_and_a_lapsed_habit_is_not_due() {
    Usuals early = Usuals.of(guest(), D.plusDays(36), UsualOptions.defaults());
    assertThat(early.dueNow(CustomerId.of("li"))).isEmpty(); // next congee in 6 days
    Usuals late = Usuals.of(guest(), D.plusDays(35 + 30), UsualOptions.defaults());
    assertThat(late.dueNow(CustomerId.of("li"))).extracting(UsualItem::item).containsExactly("tea");
  }

  @Test
  void baskets_after_the_as_of_date_are_ignored() {
    Usuals u = Usuals.of(guest(), D.plusDays(8), UsualOptions.defaults().withMinPurchases(1));
    assertThat(u.of(CustomerId.of("li")))
        .extracting(UsualItem::item)
        .containsExactly(
            "congee", "dumplings", "tea"); // dumplings (day 3) are more recent than tea (day 0)
    assertThat(u.of(CustomerId.of("li")).get(0).purchases()).isEqualTo(2);
  }

  @Test
  void options_name_the_field() {
    assertThatThrownBy(() -> UsualOptions.defaults().withHalfLifeDays(0))
        .hasMessageContaining("halfLifeDays must be positive");
    assertThatThrownBy(() -> UsualOptions.defaults().withMinPurchases(0))
        .hasMessageContaining("minPurchases");
  }
}
