package io.crmkit.examples.cli;

import io.crmkit.lifecycle.model.BgBbModel;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.DefaultPenalizer;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.MbgNbdModel;
import io.crmkit.lifecycle.model.ModelJson;
import io.crmkit.lifecycle.model.ParametricModel;
import io.crmkit.lifecycle.model.ParetoNbdModel;
import io.crmkit.lifecycle.model.ShiftedBetaGeometricModel;
import io.crmkit.lifecycle.model.SpendData;
import io.crmkit.lifecycle.model.WeightedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm fit}: fits a BTYD, spend or retention model and prints it as JSON. */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Fits a model by maximum likelihood and prints it as JSON (a model file for crm predict and crm clv).",
      "Summary columns are matched by name: frequency|x, recency|t_x, T, monetary_value|zbar, periods, weights.",
      "Gamma-Gamma uses the rows with frequency > 0."
    })
final class FitCommand implements Callable<Integer> {

  static final List<String> MODELS =
      List.of("bgnbd", "paretonbd", "mbgnbd", "bgbb", "gammagamma", "sbg");

  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      required = true,
      description = "bgnbd, paretonbd, mbgnbd, bgbb, gammagamma or sbg.")
  String model;

  @Option(names = "--summary", paramLabel = "FILE", description = "A summary file with a header.")
  Optional<Path> summary = Optional.empty();

  @Option(
      names = "--survivors",
      paramLabel = "N",
      split = ",",
      description =
          "For sbg: customers still active at the start of each period, from the cohort size on.")
  long[] survivors;

  @Option(
      names = "--penalizer",
      paramLabel = "L|auto",
      description = {
        "L2 penalizer λ: crmkit minimises (−LL + λ Σ θ²)/n over the natural parameters θ (n customers); "
            + "this is not lifetimes' −LL/n + λ Σ θ² (see crm-lifecycle/docs/models.md).",
        "Default: "
            + DefaultPenalizer.SMALL_DATA_PENALIZER
            + " below "
            + DefaultPenalizer.SMALL_DATA_CUSTOMERS
            + " customers (0 for gammagamma), else 0. 'auto': plain maximum likelihood first, then 0.001, 0.01, 0.1, 1 "
            + "until the fit converges (the penalizer used is in the JSON)."
      })
  Optional<String> penalizer = Optional.empty();

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      defaultValue = "weeks",
      description =
          "Time unit of the summary (days or weeks, default weeks), recorded in the model file so that crm predict "
              + "and crm clv refuse summaries in another unit. bgbb models are in opportunities, sbg in periods.")
  String unit;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the model JSON to FILE instead of stdout.")
  Optional<Path> out = Optional.empty();

  @Option(
      names = "--json",
      description = "Print JSON (the only output format of fit; accepted for symmetry).")
  boolean json;

  @Override
  public Integer call() {
    String name = model.trim().toLowerCase(Locale.ROOT);
    if (!MODELS.contains(name)) {
      throw new CliErrors.UsageException(
          "unknown model '" + model + "': expected one of " + String.join(", ", MODELS));
    }
    String timeUnit =
        switch (name) {
          case "sbg" -> "periods";
          case "bgbb" -> "opportunities";
          case "gammagamma" -> "none";
          default -> SummaryCommand.unit(unit).name();
        };
    Function<Double, FitResult<? extends ParametricModel>> fitter;
    double customers;
    if (name.equals("sbg")) {
      if (survivors == null || summary.isPresent()) {
        throw new CliErrors.UsageException(
            "--model sbg needs --survivors N0,N1,... (and no --summary)");
      }
      fitter = l -> ShiftedBetaGeometricModel.fit(survivors, l);
      customers = survivors.length == 0 ? 0 : survivors[0];
    } else {
      if (summary.isEmpty() || survivors != null) {
        throw new CliErrors.UsageException(
            "--model " + name + " needs --summary FILE (and no --survivors)");
      }
      SummaryTable table = SummaryTable.read(summary.get());
      fitter = l -> fit(name, table, l);
      double sum = 0;
      for (double w : table.weightsOrOnes()) {
        sum += w;
      }
      customers = sum;
    }
    FitResult<? extends ParametricModel> fit = fitWithPenalizer(name, fitter, customers);
    fit.model(); // an unusable fit stops here: exit 1 with the cause, the estimates and a
    // penalizer to try
    String text = timeUnit.equals("none") ? ModelJson.toJson(fit) : ModelJson.toJson(fit, timeUnit);
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

  /** The penalizers {@code --penalizer auto} tries after plain maximum likelihood, in order. */
  static final double[] AUTO_PENALIZERS = {0.001, 0.01, 0.1, 1};

  private FitResult<? extends ParametricModel> fitWithPenalizer(
      String name,
      Function<Double, FitResult<? extends ParametricModel>> fitter,
      double customers) {
    PrintWriter err = spec.commandLine().getErr();
    if (penalizer.isEmpty()) {
      double l = name.equals("gammagamma") ? 0 : DefaultPenalizer.forCustomers(customers);
      if (l > 0) {
        err.println(
            String.format(
                Locale.ROOT,
                "note: %,.0f customers (fewer than %d): default penalizer %s applied "
                    + "(--penalizer 0 for plain maximum likelihood)",
                customers,
                DefaultPenalizer.SMALL_DATA_CUSTOMERS,
                l));
        err.flush();
      }
      return fitter.apply(l);
    }
    String text = penalizer.get().trim();
    if (!text.equalsIgnoreCase("auto")) {
      double l;
      try {
        l = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new CliErrors.UsageException(
            "--penalizer must be a number of at least 0 or 'auto' but was: '" + text + "'");
      }
      if (!(l >= 0) || Double.isInfinite(l)) {
        throw new CliErrors.UsageException(
            "--penalizer must be a number of at least 0 or 'auto' but was: '" + text + "'");
      }
      return fitter.apply(l);
    }
    FitResult<? extends ParametricModel> fit = fitter.apply(0.0);
    for (int i = 0; i < AUTO_PENALIZERS.length && !fit.usable(); i++) {
      err.println(
          "note: "
              + fit.problem().orElse("")
              + " with penalizer "
              + fit.penalizer()
              + "; trying "
              + AUTO_PENALIZERS[i]);
      fit = fitter.apply(AUTO_PENALIZERS[i]);
    }
    err.flush();
    return fit;
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
            throw t.error(
                i,
                Table.number(z[i]),
                "is not a positive mean spend of a repeat buyer (frequency "
                    + Table.number(x[i])
                    + ")",
                "monetary_value",
                "zbar");
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
    WeightedData data =
        t.weights.isPresent()
            ? WeightedData.of(x, tx, age, t.weights.get())
            : WeightedData.compress(x, tx, age);
    return switch (name) {
      case "bgnbd" -> BgNbdModel.fit(data, penalizer);
      case "mbgnbd" -> MbgNbdModel.fit(data, penalizer);
      case "paretonbd" -> ParetoNbdModel.fit(data, penalizer);
      case "bgbb" -> BgBbModel.fit(data, penalizer);
      default ->
          throw new CliErrors.UsageException(
              "unknown model '" + name + "': expected one of " + String.join(", ", MODELS));
    };
  }
}
