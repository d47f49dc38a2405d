package io.crmkit.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of the class-data archive that {@code mvn package} builds next to {@code
 * crm.jar} ({@code target/crm.jsa}, issue 22): run by {@code java -XX:ArchiveClassesAtExit=… -cp
 * crm.jar}, it runs the summary, fit, predict, clv and score commands once on the CDNOW sample
 * files, so the archive holds the classes that these commands load (picocli, Jackson, the readers
 * and writers, the models). {@code bin/crm} maps the archive when it is newer than the jar; the JVM
 * ignores an archive that does not match the jar. Arguments: the directory of the CDNOW sample
 * files, then a scratch directory for the outputs.
 */
final class CdsTraining {

  private CdsTraining() {}

  /** Runs the commands; exits 1 naming the first command that failed. */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "expected 2 arguments (data directory, scratch directory) but got " + args.length);
    }
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + out + ": " + e.getMessage(), e);
    }
    String spend = data.resolve("cdnow_customers_summary_with_transactions.csv").toString();
    String bg = out.resolve("bg.json").toString();
    String gg = out.resolve("gg.json").toString();
    String[][] commands = {
      {
        "summary",
        "--layout",
        "cdnow-sample",
        "--transactions",
        data.resolve("CDNOW_sample.txt").toString(),
        "--calibration-end",
        "1997-09-30",
        "--out",
        out.resolve("summary.csv").toString()
      },
      {"fit", "--model", "bgnbd", "--summary", spend, "--out", bg},
      {"fit", "--model", "gammagamma", "--summary", spend, "--out", gg},
      {
        "predict",
        "--model",
        bg,
        "--summary",
        spend,
        "--horizon",
        "39",
        "--out",
        out.resolve("predict.csv").toString()
      },
      {
        "clv",
        "--model",
        bg,
        "--spend-model",
        gg,
        "--summary",
        spend,
        "--horizon-months",
        "12",
        "--out",
        out.resolve("clv.csv").toString()
      },
      {
        "score",
        "--model",
        bg,
        "--spend-model",
        gg,
        "--summary",
        spend,
        "--horizon",
        "39",
        "--horizon-months",
        "12",
        "--out",
        out.resolve("score.csv").toString()
      },
      {"score", "--help"},
      {"--help"} // registers every subcommand
    };
    for (String[] command : commands) {
      StringWriter text = new StringWriter();
      int code;
      try (PrintWriter w = new PrintWriter(text)) {
        code = CrmCommand.run(w, w, command);
      }
      if (code != 0) {
        System.err.println(
            "crm " + String.join(" ", command) + " exited with " + code + ":\n" + text);
        System.exit(1);
      }
    }
  }
}
