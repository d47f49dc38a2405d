package io.crmkit.examples.cli;

import io.crmkit.lifecycle.clv.BgBbModel;
import io.crmkit.lifecycle.clv.BgNbdModel;
import io.crmkit.lifecycle.clv.FitResult;
import io.crmkit.lifecycle.clv.GammaGammaModel;
import io.crmkit.lifecycle.clv.MbgNbdModel;
import io.crmkit.lifecycle.clv.ModelJson;
import io.crmkit.lifecycle.clv.ParametricModel;
import io.crmkit.lifecycle.clv.ParetoNbdModel;
import io.crmkit.lifecycle.clv.ShiftedBetaGeometricModel;
import io.crmkit.lifecycle.clv.SpendData;
import io.crmkit.lifecycle.clv.WeightedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crm fit}: fits a BTYD, spend or retention model and prints it as JSON. */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Fits a model by maximum likelihood and prints it as JSON (a model file for crm predict and crm clv).",
        "Summary columns are matched by name: frequency|x, recency|t_x, T, monetary_value|zbar, periods, weights.",
        "Gamma-Gamma uses the rows with frequency > 0."})
final class FitCommand implements Callable<Integer> {

  static final List<String> MODELS = List.of("bgnbd", "paretonbd", "mbgnbd", "bgbb", "gammagamma", "sbg");

  @Spec
  CommandSpec spec;

  @Option(names = "--model", paramLabel = "MODEL", required = true,
      description = "bgnbd, paretonbd, mbgnbd, bgbb, gammagamma or sbg.")
  String model;

  @Option(names = "--summary", paramLabel = "FILE", description = "A summary file with a header.")
  Optional<Path> summary = Optional.empty();

  @Option(names = "--survivors", paramLabel = "N", split = ",",
      description = "For sbg: customers still active at the start of each period, from the cohort size on.")
  long[] survivors;

  @Option(names = "--penalizer", paramLabel = "L", defaultValue = "0", description = "L2 penaliser (default 0).")
  double penalizer;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the model JSON to FILE instead of stdout.")
  Optional<Path> out = Optional.empty();

  @Option(names = "--json", description = "Print JSON (the only output format of fit; accepted for symmetry).")
  boolean json;

  @Override
  public Integer call() {
    String name = model.trim().toLowerCase(Locale.ROOT);
    if (!MODELS.contains(name)) {
      throw new CliErrors.UsageException("unknown model '" + model + "': expected one of " + String.join(", ", MODELS));
    }
    FitResult<? extends ParametricModel> fit;
    if (name.equals("sbg")) {
      if (survivors == null || summary.isPresent()) {
        throw new CliErrors.UsageException("--model sbg needs --survivors N0,N1,... (and no --summary)");
      }
      fit = ShiftedBetaGeometricModel.fit(survivors, penalizer);
    } else {
      if (summary.isEmpty() || survivors != null) {
        throw new CliErrors.UsageException("--model " + name + " needs --summary FILE (and no --survivors)");
      }
      fit = fit(name, SummaryTable.read(summary.get()), penalizer);
    }
    String text = ModelJson.toJson(fit);
    if (out.isPresent()) {
      try {
        Files.writeString(out.get(), text + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out.get() + ": " + e.getMessage(), e);
      }
    } else {
      spec.commandLine().getOut().println(text);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  /** Fits model {@code name} (not sbg) to a summary table. */
  static FitResult<? extends ParametricModel> fit(String name, SummaryTable t, double penalizer) {
    if (name.equals("gammagamma")) {
      double[] x = t.frequencies();
      double[] z = t.monetaryValues();
      double[] w = t.weightsOrOnes();
      List<Integer> keep = new ArrayList<>();
      for (int i = 0; i < t.rows; i++) {
        if (x[i] > 0) {
          if (!(z[i] > 0)) {
            throw t.error(i, Table.number(z[i]), "is not a positive mean spend of a repeat buyer (frequency "
                + Table.number(x[i]) + ")", "monetary_value", "zbar");
          }
          keep.add(i);
        }
      }
      double[] kx = new double[keep.size()];
      double[] kz = new double[keep.size()];
      double[] kw = new double[keep.size()];
      for (int k = 0; k < kx.length; k++) {
        int i = keep.get(k);
        kx[k] = x[i];
        kz[k] = z[i];
        kw[k] = w[i];
      }
      return GammaGammaModel.fit(SpendData.of(kx, kz, kw), penalizer);
    }
    double[] x = t.frequencies();
    double[] tx = t.recencies();
    double[] age = t.ages();
    WeightedData data = t.weights.isPresent() ? WeightedData.of(x, tx, age, t.weights.get())
        : WeightedData.compress(x, tx, age);
    return switch (name) {
      case "bgnbd" -> BgNbdModel.fit(data, penalizer);
      case "mbgnbd" -> MbgNbdModel.fit(data, penalizer);
      case "paretonbd" -> ParetoNbdModel.fit(data, penalizer);
      case "bgbb" -> BgBbModel.fit(data, penalizer);
      default -> throw new CliErrors.UsageException("unknown model '" + name + "': expected one of " + String.join(", ", MODELS));
    };
  }
}
