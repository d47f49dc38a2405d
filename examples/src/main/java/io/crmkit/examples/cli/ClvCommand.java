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
    output.emit(table(in.summaries(), in.clv()), spec.commandLine().getOut());
    return 0;
  }

  static Table table(CustomerSummaries s, CustomerLifetimeValue clv) {
    double[] values = clv.values(s);
    Table t = Table.of("id", "expected_purchases", "expected_spend", "clv");
    for (int i = 0; i < s.size(); i++) {
      double spend =
          clv.spend()
              .conditionalExpectedSpend(
                  s.frequency(i), s.frequency(i) > 0 ? s.monetaryValue(i) : 0);
      double purchases = values[i] / spend; // clv = discounted purchases × expected spend (> 0)
      t.add(s.id(i), purchases, spend, values[i]);
    }
    return t;
  }
}
