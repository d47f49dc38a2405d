package io.crmkit.lifecycle.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;
import io.crmkit.core.json.JsonFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Fitted models as JSON, so a model fitted once can score every day:
 *
 * <pre>{"model": "bgnbd", "parameters": {"r": 0.2426, "alpha": 4.4135, "a": 0.7929, "b": 2.4258},
 *  "logLikelihood": -9582.43, "converged": true, "iterations": 16, "standardErrors": {...},
 *  "timeUnit": "weeks"}</pre>
 *
 * Model names: {@code bgnbd}, {@code mbgnbd}, {@code paretonbd}, {@code bgbb}, {@code gammagamma},
 * {@code sbg}, {@code bdw}, {@code ggomnbd}, {@code bgcnbd}, {@code mbgcnbd} (with the whole-number
 * parameter {@code k}); parameter names as the models' {@code parameters()}, every one required.
 * Reading needs only {@code model} and {@code parameters}; the fit diagnostics ({@code
 * logLikelihood}, {@code converged}, {@code iterations}, {@code gradientNorm}, {@code penalizer},
 * {@code problem}, {@code observations}, {@code aic}, {@code bic}, {@code standardErrors}) are
 * optional, so the output of {@code crm fit} is a model file, and so is every model file crmkit
 * ever wrote. {@code "timeUnit"} records the unit of the data the model was fitted on ({@link
 * #timeUnit}); files without it (written before it was recorded) read as weeks.
 *
 * <p>Reading follows crmkit's one JSON policy ({@code io.crmkit.core.json.JsonFields}): an unknown
 * field or parameter, a value of the wrong JSON type or a model name not spelled as above fails
 * with a {@link CrmJsonException} naming the JSON path; a parameter the model refuses (not
 * positive) fails with the model's message after {@code $ is invalid:}. crm-lifecycle's Jackson
 * module reads and writes models in the same form.
 *
 * @since 0.1
 */
public final class ModelJson {

  /** The model names, in the order listed in messages. */
  private static final List<String> MODELS =
      List.of(
          "bgnbd",
          "mbgnbd",
          "paretonbd",
          "bgbb",
          "gammagamma",
          "sbg",
          "bdw",
          "ggomnbd",
          "bgcnbd",
          "mbgcnbd");

  private static final String[] FIELDS = {
    "model",
    "parameters",
    "logLikelihood",
    "converged",
    "iterations",
    "gradientNorm",
    "penalizer",
    "problem",
    "observations",
    "aic",
    "bic",
    "standardErrors",
    "timeUnit"
  };

  private ModelJson() {}

  /** A model as JSON: its name and parameters. */
  public static String toJson(ParametricModel model) {
    Objects.requireNonNull(model, "model must not be null");
    return CrmJackson.writePretty(node(model));
  }

  /**
   * A fit as JSON: the model, its parameters and the fit's diagnostics, without a time unit (read
   * back as the model's {@link #defaultTimeUnit default}). Prefer {@link #toJson(FitResult,
   * String)}.
   */
  public static String toJson(FitResult<? extends ParametricModel> fit) {
    return CrmJackson.writePretty(fitNode(fit));
  }

  /**
   * A fit as JSON with the time unit of the data it was fitted on ({@code "timeUnit"}: e.g. {@code
   * weeks} or {@code days}; {@code opportunities} for BG/BB, {@code periods} for sBG), so that a
   * prediction for summaries in another unit is refused instead of silently wrong.
   */
  public static String toJson(FitResult<? extends ParametricModel> fit, String timeUnit) {
    Objects.requireNonNull(timeUnit, "timeUnit must not be null");
    if (timeUnit.isBlank()) {
      throw new IllegalArgumentException("timeUnit must not be blank");
    }
    ObjectNode n = fitNode(fit);
    n.put("timeUnit", timeUnit);
    return CrmJackson.writePretty(n);
  }

  /**
   * Writes {@code model} as {@code {"model": ..., "parameters": {...}}} to {@code gen} (for the
   * Jackson module).
   */
  public static void write(JsonGenerator gen, ParametricModel model) throws IOException {
    gen.writeTree(node(model));
  }

  private static ObjectNode fitNode(FitResult<? extends ParametricModel> fit) {
    Objects.requireNonNull(fit, "fit must not be null");
    ObjectNode n = node(fit.modelEvenIfUnconverged());
    n.put("logLikelihood", fit.logLikelihood());
    n.put("converged", fit.converged());
    n.put("iterations", fit.iterations());
    if (Double.isFinite(fit.gradientNorm())) {
      n.put("gradientNorm", fit.gradientNorm());
    }
    n.put("penalizer", fit.penalizer());
    fit.problem().ifPresent(p -> n.put("problem", p));
    n.put("observations", fit.observations());
    n.put("aic", fit.aic());
    n.put("bic", fit.bic());
    ObjectNode se = n.putObject("standardErrors");
    fit.standardErrors()
        .forEach(
            (k, v) -> {
              if (Double.isFinite(v)) {
                se.put(k, v);
              } else {
                se.putNull(k);
              }
            });
    return n;
  }

  private static ObjectNode node(ParametricModel model) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("model", model.name());
    ObjectNode p = n.putObject("parameters");
    model.parameters().forEach(p::put);
    return n;
  }

  /**
   * Reads a model written by {@link #toJson} (any model file crmkit wrote).
   *
   * @throws CrmJsonException naming the JSON path when the JSON is malformed, a field or parameter
   *     is unknown, missing or of the wrong type, the model is unknown, or a parameter is refused
   *     by the model (not positive)
   */
  public static ParametricModel read(String json) {
    return read(root(json));
  }

  /** The model in the model-file object {@code f} (for crm-lifecycle's Jackson module). */
  public static ParametricModel read(JsonFields f) {
    f.only(FIELDS);
    checkDiagnostics(f);
    String name = f.text("model");
    if (!MODELS.contains(name)) {
      throw f.error("model", f.node().get("model"), "one of " + MODELS);
    }
    JsonFields p = f.object("parameters");
    return switch (name) {
      case "bgnbd" -> {
        double[] v = parameters(p, "r", "alpha", "a", "b");
        yield f.wrap(() -> BgNbdModel.of(v[0], v[1], v[2], v[3]));
      }
      case "mbgnbd" -> {
        double[] v = parameters(p, "r", "alpha", "a", "b");
        yield f.wrap(() -> MbgNbdModel.of(v[0], v[1], v[2], v[3]));
      }
      case "paretonbd" -> {
        double[] v = parameters(p, "r", "alpha", "s", "beta");
        yield f.wrap(() -> ParetoNbdModel.of(v[0], v[1], v[2], v[3]));
      }
      case "bgbb" -> {
        double[] v = parameters(p, "alpha", "beta", "gamma", "delta");
        yield f.wrap(() -> BgBbModel.of(v[0], v[1], v[2], v[3]));
      }
      case "bgcnbd", "mbgcnbd" -> {
        double[] v = parameters(p, "k", "r", "alpha", "a", "b");
        yield f.wrap(
            () ->
                name.equals("bgcnbd")
                    ? BgCnbdModel.of(CnbdKernel.checkK(v[0]), v[1], v[2], v[3], v[4])
                    : MbgCnbdModel.of(CnbdKernel.checkK(v[0]), v[1], v[2], v[3], v[4]));
      }
      case "ggomnbd" -> {
        double[] v = parameters(p, "r", "alpha", "b", "s", "beta");
        yield f.wrap(() -> GgomNbdModel.of(v[0], v[1], v[2], v[3], v[4]));
      }
      case "bdw" -> {
        double[] v = parameters(p, "alpha", "beta", "c");
        yield f.wrap(() -> BetaDiscreteWeibullModel.of(v[0], v[1], v[2]));
      }
      case "gammagamma" -> {
        double[] v = parameters(p, "p", "q", "v");
        yield f.wrap(() -> GammaGammaModel.of(v[0], v[1], v[2]));
      }
      default -> {
        double[] v = parameters(p, "alpha", "beta");
        yield f.wrap(() -> ShiftedBetaGeometricModel.of(v[0], v[1]));
      }
    };
  }

  private static double[] parameters(JsonFields p, String... names) {
    p.only(names);
    double[] out = new double[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = p.number(names[i]);
    }
    return out;
  }

  /** The optional fit diagnostics must have their types, though reading does not use them. */
  private static void checkDiagnostics(JsonFields f) {
    for (String number :
        new String[] {"logLikelihood", "gradientNorm", "penalizer", "observations", "aic", "bic"}) {
      f.number(number, 0);
    }
    f.bool("converged", true);
    f.integer("iterations", 0);
    f.optText("problem");
    f.optText("timeUnit");
    if (f.has("standardErrors")) {
      JsonNode se = f.required("standardErrors");
      if (!se.isObject()) {
        throw f.error("standardErrors", se, "an object of named numbers (null when not finite)");
      }
      JsonFields s = f.object("standardErrors");
      for (Map.Entry<String, JsonNode> e : se.properties()) {
        s.number(e.getKey(), Double.NaN);
      }
    }
  }

  /**
   * The time unit recorded in a model file ({@code "timeUnit"}), or the model's {@link
   * #defaultTimeUnit} for files written before crmkit recorded it.
   *
   * @throws CrmJsonException when the JSON is not a model file or the unit is not a non-blank
   *     string
   */
  public static String timeUnit(String json) {
    JsonFields f = root(json);
    ParametricModel model = read(f);
    Optional<String> unit = f.optText("timeUnit");
    if (unit.isEmpty()) {
      return defaultTimeUnit(model);
    }
    if (unit.get().isBlank()) {
      throw f.error("timeUnit", f.node().get("timeUnit"), "the unit of the data (e.g. \"weeks\")");
    }
    return unit.get().trim();
  }

  /**
   * What a model file says was wrong with its fit: {@code "problem"} as {@link FitResult#problem()}
   * wrote it, or that it records {@code "converged": false}; empty for a usable fit and for files
   * without diagnostics. Scoring with such a model gives numbers the data do not support.
   *
   * @throws CrmJsonException when the JSON is not a model file
   */
  public static Optional<String> recordedProblem(String json) {
    JsonFields f = root(json);
    read(f);
    Optional<String> problem = f.optText("problem");
    if (problem.isPresent()) {
      return problem;
    }
    if (!f.bool("converged", true)) {
      return Optional.of("the fit did not converge (\"converged\": false)");
    }
    return Optional.empty();
  }

  /**
   * The unit assumed for a model file without {@code "timeUnit"}: {@code weeks} for the
   * continuous-time models (the unit of every model file crmkit wrote before it recorded one: the
   * default of {@code crm summary}), {@code opportunities} for BG/BB, {@code periods} for sBG and
   * {@code none} for Gamma-Gamma, whose parameters have no time unit.
   */
  public static String defaultTimeUnit(ParametricModel model) {
    Objects.requireNonNull(model, "model must not be null");
    return switch (model.name()) {
      case "bgbb" -> "opportunities";
      case "sbg", "bdw" -> "periods";
      case "gammagamma" -> "none";
      default -> "weeks";
    };
  }

  private static JsonFields root(String json) {
    return JsonFields.root(JsonFields.parse(json, "model file"));
  }

  /**
   * Reads a model of the given type, with a clear error when the file holds another kind.
   *
   * @throws CrmJsonException as {@link #read(String)}, and at {@code $.model} when the file holds
   *     another model
   */
  public static <M extends ParametricModel> M read(String json, Class<M> type) {
    return read(root(json), type);
  }

  /**
   * The model of type {@code type} in the model-file object {@code f} (for crm-lifecycle's Jackson
   * module).
   */
  public static <M extends ParametricModel> M read(JsonFields f, Class<M> type) {
    ParametricModel m = read(f);
    if (!type.isInstance(m)) {
      throw CrmJsonException.at(
          f.pathOf("model"),
          "must be a " + type.getSimpleName() + " but the JSON holds a " + m.name() + " model");
    }
    return type.cast(m);
  }

  /** Writes {@link #toJson(FitResult)} to a file (UTF-8). */
  public static void write(FitResult<? extends ParametricModel> fit, Path file) {
    try {
      Files.writeString(file, toJson(fit) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Reads a model file (UTF-8). */
  public static ParametricModel read(Path file) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model file " + file, e);
    }
  }
}
