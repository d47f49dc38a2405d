package io.crmkit.examples.cli;

import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.ModelJson;
import io.crmkit.lifecycle.model.ParametricModel;
import io.crmkit.lifecycle.model.TransactionModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the model files written by {@code crm fit}; errors name the file. */
final class ModelFiles {

  private ModelFiles() {}

  /** The model of a model file, refusing files that record an unusable fit. */
  static ParametricModel read(Path file) {
    String text = text(file);
    Optional<String> problem;
    ParametricModel model;
    try {
      model = ModelJson.read(text);
      problem = ModelJson.recordedProblem(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    if (problem.isPresent()) {
      throw new IllegalArgumentException(
          file
              + ": holds a "
              + model.name()
              + " fit that is not usable: "
              + problem.get()
              + ". Refit it with a penalizer (crm fit --penalizer 0.01, or --penalizer auto)");
    }
    return model;
  }

  /**
   * The time unit the model of {@code file} was fitted in (weeks for files that do not record one).
   */
  static String timeUnit(Path file) {
    try {
      return ModelJson.timeUnit(text(file));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The unit of the summaries to score with the model of {@code file}: {@code requested} when
   * given, which must then be the model's unit (a weeks model scoring a days summary is wrong by
   * the ratio of the units, without a word), else the model's. For BG/BB models, whose unit is
   * opportunities, no other unit may be requested.
   */
  static String unitFor(Path file, Optional<String> requested) {
    String model = timeUnit(file);
    if (requested.isEmpty()) {
      return model;
    }
    String asked = SummaryCommand.unit(requested.get()).name();
    if (!asked.equals(model)) {
      throw new IllegalArgumentException(
          file
              + ": the model was fitted on summaries in "
              + model
              + " but --unit "
              + requested.get()
              + " was given: predictions would be off by the ratio of the units. Summarise in "
              + model
              + " (crm summary --unit "
              + model
              + ") or refit the model on the "
              + asked
              + " summary (crm fit --unit "
              + asked
              + ")");
    }
    return model;
  }

  private static String text(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return text;
  }

  static TransactionModel transactionModel(Path file) {
    ParametricModel m = read(file);
    if (m instanceof TransactionModel t) {
      return t;
    }
    throw new IllegalArgumentException(
        file
            + ": holds a "
            + m.name()
            + " model but a transaction model is needed (bgnbd, mbgnbd, paretonbd or bgbb)");
  }

  static GammaGammaModel spendModel(Path file) {
    ParametricModel m = read(file);
    if (m instanceof GammaGammaModel g) {
      return g;
    }
    throw new IllegalArgumentException(
        file + ": holds a " + m.name() + " model but a gammagamma spend model is needed");
  }
}
