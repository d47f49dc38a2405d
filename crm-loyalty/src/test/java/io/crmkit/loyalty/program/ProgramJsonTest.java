package io.crmkit.loyalty.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.ledger.ConsumptionOrder;
import io.crmkit.loyalty.ledger.ExpiryPolicy;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ProgramJsonTest {

  private static Program coffeeClub() throws IOException {
    try (Reader r =
        new InputStreamReader(
            ProgramJsonTest.class.getResourceAsStream("/coffee-club.json"),
            StandardCharsets.UTF_8)) {
      return ProgramJson.read(r);
    }
  }

  @Test
  void reads_a_programme_with_every_rule_kind() throws IOException {
    Program p = coffeeClub();
    assertThat(p.name()).isEqualTo("Coffee Club");
    assertThat(p.rules()).hasSize(10);
    assertThat(p.ledgerPolicy().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(p.ledgerPolicy().expiry()).isEqualTo(ExpiryPolicy.endOfMonthAfter(12));
    assertThat(p.ledgerPolicy().lockPeriod()).isEqualTo(Duration.ofDays(14));
    assertThat(p.ledgerPolicy().consumptionOrder())
        .isEqualTo(ConsumptionOrder.SOONEST_EXPIRING_FIRST);
    assertThat(p.redemptionRate().valueOf(250)).isEqualTo(Money.of("2.50", "EUR"));
    Transaction t =
        Transaction.purchase(
            "T", "c", Instant.parse("2024-12-10T10:00:00Z"), Money.of("20.00", "EUR"));
    Earning e = p.evaluate(t, MemberContext.newMember().withTier("Gold"));
    assertThat(e.reason()).isEqualTo("base +20, xmas +20, gold +10");
  }

  @Test
  void written_json_reads_back_as_the_same_programme() throws IOException {
    Program p = coffeeClub();
    Program again = ProgramJson.read(ProgramJson.write(p));
    assertThat(again.rules()).isEqualTo(p.rules());
    assertThat(again.ledgerPolicy()).isEqualTo(p.ledgerPolicy());
    assertThat(again.redemptionRate()).isEqualTo(p.redemptionRate());
  }

  @Test
  void errors_name_the_path_the_value_and_what_was_expected() {
    String base =
        "{\"name\":\"x\",\"currency\":\"EUR\",\"zone\":\"UTC\",\"ledger\":{},"
            + "\"redemptionRate\":{\"points\":100,\"money\":\"1.00\"},\"rules\":[%s]}";
    assertThatThrownBy(
            () ->
                ProgramJson.read(
                    String.format(
                        base,
                        "{\"type\":\"pointsPerSpend\",\"id\":\"b\",\"points\":\"one\",\"per\":\"1\",\"rounding\":\"DOWN\"}")))
        .hasMessage(
            "$.rules[0].points must be a decimal number such as \"12.50\" but was: \"one\"");
    assertThatThrownBy(
            () -> ProgramJson.read(String.format(base, "{\"type\":\"bonus\",\"id\":\"b\"}")))
        .hasMessageStartingWith("$.rules[0].type must be one of pointsPerSpend");
    assertThatThrownBy(
            () ->
                ProgramJson.read(
                    String.format(
                        base,
                        "{\"type\":\"cap\",\"id\":\"c\",\"period\":\"WEEK\",\"maxPoints\":5}")))
        .hasMessageStartingWith(
            "$.rules[0].period must be one of [TRANSACTION, DAY, MONTH] but was: \"WEEK\"");
    assertThatThrownBy(
            () ->
                ProgramJson.read(
                    String.format(
                        base, "{\"type\":\"visitBonus\",\"id\":\"v\",\"every\":0,\"points\":5}")))
        .hasMessage("$.rules[0] is invalid: every of rule v must be positive but was: 0");
    assertThatThrownBy(
            () -> ProgramJson.read(base.replace("\"UTC\"", "\"Mars/Olympus\"").replace("%s", "")))
        .hasMessage(
            "$.zone must be a time-zone id such as \"Europe/Paris\" but was: \"Mars/Olympus\"");
    assertThatThrownBy(() -> ProgramJson.read("{\"name\":\"x\""))
        .hasMessageStartingWith("$ is not well-formed JSON for a programme");
  }
}
