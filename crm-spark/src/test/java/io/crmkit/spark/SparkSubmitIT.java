package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.ModelJson;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged job jar the way {@code spark-submit} does: {@code spark-submit} is a shell
 * script that starts {@code org.apache.spark.deploy.SparkSubmit} on Spark's jars, and that class
 * loads the application jar given as its primary resource. Here the child JVM's class path holds
 * Spark and its dependencies only (crmkit's own classes and the test libraries are removed), so the
 * job must find crmkit, picocli and Commons Math inside {@code crm-spark-…-job.jar}, as on a
 * cluster.
 */
class SparkSubmitIT {

  private static final List<String> NOT_SPARK =
      List.of(
          "/io/crmkit/",
          "/info/picocli/",
          "/org/junit/",
          "/org/assertj/",
          "/net/jqwik/",
          "/org/opentest4j/",
          "/org/apiguardian/",
          "/target/");

  private static String sparkClassPath() {
    String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
    String kept =
        Arrays.stream(entries)
            .filter(e -> NOT_SPARK.stream().noneMatch(e.replace(File.separatorChar, '/')::contains))
            .collect(Collectors.joining(File.pathSeparator));
    assertThat(kept).as("Spark's jars on the test class path").contains("spark-core_2.13");
    return kept;
  }

  private static void sparkSubmit(Path work, String... jobArguments)
      throws IOException, InterruptedException {
    Path jobJar = Path.of(System.getProperty("crmkit.job.jar"));
    assertThat(jobJar).as("the job jar built by the package phase").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.addAll(Arrays.asList(System.getProperty("crmkit.spark.opens").trim().split("\\s+")));
    command.addAll(
        List.of(
            "-cp",
            sparkClassPath(),
            "org.apache.spark.deploy.SparkSubmit",
            "--master",
            "local[2]",
            "--class",
            "io.crmkit.spark.CrmJob",
            "--conf",
            "spark.ui.enabled=false",
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--conf",
            "spark.sql.shuffle.partitions=4",
            jobJar.toString()));
    command.addAll(Arrays.asList(jobArguments));
    Path log = work.resolve("spark-submit-" + jobArguments[0] + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process process = builder.start();
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as("spark-submit %s finished within 10 minutes", jobArguments[0]).isTrue();
    assertThat(process.exitValue())
        .as(
            "exit code of spark-submit %s; its output:%n%s",
            jobArguments[0],
            output.length() > 4000 ? output.substring(output.length() - 4000) : output)
        .isZero();
  }

  @Test
  void the_job_jar_runs_under_spark_submit_and_fits_what_one_jvm_fits(@TempDir Path dir)
      throws Exception {
    String summaries = dir.resolve("summaries").toString();
    sparkSubmit(
        dir,
        "summary",
        "--transactions",
        cdnowFile(),
        "--layout",
        "cdnow-master",
        "--calibration-end",
        "1997-09-30",
        "--out",
        summaries);
    Path model = dir.resolve("bgnbd.json");
    sparkSubmit(dir, "fit", "--model", "bgnbd", "--summary", summaries, "--out", model.toString());

    CustomerSummaries core =
        CustomerSummaries.of(
            SparkTests.cdnowMaster(),
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30)));
    FitResult<BgNbdModel> jvm = BgNbdModel.fit(core);
    BgNbdModel submitted = ModelJson.read(Files.readString(model), BgNbdModel.class);
    jvm.parameters()
        .forEach(
            (name, v) ->
                assertThat(submitted.parameters().get(name))
                    .as(name)
                    .isCloseTo(v, within(1e-9 * v)));
  }

  private static String cdnowFile() throws URISyntaxException {
    return Path.of(SparkSubmitIT.class.getResource("data/CDNOW_master.txt").toURI()).toString();
  }
}
