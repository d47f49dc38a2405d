package io.crmkit.examples.cli;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.churn.BgNbdChurnScorer;
import io.crmkit.lifecycle.churn.BgNbdNoPurchaseScorer;
import io.crmkit.lifecycle.churn.ChurnScorer;
import io.crmkit.lifecycle.churn.InactivityScorer;
import io.crmkit.lifecycle.churn.RiskBands;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.TransactionModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm churn}: a churn probability and risk band for every customer of a summary file. */
@Command(
    name = "churn",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Per customer id,probability,band from a churn scorer on a summary file:",
      "  inactivity   silent for longer than --k typical gaps between purchases (no model needed)",
      "  model        1 - P(alive) of a transaction model file (--model)",
      "  no-purchase  P(no purchase within --horizon) of a BG/NBD model file (--model)",
      "Bands: low, medium, high, critical at --bands (default 0.25,0.5,0.75)."
    })
final class ChurnCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      required = true,
      description = "A summary file, one row per customer.")
  Path summary;

  @Option(
      names = "--scorer",
      paramLabel = "SCORER",
      defaultValue = "inactivity",
      description = "inactivity (default), model or no-purchase.")
  String scorer;

  @Option(
      names = "--k",
      paramLabel = "K",
      defaultValue = "3",
      description = "Inactivity: typical gaps of silence at which the rule fires (default 3).")
  double k;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "A transaction model file of crm fit.")
  Optional<Path> model = Optional.empty();

  @Option(
      names = "--horizon",
      paramLabel = "T",
      defaultValue = "13",
      description = "no-purchase: horizon in model time units (default 13).")
  double horizon;

  @Option(
      names = "--bands",
      paramLabel = "P1,P2,P3",
      split = ",",
      description = "Thresholds of the medium, high and critical bands.")
  double[] bands;

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() {
    RiskBands riskBands = bands == null ? RiskBands.standard() : bands();
    ChurnScorer s = scorer();
    CustomerSummaries population = SummaryTable.read(summary).toSummaries(TimeScale.WEEKS);
    output.emit(table(population, s, riskBands), spec.commandLine().getOut());
    return 0;
  }

  private RiskBands bands() {
    if (bands.length != 3) {
      throw new CliErrors.UsageException(
          "--bands needs three thresholds (medium, high, critical) but had " + bands.length);
    }
    try {
      return RiskBands.standardAt(bands[0], bands[1], bands[2]);
    } catch (IllegalArgumentException e) {
      throw new CliErrors.UsageException("--bands: " + e.getMessage());
    }
  }

  private ChurnScorer scorer() {
    switch (scorer.trim().toLowerCase(Locale.ROOT)) {
      case "inactivity" -> {
        if (!(k > 0) || Double.isInfinite(k)) {
          throw new CliErrors.UsageException("--k must be positive but was: " + k);
        }
        return InactivityScorer.of(k);
      }
      case "model" -> {
        TransactionModel m = ModelFiles.transactionModel(requireModel());
        if (m instanceof BgNbdModel b) {
          return BgNbdChurnScorer.of(b);
        }
        return ChurnScorer.fromProbabilityAlive(
            m.name(), (p, i) -> m.probabilityAlive(p.frequency(i), p.recency(i), p.age(i)));
      }
      case "no-purchase" -> {
        Path file = requireModel();
        if (!(ModelFiles.transactionModel(file) instanceof BgNbdModel b)) {
          throw new IllegalArgumentException(file + ": --scorer no-purchase needs a bgnbd model");
        }
        if (!(horizon > 0) || Double.isInfinite(horizon)) {
          throw new CliErrors.UsageException("--horizon must be positive but was: " + horizon);
        }
        return BgNbdNoPurchaseScorer.within(b, horizon);
      }
      default ->
          throw new CliErrors.UsageException(
              "--scorer must be inactivity, model or no-purchase but was: '" + scorer + "'");
    }
  }

  private Path requireModel() {
    return model.orElseThrow(
        () -> new CliErrors.UsageException("--scorer " + scorer + " needs --model FILE"));
  }

  static Table table(CustomerSummaries population, ChurnScorer scorer, RiskBands bands) {
    double[] p = scorer.probabilities(population);
    Table t = Table.of("id", "probability", "band");
    for (int i = 0; i < p.length; i++) {
      t.add(population.id(i), p[i], bands.bandOf(p[i]).name());
    }
    return t;
  }
}
