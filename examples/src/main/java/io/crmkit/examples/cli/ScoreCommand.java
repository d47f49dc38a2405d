package io.crmkit.examples.cli;

import io.crmkit.core.io.CsvRowWriter;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.lifecycle.model.CustomerScores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code crm score}: {@code crm predict} and {@code crm clv} in one pass over a summary file: per
 * customer P(alive), expected purchases over {@code --horizon}, the Gamma-Gamma expected spend per
 * purchase and the discounted CLV over {@code --horizon-months}. The summary file is read once at
 * byte level into columns, the four scores are computed column-wise (the parts that depend on (x,
 * T) only once per distinct pair) and the rows are written through one buffer.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Per customer id,p_alive,expected_purchases,expected_spend,clv in one pass: crm predict and crm clv "
          + "together, from a transaction model file and a gammagamma model file of crm fit.",
      "expected_purchases is over --horizon time units; clv is the discounted value over --horizon-months "
          + "(a month is 365.25/12 days), in the currency of the summary."
    })
final class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ClvOptions options = new ClvOptions();

  @Mixin HorizonOption horizon = new HorizonOption();

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() {
    double t = horizon.value();
    ClvOptions.Inputs in = options.load();
    CustomerSummaries s = in.summaries();
    // one pass for the three model scores (the numbers of the three column methods)
    CustomerScores three = in.clv().score(s, t);
    Scores scores =
        new Scores(
            s,
            three.probabilityAlive(),
            three.expectedPurchases(),
            in.spend().conditionalExpectedSpend(s),
            three.lifetimeValue());
    if (output.json) {
      output.emit(scores.table(), spec.commandLine().getOut());
    } else if (output.out.isPresent()) {
      try (Writer w = Files.newBufferedWriter(output.out.get(), StandardCharsets.UTF_8)) {
        scores.writeCsv(w);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot write " + output.out.get() + ": " + e.getMessage(), e);
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      scores.writeCsv(out);
    }
    return 0;
  }

  static final String[] COLUMNS = {"id", "p_alive", "expected_purchases", "expected_spend", "clv"};

  /** The four score columns of the summaries' customers. */
  record Scores(
      CustomerSummaries s, double[] alive, double[] purchases, double[] spend, double[] clv) {

    void writeCsv(Writer w) {
      CsvRowWriter csv = CsvRowWriter.to(w).header(COLUMNS);
      for (int i = 0; i < s.size(); i++) {
        csv.text(s.id(i))
            .number(alive[i])
            .number(purchases[i])
            .number(spend[i])
            .number(clv[i])
            .endRow();
      }
      csv.flush();
    }

    Table table() {
      Table t = Table.of(COLUMNS);
      for (int i = 0; i < s.size(); i++) {
        t.add(s.id(i), alive[i], purchases[i], spend[i], clv[i]);
      }
      return t;
    }
  }
}
