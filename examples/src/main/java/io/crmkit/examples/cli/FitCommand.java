package io.crmkit.examples.cli;

import io.crmkit.lifecycle.model.BetaDiscreteWeibullModel;
import io.crmkit.lifecycle.model.BgBbModel;
import io.crmkit.lifecycle.model.BgCnbdModel;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.DefaultPenalizer;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.GgomNbdModel;
import io.crmkit.lifecycle.model.MbgCnbdModel;
import io.crmkit.lifecycle.model.MbgNbdModel;
import io.crmkit.lifecycle.model.ModelJson;
import io.crmkit.lifecycle.model.ParametricModel;
import io.crmkit.lifecycle.model.ParetoNbdModel;
import io.crmkit.lifecycle.model.RegularityData;
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
      List.of(
          "bgnbd",
          "paretonbd",
          "mbgnbd",
          "bgbb",
          "gammagamma",
          "sbg",
          "ggomnbd",
          "bgcnbd",
          "mbgcnbd",
          "bdw");

  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      required = true,
      description =
          "bgnbd, paretonbd, mbgnbd, ggomnbd (Gamma-Gompertz/NBD), bgcnbd, mbgcnbd (with --k), bgbb, "
              + "gammagamma, sbg or bdw (beta-discrete-Weibull).")
  String model;

  @Option(
      names = "--k",
      paramLabel = "K",
      description =
          "For bgcnbd and mbgcnbd: the degree of regularity k (1 to 50; Erlang-k interpurchase "
              + "times). A summary has no interpurchase times, so k is given, not chosen, and the "
              + "log-likelihood leaves out their term (k−1) Σ ln(interpurchase time).")
  Optional<Integer> k = Optional.empty();

  @Option(names = "--summary", paramLabel = "FILE", description = "A summary file with a header.")
  Optional<Path> summary = Optional.empty();

  @Option(
      names = "--survivors",
      paramLabel = "N",
      split = ",",
      description =
          "For sbg and bdw: customers still active at the start of each period, from the cohort size on.")
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
          case "sbg", "bdw" -> "periods";
          case "bgbb" -> "opportunities";
          case "gammagamma" -> "none";
          default -> SummaryCommand.unit(unit).name();
        };
    Function<Double, FitResult<? extends ParametricModel>> fitter;
    double customers;
    boolean cnbd = name.equals("bgcnbd") || name.equals("mbgcnbd");
    if (cnbd != k.isPresent()) {
      throw new CliErrors.UsageException(
          cnbd
              ? "--model " + name + " needs --k K (1 to 50): a summary cannot choose k"
              : "--k is for bgcnbd and mbgcnbd only, not " + name);
    }
    if (name.equals("sbg") || name.equals("bdw")) {
      if (survivors == null || summary.isPresent()) {
        throw new CliErrors.UsageException(
            "--model " + name + " needs --survivors N0,N1,... (and no --summary)");
      }
      fitter =
          name.equals("sbg")
              ? l -> ShiftedBetaGeometricModel.fit(survivors, l)
              : l -> BetaDiscreteWeibullModel.fit(survivors, l);
      customers = survivors.length == 0 ? 0 : survivors[0];
    } else {
      if (summary.isEmpty() || survivors != null) {
        throw new CliErrors.UsageException(
            "--model " + name + " needs --summary FILE (and no --survivors)");
      }
      SummaryTable table = SummaryTable.read(summary.get());
      int degree = k.orElse(1);
      fitter = l -> fit(name, table, l, degree);
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

  /** Fits model {@code name} (not sbg or bdw) to a summary table. */
  static FitResult<? extends ParametricModel> fit(String name, SummaryTable t, double penalizer) {
    return fit(name, t, penalizer, 1);
  }

  /**
   * Fits model {@code name} (not sbg or bdw) to a summary table; {@code degree} is the k of bgcnbd
   * and mbgcnbd.
   */
  static FitResult<? extends ParametricModel> fit(
      String name, SummaryTable t, double penalizer, int degree) {
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
    if (name.equals("bgcnbd") || name.equals("mbgcnbd")) {
      if (t.weights.isPresent()) {
        throw new CliErrors.UsageException(
            "--model " + name + " needs one row per customer: the summary has a weight column");
      }
      if (degree < 1 || degree > 50) {
        throw new CliErrors.UsageException("--k must be from 1 to 50 but was: " + degree);
      }
      // the interpurchase times' term does not depend on (r, α, a, b): any valid Σ ln(gaps) gives
      // the same fit; x ln(t_x/x), that of equal gaps, is the largest valid one
      double[] litt = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        litt[i] = x[i] > 0 ? x[i] * Math.log(tx[i] / x[i]) : 0;
      }
      RegularityData regular = RegularityData.of(x, tx, age, litt);
      return name.equals("bgcnbd")
          ? BgCnbdModel.fitWithK(regular, degree, penalizer)
          : MbgCnbdModel.fitWithK(regular, degree, penalizer);
    }
    WeightedData data =
        t.weights.isPresent()
            ? WeightedData.of(x, tx, age, t.weights.get())
            : WeightedData.compress(x, tx, age);
    return switch (name) {
      case "bgnbd" -> BgNbdModel.fit(data, penalizer);
      case "mbgnbd" -> MbgNbdModel.fit(data, penalizer);
      case "paretonbd" -> ParetoNbdModel.fit(data, penalizer);
      case "ggomnbd" -> GgomNbdModel.fit(data, penalizer);
      case "bgbb" -> BgBbModel.fit(data, penalizer);
      default ->
          throw new CliErrors.UsageException(
              "unknown model '" + name + "': expected one of " + String.join(", ", MODELS));
    };
  }
}
