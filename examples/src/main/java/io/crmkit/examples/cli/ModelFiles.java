package io.crmkit.examples.cli;

import io.crmkit.lifecycle.clv.GammaGammaModel;
import io.crmkit.lifecycle.clv.ModelJson;
import io.crmkit.lifecycle.clv.ParametricModel;
import io.crmkit.lifecycle.clv.TransactionModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the model files written by {@code crm fit}; errors name the file. */
final class ModelFiles {

  private ModelFiles() {}

  static ParametricModel read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      return ModelJson.read(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  static TransactionModel transactionModel(Path file) {
    ParametricModel m = read(file);
    if (m instanceof TransactionModel t) {
      return t;
    }
    throw new IllegalArgumentException(file + ": holds a " + m.name()
        + " model but a transaction model is needed (bgnbd, mbgnbd, paretonbd or bgbb)");
  }

  static GammaGammaModel spendModel(Path file) {
    ParametricModel m = read(file);
    if (m instanceof GammaGammaModel g) {
      return g;
    }
    throw new IllegalArgumentException(file + ": holds a " + m.name() + " model but a gammagamma spend model is needed");
  }
}
