package io.crmkit.lifecycle.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Fitted models as JSON, so a model fitted once can score every day:
 * <pre>{"model": "bgnbd", "parameters": {"r": 0.2426, "alpha": 4.4135, "a": 0.7929, "b": 2.4258},
 *  "logLikelihood": -9582.43, "converged": true, "iterations": 16, "standardErrors": {...}}</pre>
 * Model names: {@code bgnbd}, {@code mbgnbd}, {@code paretonbd}, {@code bgbb}, {@code gammagamma},
 * {@code sbg}; parameter names as the models' {@code parameters()}. Reading needs only {@code model}
 * and {@code parameters}; the fit diagnostics are optional, so the output of {@code crm fit} is a
 * model file. {@code "timeUnit"} records the unit of the data the model was fitted on ({@link
 * #timeUnit}); files without it (written before it was recorded) read as weeks.
 *
 * @since 0.1
 */
public final class ModelJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelJson() {}

  /** A model as JSON: its name and parameters. */
  public static String toJson(ParametricModel model) {
    Objects.requireNonNull(model, "model must not be null");
    return write(node(model));
  }

  /**
   * A fit as JSON: the model, its parameters and the fit's diagnostics, without a time unit (read
   * back as the model's {@link #defaultTimeUnit default}). Prefer {@link #toJson(FitResult, String)}.
   */
  public static String toJson(FitResult<? extends ParametricModel> fit) {
    return write(fitNode(fit));
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
    return write(n);
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
    fit.standardErrors().forEach((k, v) -> {
      if (Double.isFinite(v)) {
        se.put(k, v);
      } else {
        se.putNull(k);
      }
    });
    return n;
  }

  private static ObjectNode node(ParametricModel model) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("model", model.name());
    ObjectNode p = n.putObject("parameters");
    model.parameters().forEach(p::put);
    return n;
  }

  private static String write(ObjectNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * Reads a model written by {@link #toJson}.
   *
   * @throws IllegalArgumentException naming the problem when the JSON is malformed, the model is
   *     unknown, or a parameter is missing or not a positive number
   */
  public static ParametricModel read(String json) {
    JsonNode root = object(json);
    JsonNode name = root.get("model");
    if (name == null || !name.isTextual()) {
      throw new IllegalArgumentException("field \"model\" must name the model (one of bgnbd, mbgnbd, paretonbd, bgbb, "
          + "gammagamma, sbg) but was: " + name);
    }
    JsonNode params = root.get("parameters");
    if (params == null || !params.isObject()) {
      throw new IllegalArgumentException("field \"parameters\" must be an object of named numbers but was: " + params);
    }
    Map<String, Double> p = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : params.properties()) {
      if (!e.getValue().isNumber()) {
        throw new IllegalArgumentException("parameter \"" + e.getKey() + "\" must be a number but was: " + e.getValue());
      }
      p.put(e.getKey(), e.getValue().doubleValue());
    }
    String model = name.asText().toLowerCase(Locale.ROOT);
    return switch (model) {
      case "bgnbd" -> BgNbdModel.of(get(p, model, "r"), get(p, model, "alpha"), get(p, model, "a"), get(p, model, "b"));
      case "mbgnbd" -> MbgNbdModel.of(get(p, model, "r"), get(p, model, "alpha"), get(p, model, "a"), get(p, model, "b"));
      case "paretonbd" -> ParetoNbdModel.of(get(p, model, "r"), get(p, model, "alpha"), get(p, model, "s"),
          get(p, model, "beta"));
      case "bgbb" -> BgBbModel.of(get(p, model, "alpha"), get(p, model, "beta"), get(p, model, "gamma"),
          get(p, model, "delta"));
      case "gammagamma" -> GammaGammaModel.of(get(p, model, "p"), get(p, model, "q"), get(p, model, "v"));
      case "sbg" -> ShiftedBetaGeometricModel.of(get(p, model, "alpha"), get(p, model, "beta"));
      default -> throw new IllegalArgumentException("unknown model \"" + name.asText()
          + "\"; expected one of bgnbd, mbgnbd, paretonbd, bgbb, gammagamma, sbg");
    };
  }

  /**
   * The time unit recorded in a model file ({@code "timeUnit"}), or the model's {@link
   * #defaultTimeUnit} for files written before crmkit recorded it.
   *
   * @throws IllegalArgumentException when the JSON is not a model file or the unit is not text
   */
  public static String timeUnit(String json) {
    ParametricModel model = read(json);
    JsonNode unit = object(json).get("timeUnit");
    if (unit == null || unit.isNull()) {
      return defaultTimeUnit(model);
    }
    if (!unit.isTextual() || unit.asText().isBlank()) {
      throw new IllegalArgumentException("field \"timeUnit\" must name the unit of the data (e.g. weeks) but was: " + unit);
    }
    return unit.asText().trim().toLowerCase(Locale.ROOT);
  }

  /**
   * What a model file says was wrong with its fit: {@code "problem"} as {@link FitResult#problem()}
   * wrote it, or that it records {@code "converged": false}; empty for a usable fit and for files
   * without diagnostics. Scoring with such a model gives numbers the data do not support.
   */
  public static java.util.Optional<String> recordedProblem(String json) {
    JsonNode root = object(json);
    JsonNode problem = root.get("problem");
    if (problem != null && problem.isTextual()) {
      return java.util.Optional.of(problem.asText());
    }
    JsonNode converged = root.get("converged");
    if (converged != null && converged.isBoolean() && !converged.asBoolean()) {
      return java.util.Optional.of("the fit did not converge (\"converged\": false)");
    }
    return java.util.Optional.empty();
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
      case "sbg" -> "periods";
      case "gammagamma" -> "none";
      default -> "weeks";
    };
  }

  /** The JSON object of a model file, or a named error. */
  private static JsonNode object(String json) {
    Objects.requireNonNull(json, "json must not be null");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a model file must be a JSON object with \"model\" and \"parameters\"");
    }
    return root;
  }

  private static double get(Map<String, Double> p, String model, String name) {
    Double v = p.get(name);
    if (v == null) {
      throw new IllegalArgumentException("model " + model + " needs parameter \"" + name + "\" but has only " + p.keySet());
    }
    return v;
  }

  /** Reads a model of the given type, with a clear error when the file holds another kind. */
  public static <M extends ParametricModel> M read(String json, Class<M> type) {
    ParametricModel m = read(json);
    if (!type.isInstance(m)) {
      throw new IllegalArgumentException("expected a " + type.getSimpleName() + " but the JSON holds a " + m.name()
          + " model");
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
