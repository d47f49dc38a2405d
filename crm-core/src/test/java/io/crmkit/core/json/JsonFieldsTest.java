package io.crmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

  private static JsonFields of(String json) {
    return JsonFields.root(JsonFields.parse(json, "test"));
  }

  @Test
  void reads_each_kind_of_field() {
    JsonFields f =
        of(
            "{\"s\": \"x\", \"d\": \"1.50\", \"n\": 2.5, \"i\": 7, \"b\": false, \"date\": \"2025-02-28\","
                + " \"md\": \"02-29\", \"p\": \"P1M\", \"z\": \"Europe/Paris\", \"c\": \"EUR\", \"a\": [\"b\", \"a\", \"b\"]}");
    assertThat(f.text("s")).isEqualTo("x");
    assertThat(f.decimal("d")).isEqualTo(new BigDecimal("1.50"));
    assertThat(f.decimal("n")).isEqualByComparingTo("2.5");
    assertThat(f.integer("i")).isEqualTo(7);
    assertThat(f.longValue("i")).isEqualTo(7L);
    assertThat(f.bool("b", true)).isFalse();
    assertThat(f.date("date")).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(f.monthDay("md")).isEqualTo(MonthDay.of(2, 29));
    assertThat(f.period("p")).isEqualTo(Period.ofMonths(1));
    assertThat(f.zone("z")).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(f.currency("c")).isEqualTo(Currency.getInstance("EUR"));
    assertThat(f.strings("a")).containsExactly("b", "a");
  }

  @Test
  void absent_and_null_fields_take_the_default() {
    JsonFields f = of("{\"x\": null}");
    assertThat(f.has("x")).isFalse();
    assertThat(f.text("x", "d")).isEqualTo("d");
    assertThat(f.integer("x", 3)).isEqualTo(3);
    assertThat(f.bool("x", true)).isTrue();
    assertThat(f.decimal("x", BigDecimal.TEN)).isEqualTo(BigDecimal.TEN);
    assertThat(f.strings("x")).isEqualTo(Set.of());
  }

  @Test
  void errors_name_the_nested_path_the_value_and_what_was_expected() {
    JsonFields f =
        of("{\"o\": {\"list\": [{\"i\": 1.5, \"date\": \"28/02/2025\", \"md\": \"2-30\"}]}}");
    JsonFields item = f.object("o").array("list").get(0);
    assertThat(item.path()).isEqualTo("$.o.list[0]");
    assertThatThrownBy(() -> item.integer("i"))
        .hasMessage("$.o.list[0].i must be a whole number but was: 1.5");
    assertThatThrownBy(() -> item.date("date"))
        .hasMessage(
            "$.o.list[0].date must be an ISO date such as \"2024-01-31\" but was: \"28/02/2025\"");
    assertThatThrownBy(() -> item.monthDay("md"))
        .hasMessage("$.o.list[0].md must be a month-day MM-dd such as \"01-01\" but was: \"2-30\"");
    assertThatThrownBy(() -> item.text("missing"))
        .hasMessage("$.o.list[0].missing is required but is missing");
    assertThatThrownBy(() -> f.object("o").object("list"))
        .hasMessageStartingWith("$.o.list must be a JSON object");
  }

  @Test
  void wrap_turns_a_validation_error_into_one_at_the_path_and_keeps_a_json_error() {
    JsonFields f = of("{\"t\": {}}").object("t");
    IllegalArgumentException invalid =
        new IllegalArgumentException("threshold must not be negative but was: -1");
    assertThatThrownBy(
            () ->
                f.wrap(
                    () -> {
                      throw invalid;
                    }))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage("$.t is invalid: threshold must not be negative but was: -1")
        .hasCause(invalid);
    CrmJsonException json = CrmJsonException.at("$.x", "must be y but was: z");
    assertThatThrownBy(
            () ->
                f.wrap(
                    () -> {
                      throw json;
                    }))
        .isSameAs(json);
  }

  @Test
  void unknown_fields_are_refused_when_strict_and_names_are_exact() {
    JsonFields f = of("{\"known\": 1, \"odd name\": 2, \"c\": \"eur\", \"e\": \"half_up\"}");
    assertThatThrownBy(() -> f.only("known"))
        .isInstanceOfSatisfying(
            CrmJsonException.class, e -> assertThat(e.path()).isEqualTo("$['odd name']"));
    assertThat(JsonFields.at(f.node(), "$", false).only("known").integer("known")).isEqualTo(1);
    assertThatThrownBy(() -> f.currency("c"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage(
            "$.c must be an ISO 4217 currency code in upper case such as \"EUR\" but was: \"eur\""
                + " (did you mean \"EUR\"? codes are case-sensitive)");
    assertThatThrownBy(() -> f.enumValue("e", java.math.RoundingMode.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageStartingWith("$.e must be one of [UP, DOWN")
        .hasMessageEndingWith(
            "but was: \"half_up\" " + "(did you mean \"HALF_UP\"? names are case-sensitive)");
  }

  @Test
  void non_finite_doubles_read_as_jackson_writes_them() {
    JsonFields f = of("{\"a\": \"NaN\", \"b\": \"-Infinity\", \"c\": \"nan\"}");
    assertThat(f.number("a")).isNaN();
    assertThat(f.number("b")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThatThrownBy(() -> f.number("c"))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage("$.c must be a number but was: \"nan\"");
  }

  @Test
  void decimal_text_keeps_the_scale() {
    assertThat(JsonFields.decimalText(new BigDecimal("1.50"))).isEqualTo("1.50");
    assertThat(JsonFields.decimalText(new BigDecimal("1E+3"))).isEqualTo("1E+3");
    assertThat(JsonFields.decimalText(new BigDecimal("0.0000001"))).isEqualTo("0.0000001");
  }
}
