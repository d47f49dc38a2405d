package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code crm clv}: discounted customer lifetime value from a transaction model and a spend model.
 */
@Command(
    name = "clv",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Per customer id,expected_purchases,expected_spend,clv: discounted purchases over --horizon-months "
            + "times the Gamma-Gamma expected spend, in the currency of the summary.")
final class ClvCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ClvOptions options = new ClvOptions();

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() {
    ClvOptions.Inputs in = options.load();
    CustomerSummaries s = in.summaries();
    CustomerLifetimeValue clv = in.clv();
    double[] values = clv.values(s);
    double[] spend = new double[s.size()];
    for (int i = 0; i < spend.length; i++) {
      spend[i] =
          clv.spend()
              .conditionalExpectedSpend(
                  s.frequency(i), s.frequency(i) > 0 ? s.monetaryValue(i) : 0);
    }
    // clv = discounted purchases × expected spend (> 0): the purchases are their quotient
    output.emit(
        () -> table(s, values, spend),
        COLUMNS,
        s.size(),
        (csv, i) ->
            csv.text(s.id(i)).number(values[i] / spend[i]).number(spend[i]).number(values[i]),
        spec.commandLine().getOut());
    return 0;
  }

  static final String[] COLUMNS = {"id", "expected_purchases", "expected_spend", "clv"};

  private static Table table(CustomerSummaries s, double[] values, double[] spend) {
    Table t = Table.of(COLUMNS);
    for (int i = 0; i < s.size(); i++) {
      t.add(s.id(i), values[i] / spend[i], spend[i], values[i]);
    }
    return t;
  }
}
