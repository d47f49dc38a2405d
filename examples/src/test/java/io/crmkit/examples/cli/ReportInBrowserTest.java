package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crmkit.examples.data.Datasets;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium and checks that the browser parses every chart as an SVG
 * element. On a developer's machine without {@code chromium} on the PATH it is skipped (by
 * assumption); in CI ({@code CI=true}, where {@code .ci/run} installs Debian's chromium) a missing
 * browser fails it.
 */
class ReportInBrowserTest {

  @TempDir Path dir;

  static Optional<Path> chromium() {
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        Path p = Path.of(entry, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void chromium_renders_every_chart_of_the_report() throws IOException, InterruptedException {
    Optional<Path> browser = chromium();
    if ("true".equals(System.getenv("CI"))) {
      assertThat(browser).as("chromium on the PATH (.ci/run installs it)").isPresent();
    }
    assumeTrue(browser.isPresent(), "chromium is not installed: the browser check is skipped");
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    Path report = dir.resolve("report.html");
    assertThat(
            crm(
                    "report",
                    "--transactions",
                    sample.toString(),
                    "--layout",
                    "cdnow-sample",
                    "--calibration-end",
                    "1997-09-30",
                    "--observation-end",
                    "1998-06-30",
                    "--out",
                    report.toString())
                .exitCode())
        .isZero();
    // a script run by the browser after parsing writes what it sees into the DOM that --dump-dom
    // prints
    String probe =
        "<script>document.body.setAttribute('data-charts', Array.from(document.querySelectorAll('svg'))"
            + ".filter(s => s.getBoundingClientRect().width > 100 && s.querySelectorAll('path,rect').length > 10).length)"
            + "</script>";
    Path probed = dir.resolve("probed.html");
    Files.writeString(
        probed,
        Files.readString(report, StandardCharsets.UTF_8).replace("</body>", probe + "</body>"),
        StandardCharsets.UTF_8);
    Path profile = Files.createDirectories(dir.resolve("profile"));
    Process p =
        new ProcessBuilder(
                browser.get().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--dump-dom",
                probed.toUri().toString())
            .redirectError(dir.resolve("chromium.err").toFile())
            .start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(dom).contains("data-charts=\"7\"");
  }
}
