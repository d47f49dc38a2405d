package io.crmkit.examples.cli;

import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm lifecycle}: how many customers are in each lifecycle stage at a date. */
@Command(
    name = "lifecycle",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Stage counts stage,count of the default customer lifecycle (NEW, ACTIVE, LOYAL, AT_RISK, LAPSED, "
          + "REACTIVATED, ...) at the end of --at, replaying the transactions day by day.",
      "With --customers: id,stage per customer instead."
    })
final class LifecycleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin TransactionOptions transactions = new TransactionOptions();

  @Option(
      names = "--at",
      paramLabel = "DATE",
      required = true,
      description = "The date of the counts (yyyy-MM-dd).")
  LocalDate at;

  @Option(
      names = "--loyal-purchases",
      paramLabel = "N",
      defaultValue = "5",
      description = "Purchases to become LOYAL (default 5).")
  int loyalPurchases;

  @Option(
      names = "--loyal-spend",
      paramLabel = "AMOUNT",
      defaultValue = "500",
      description = "Net spend to become LOYAL (default 500).")
  BigDecimal loyalSpend;

  @Option(
      names = "--at-risk-days",
      paramLabel = "DAYS",
      defaultValue = "90",
      description = "Silent days to become AT_RISK (default 90).")
  int atRiskDays;

  @Option(
      names = "--lapsed-days",
      paramLabel = "DAYS",
      defaultValue = "180",
      description = "Silent days to become LAPSED (default 180).")
  int lapsedDays;

  @Option(names = "--customers", description = "Print id,stage per customer instead of counts.")
  boolean customers;

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() {
    DefaultLifecycle.Thresholds thresholds;
    try {
      DefaultLifecycle.Thresholds d = DefaultLifecycle.Thresholds.defaults();
      thresholds =
          new DefaultLifecycle.Thresholds(
              loyalPurchases,
              loyalSpend,
              d.atRiskChurnProbability(),
              atRiskDays,
              d.lapsedChurnProbability(),
              lapsedDays,
              0);
    } catch (IllegalArgumentException e) {
      throw new CliErrors.UsageException(e.getMessage());
    }
    TransactionColumns tx = transactions.read();
    int digits = Math.max(0, tx.currency().map(c -> c.getDefaultFractionDigits()).orElse(2));
    LifecycleReplay.Result r = LifecycleReplay.replay(tx, at, thresholds, digits);
    output.emit(customers ? r.stages() : r.counts(), spec.commandLine().getOut());
    return 0;
  }
}
