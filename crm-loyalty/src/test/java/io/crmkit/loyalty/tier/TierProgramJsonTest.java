package io.crmkit.loyalty.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.json.CrmJsonException;
import io.crmkit.core.json.JsonFields;
import io.crmkit.loyalty.json.LoyaltySpellings;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierProgramJsonTest {

  /**
   * A valid document whose field {@code field} (a JSON fragment {@code "field": value}) is
   * replaced.
   */
  private static final String BASE =
      "{\"metric\": \"SPEND\", \"window\": {\"rollingMonths\": 12},"
          + " \"reviewDate\": \"01-01\", \"grace\": \"P0D\", \"oneTierAtATime\": true, \"currency\": \"USD\","
          + " \"zone\": \"UTC\", \"tiers\": [{\"name\": \"Blue\", \"threshold\": \"0\"},"
          + " {\"name\": \"Gold\", \"threshold\": \"300\", \"pointsMultiplier\": \"1.5\"}]}";

  private static TierProgram goldTiers() throws IOException {
    try (Reader r =
        new InputStreamReader(
            TierProgramJsonTest.class.getResourceAsStream("/gold-tiers.json"),
            StandardCharsets.UTF_8)) {
      return TierProgramJson.read(r);
    }
  }

  @Test
  void reads_the_documented_format() throws IOException {
    TierProgram t = goldTiers();
    assertThat(t)
        .isEqualTo(
            new TierProgram(
                List.of(
                    Tier.of("Blue", "0", TierBenefits.none()),
                    Tier.of("Silver", "100", TierBenefits.of("1.25", "0", Set.of())),
                    Tier.of("Gold", "300", TierBenefits.of("1.5", "5", Set.of("free shipping")))),
                QualificationMetric.SPEND,
                QualificationWindow.rolling(12),
                MonthDay.of(1, 1),
                Period.ZERO,
                true,
                Currency.getInstance("USD"),
                ZoneId.of("UTC")));
  }

  @Test
  void omitted_fields_take_the_documented_defaults() {
    TierProgram t =
        TierProgramJson.read(
            "{\"tiers\": [{\"name\": \"Blue\", \"threshold\": 0},"
                + " {\"name\": \"Gold\", \"threshold\": 300}]}");
    assertThat(t.metric()).isEqualTo(QualificationMetric.SPEND);
    assertThat(t.window()).isEqualTo(QualificationWindow.calendarYear());
    assertThat(t.reviewDate()).isEqualTo(MonthDay.of(1, 1));
    assertThat(t.grace()).isEqualTo(Period.ZERO);
    assertThat(t.oneTierAtATime()).isTrue();
    assertThat(t.currency()).isEqualTo(Currency.getInstance("USD"));
    assertThat(t.zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(t.tiers().get(1).benefits()).isEqualTo(TierBenefits.none());
  }

  @Test
  void the_lenient_spellings_of_the_examples_prototype_read_through_loyalty_spellings() {
    String old =
        "{\"metric\": \"visits\", \"window\": \"calendaryear\","
            + " \"reviewDate\": \"--04-01\", \"currency\": \"eur\", \"tiers\": [{\"name\": \"Blue\", \"threshold\": \"0\"},"
            + " {\"name\": \"Gold\", \"threshold\": 12, \"pointsMultiplier\": 1.5}]}";
    assertThatThrownBy(() -> TierProgramJson.read(old))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("$.metric")
        .hasMessageContaining("did you mean \"VISITS\"");
    TierProgram t =
        TierProgramJson.read(LoyaltySpellings.canonical(JsonFields.parse(old, "tier programme")));
    assertThat(t.metric()).isEqualTo(QualificationMetric.VISITS);
    assertThat(t.window()).isEqualTo(QualificationWindow.calendarYear());
    assertThat(t.reviewDate()).isEqualTo(MonthDay.of(4, 1));
    assertThat(t.currency()).isEqualTo(Currency.getInstance("EUR"));
    assertThat(t.tiers().get(1).benefits().pointsMultiplier()).isEqualByComparingTo("1.5");
  }

  @Test
  void written_json_reads_back_as_an_equal_programme() throws IOException {
    TierProgram t = goldTiers();
    assertThat(TierProgramJson.read(TierProgramJson.write(t))).isEqualTo(t);
  }

  @Test
  void writes_every_field_in_the_documented_format() throws IOException {
    String json =
        TierProgramJson.write(
            new TierProgram(
                List.of(
                    Tier.of("Blue", "0", TierBenefits.none()),
                    Tier.of(
                        "Gold",
                        "1000.00",
                        TierBenefits.of("1.5", "5", Set.of("lounge", "free delivery")))),
                QualificationMetric.SPEND,
                QualificationWindow.calendarYear(),
                MonthDay.of(3, 1),
                Period.ofMonths(3),
                false,
                Currency.getInstance("EUR"),
                ZoneId.of("Europe/Paris")));
    assertThat(json.replaceAll("\\s+", ""))
        .isEqualTo(
            ("{\"metric\":\"SPEND\",\"window\":\"calendarYear\","
                + "\"reviewDate\":\"03-01\",\"grace\":\"P3M\",\"oneTierAtATime\":false,\"currency\":\"EUR\","
                + "\"zone\":\"Europe/Paris\",\"tiers\":[{\"name\":\"Blue\",\"threshold\":\"0\",\"pointsMultiplier\":\"1\","
                + "\"discountPercent\":\"0\",\"services\":[]},{\"name\":\"Gold\",\"threshold\":\"1000.00\","
                + "\"pointsMultiplier\":\"1.5\",\"discountPercent\":\"5\",\"services\":[\"freedelivery\",\"lounge\"]}]}"));
  }

  @Test
  void a_decimal_with_a_negative_scale_keeps_its_scale() {
    TierProgram t =
        new TierProgram(
            List.of(
                Tier.of("Blue", "0", TierBenefits.none()),
                new Tier("Gold", new BigDecimal("1E+3"), TierBenefits.none())),
            QualificationMetric.VISITS,
            QualificationWindow.rolling(6),
            MonthDay.of(2, 29),
            Period.ofDays(10),
            true,
            Currency.getInstance("JPY"),
            ZoneId.of("Asia/Tokyo"));
    assertThat(TierProgramJson.read(TierProgramJson.write(t))).isEqualTo(t);
  }

  private static String with(String field, String value) {
    String replaced =
        BASE.replaceFirst(
            "\"" + field + "\": (\\{[^}]*\\}|\"[^\"]*\"|true|[0-9]+)",
            "\"" + field + "\": " + java.util.regex.Matcher.quoteReplacement(value));
    if (replaced.equals(BASE)) {
      throw new IllegalStateException("no field " + field);
    }
    return replaced;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "metric         | \"MILES\"                | $.metric must be one of [QUALIFYING_POINTS, SPEND, VISITS] but was: \"MILES\"",
        "metric         | 3                        | $.metric must be a string but was: 3",
        "window         | \"weekly\"               | $.window must be \"calendarYear\" or {\"rollingMonths\": n} but was: \"weekly\"",
        "window         | {\"months\": 12}         | $.window must be \"calendarYear\" or {\"rollingMonths\": n} but was: {\"months\":12}",
        "window         | {\"rollingMonths\": \"x\"} | $.window.rollingMonths must be a whole number but was: \"x\"",
        "window         | {\"rollingMonths\": 0}   | $.window.rollingMonths must be a positive number of months but was: 0",
        "reviewDate     | \"13-01\"                | $.reviewDate must be a month-day MM-dd such as \"01-01\" but was: \"13-01\"",
        "grace          | \"two weeks\"            | $.grace must be an ISO period such as \"P0D\" or \"P1M\" but was: \"two weeks\"",
        "grace          | \"P-1M\"                 | $.grace must be a period that is not negative but was: 'P-1M'",
        "oneTierAtATime | \"yes\"                  | $.oneTierAtATime must be true or false but was: \"yes\"",
        "currency       | \"EURO\"                 | $.currency must be an ISO 4217 currency code in upper case such as \"EUR\" but was: \"EURO\"",
        "zone           | \"Mars/Olympus\"         | $.zone must be a time-zone id such as \"Europe/Paris\" but was: \"Mars/Olympus\"",
      })
  void a_bad_field_is_named_with_its_value_and_what_was_expected(
      String field, String value, String message) {
    assertThatThrownBy(() -> TierProgramJson.read(with(field, value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  private static String tiers(String tiers) {
    return "{\"metric\": \"SPEND\", \"tiers\": " + tiers + "}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "[]                                                                  | $.tiers must be a non-empty array of tiers but was: []",
        "{\"name\": \"Blue\"}                                                | $.tiers must be a non-empty array of tiers but was: {\"name\":\"Blue\"}",
        "[{\"name\": \"Blue\", \"threshold\": 0}, \"Gold\"]                  | $.tiers[1] must be a JSON object but was: \"Gold\"",
        "[{\"threshold\": 0}]                                                | $.tiers[0].name is required but is missing",
        "[{\"name\": \" \", \"threshold\": 0}]                               | $.tiers[0].name must be a non-blank string but was: ' '",
        "[{\"name\": \"Blue\"}]                                              | $.tiers[0].threshold is required but is missing",
        "[{\"name\": \"Blue\", \"threshold\": \"lots\"}]                     | $.tiers[0].threshold must be a decimal number such as \"12.50\" but was: \"lots\"",
        "[{\"name\": \"Blue\", \"threshold\": \"-1\"}]                       | $.tiers[0].threshold must be a number that is not negative but was: -1",
        "[{\"name\": \"Blue\", \"threshold\": 0, \"pointsMultiplier\": \"0.5\"}] | $.tiers[0].pointsMultiplier must be at least 1 but was: 0.5",
        "[{\"name\": \"Blue\", \"threshold\": 0, \"discountPercent\": 101}]  | $.tiers[0].discountPercent must be a percentage from 0 to 100 but was: 101",
        "[{\"name\": \"Blue\", \"threshold\": 0, \"services\": \"wifi\"}]    | $.tiers[0].services must be an array of strings but was: \"wifi\"",
        "[{\"name\": \"Blue\", \"threshold\": 0, \"services\": [1]}]         | $.tiers[0].services[0] must be a string but was: 1",
        "[{\"name\": \"Blue\", \"threshold\": 5}]                            | $.tiers is invalid: threshold of the entry tier Blue must be 0 but was: 5",
        "[{\"name\": \"Blue\", \"threshold\": 0}, {\"name\": \"Silver\", \"threshold\": 100}, {\"name\": \"Gold\", \"threshold\": 50}]"
            + " | $.tiers is invalid: thresholds must increase but Gold has 50 after Silver with 100",
        "[{\"name\": \"Blue\", \"threshold\": 0}, {\"name\": \"Blue\", \"threshold\": 100}] | $.tiers is invalid: tier names must be unique but Blue appears twice",
      })
  void a_bad_tier_is_named_by_its_position(String tiers, String message) {
    assertThatThrownBy(() -> TierProgramJson.read(tiers(tiers)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void a_fractional_threshold_of_visits_is_named_by_its_position() {
    assertThatThrownBy(
            () ->
                TierProgramJson.read(
                    "{\"metric\": \"VISITS\", \"tiers\": [{\"name\": \"Blue\","
                        + " \"threshold\": 0}, {\"name\": \"Gold\", \"threshold\": \"2.5\"}]}"))
        .hasMessage("$.tiers[1].threshold must be a whole number of VISITS but was: 2.5");
  }

  @Test
  void missing_tiers_and_malformed_documents_are_reported() {
    assertThatThrownBy(() -> TierProgramJson.read("{\"metric\": \"SPEND\"}"))
        .hasMessage("$.tiers is required but is missing");
    assertThatThrownBy(() -> TierProgramJson.read("[1]"))
        .hasMessage("$ must be a JSON object but was: [1]");
    assertThatThrownBy(() -> TierProgramJson.read("{\"tiers\": ["))
        .hasMessageStartingWith("$ is not well-formed JSON for a tier programme");
  }
}
