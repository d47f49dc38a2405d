package io.crmkit.examples.cli;

import io.crmkit.core.json.JsonFields;
import io.crmkit.core.money.Money;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.loyalty.json.LoyaltySpellings;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.program.ProgramJson;
import io.crmkit.loyalty.simulation.MonthStats;
import io.crmkit.loyalty.simulation.Scenario;
import io.crmkit.loyalty.simulation.SimulationReport;
import io.crmkit.loyalty.tier.TierProgram;
import io.crmkit.loyalty.tier.TierProgramJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loyalty inputs and outputs of the crm command: programme and tier files, histories, month tables.
 */
final class Loyalty {

  private Loyalty() {}

  static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static Program program(Path file) {
    try {
      return ProgramJson.read(
          LoyaltySpellings.canonical(JsonFields.parse(readFile(file), "programme")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  static TierProgram tiers(Path file) {
    try {
      return TierProgramJson.read(
          LoyaltySpellings.canonical(JsonFields.parse(readFile(file), "tier programme")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  static Scenario scenario(Path program, Optional<Path> tiers) {
    Program p = program(program);
    return tiers.isPresent()
        ? Scenario.of(p.name(), p, tiers(tiers.get()))
        : Scenario.of(p.name(), p);
  }

  /**
   * Columns of purchases as transactions (ids {@code L<row>}), amounts in the columns' currency
   * (USD by default). Columns do not keep which purchase a refund reverses: read refunds with
   * {@code TransactionCsvReader.readTransactions}.
   */
  static List<Transaction> history(TransactionColumns tx) {
    String currency = tx.currency().map(Currency::getCurrencyCode).orElse("USD");
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    List<Transaction> out = new ArrayList<>(tx.size());
    for (int i = 0; i < tx.size(); i++) {
      Instant at = Instant.ofEpochSecond(tx.epochSecond(i));
      Money amount =
          Money.of(
              BigDecimal.valueOf(Math.abs(tx.amount(i)))
                  .setScale(digits, java.math.RoundingMode.HALF_EVEN),
              currency);
      if (tx.isRefund(i)) {
        throw new IllegalArgumentException(
            "row " + i + " is a refund: columns do not say which purchase it reverses");
      }
      out.add(Transaction.purchase("L" + i, tx.customerId(i), at, amount));
    }
    return out;
  }

  /** month,issued,redeemed,expired,reversed,outstanding,liability and members per tier. */
  static Table months(SimulationReport r, boolean withScenario) {
    List<String> tierNames =
        r.months().isEmpty()
            ? List.of()
            : new ArrayList<>(r.months().get(0).membersPerTier().keySet());
    List<String> columns = new ArrayList<>();
    if (withScenario) {
      columns.add("scenario");
    }
    columns.addAll(
        List.of("month", "issued", "redeemed", "expired", "reversed", "outstanding", "liability"));
    tierNames.forEach(t -> columns.add("tier_" + t));
    Table t = Table.of(columns);
    for (MonthStats m : r.months()) {
      List<Object> row = new ArrayList<>();
      if (withScenario) {
        row.add(r.scenario());
      }
      row.addAll(
          List.of(
              m.month().toString(),
              m.issued(),
              m.redeemed(),
              m.expired(),
              m.reversed(),
              m.outstanding(),
              m.liability().amount().doubleValue()));
      for (String tier : tierNames) {
        row.add(m.membersPerTier().getOrDefault(tier, 0L));
      }
      t.add(row.toArray());
    }
    return t;
  }

  /** The members per tier at the end of the last month (empty without tiers). */
  static Map<String, Long> lastTiers(SimulationReport r) {
    return r.months().isEmpty() ? Map.of() : r.months().get(r.months().size() - 1).membersPerTier();
  }
}
