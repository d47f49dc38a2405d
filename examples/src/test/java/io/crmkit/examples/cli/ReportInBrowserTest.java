package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.examples.data.Datasets;
import io.crmkit.report.Charts;
import io.crmkit.report.Numbers;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium: every chart section must render (an SVG wider than 100 CSS
 * pixels with text, and one tooltip per mark), the header's numbers must be the library's, and a
 * screenshot is kept as target/report.png. It never skips: a machine without chromium fails it
 * ({@code .ci/run} installs Debian's chromium; by hand: {@code apt-get install -y chromium}).
 */
class ReportInBrowserTest {

  @TempDir Path dir;

  static Optional<Path> chromium() {
    List<Path> candidates = new ArrayList<>();
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        candidates.add(Path.of(entry, name));
      }
    }
    candidates.add(Path.of("/usr/bin/chromium"));
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  private String run(Path browser, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                browser.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Process p =
        new ProcessBuilder(cmd)
            .redirectError(dir.resolve("chromium-" + profile.getFileName() + ".err").toFile())
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("chromium ends within 3 minutes").isTrue();
    return out;
  }

  private static String attribute(String dom, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
    assertThat(m.find()).as("attribute %s in the dumped DOM", name).isTrue();
    return m.group(1);
  }

  @Test
  void chromium_renders_every_chart_and_the_header_numbers_are_the_librarys()
      throws IOException, InterruptedException {
    Optional<Path> browser = chromium();
    assertThat(browser)
        .as("chromium installed (apt-get install -y chromium; .ci/run installs it)")
        .isPresent();
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    Path report = dir.resolve("report.html");
    CliTestSupport.Result r =
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
            report.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    // a script run by the browser after parsing writes what it sees into the DOM that --dump-dom
    // prints: the chart sections, those that rendered, and the header as the browser reads it
    String probe =
        "<script>(function(){var s=document.querySelectorAll('section.chart'),ok=0;"
            + "s.forEach(function(e){var v=e.querySelector('svg');if(!v)return;"
            + "var b=v.getBoundingClientRect();"
            + "if(b.width>100&&b.height>50&&v.querySelectorAll('text').length>0"
            + "&&v.querySelectorAll('title').length==Number(e.dataset.marks)+1)ok++;});"
            + "var d=document.body;d.setAttribute('data-sections',s.length);d.setAttribute('data-rendered',ok);"
            + "['file','rows','customers','calibration','holdout','unit','version'].forEach(function(f){"
            + "d.setAttribute('data-h-'+f,document.querySelector('dd[data-field='+f+']').textContent);});"
            + "})();</script>";
    Path probed = dir.resolve("probed.html");
    Files.writeString(
        probed,
        Files.readString(report, StandardCharsets.UTF_8).replace("</body>", probe + "</body>"),
        StandardCharsets.UTF_8);
    String dom = run(browser.get(), "--dump-dom", probed.toUri().toString());
    int sections = Integer.parseInt(attribute(dom, "data-sections"));
    assertThat(sections).isEqualTo(ReportCommandTest.CHARTS_WITH_HOLDOUT);
    assertThat(attribute(dom, "data-rendered")).isEqualTo(Integer.toString(sections));

    TransactionColumns tx = Datasets.cdnowSample();
    CustomerSummaries s =
        CustomerSummaries.of(
            tx,
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30))
                .withHoldoutUntil(LocalDate.of(1998, 6, 30)));
    LocalDate first = LocalDate.MAX;
    for (int i = 0; i < s.size(); i++) {
      first = s.firstPurchase(i).filter(first::isAfter).orElse(first);
    }
    assertThat(attribute(dom, "data-h-file")).isEqualTo("CDNOW_sample.txt");
    assertThat(attribute(dom, "data-h-rows")).isEqualTo(Numbers.count(tx.size()));
    assertThat(attribute(dom, "data-h-customers")).isEqualTo(Numbers.count(s.size()));
    assertThat(attribute(dom, "data-h-calibration")).isEqualTo(first + " to 1997-09-30");
    assertThat(attribute(dom, "data-h-holdout")).isEqualTo("1997-10-01 to 1998-06-30");
    assertThat(attribute(dom, "data-h-unit")).isEqualTo("weeks");
    assertThat(attribute(dom, "data-h-version")).isEqualTo(Charts.version());

    // the screenshot a person looks at, kept by the build as an artifact
    Path shot = Path.of("target", "report.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Files.deleteIfExists(shot);
    run(
        browser.get(),
        "--screenshot=" + shot,
        "--window-size=1280,4000",
        "--hide-scrollbars",
        report.toUri().toString());
    BufferedImage img = ImageIO.read(shot.toFile());
    assertThat(img).as("a PNG at %s", shot).isNotNull();
    assertThat(img.getWidth()).isEqualTo(1280);
    assertThat(img.getHeight()).isEqualTo(4000);
  }
}
