package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.examples.data.Datasets;
import io.crmkit.report.Charts;
import io.crmkit.report.Numbers;
import io.crmkit.report.TextMetrics;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium: every chart section must render (an SVG wider than 100 CSS
 * pixels with text, and one tooltip per mark), the header's numbers must be the library's, no two
 * texts of a chart may overlap as drawn (their getBBox() on the screen), choosing a segment in the
 * filter must show that segment's rows and bars only, and a screenshot of the whole page is kept as
 * target/report.png (with the page as target/report.html). It never skips: a machine without
 * chromium fails it ({@code .ci/run} installs Debian's chromium; by hand: {@code apt-get install -y
 * chromium}).
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
    // prints: the page's height, the chart sections, those that rendered, the header as the
    // browser reads it, every text's box on the screen, and what the segment filter shows
    String probe = "<script>" + resource("report-probe.js") + "</script>";
    Path probed = dir.resolve("probed.html");
    Files.writeString(
        probed,
        Files.readString(report, StandardCharsets.UTF_8).replace("</body>", probe + "</body>"),
        StandardCharsets.UTF_8);
    String dom =
        run(browser.get(), "--window-size=1280,800", "--dump-dom", probed.toUri().toString());
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

    // every text as chromium draws it: inside its chart, no wider than measured, none overlapping
    List<String> problems = new ArrayList<>();
    int texts = 0;
    String[] charts = attribute(dom, "data-texts").split("\\|", -1);
    assertThat(charts).hasSize(sections);
    for (String chart : charts) {
      String[] parts = chart.split(";", -1);
      double[] frame = numbers(parts[0].split(",", -1), 0, 4);
      List<double[]> boxes = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int k = 1; k < parts.length; k++) {
        String[] f = parts[k].split(",", -1);
        double[] corners = numbers(f, 0, 8);
        double width = Double.parseDouble(f[8]);
        double size = Double.parseDouble(f[9]);
        boolean bold = f[10].equals("1");
        String text = URLDecoder.decode(f[11], StandardCharsets.UTF_8);
        texts++;
        double measured = TextMetrics.width(text, size, bold);
        if (width > measured + 0.5) {
          problems.add(
              String.format(
                  Locale.ROOT, "'%s' is %.2f px wide, measured %.2f", text, width, measured));
        }
        for (int c = 0; c < 8; c += 2) {
          if (corners[c] < frame[0] - 0.5
              || corners[c] > frame[2] + 0.5
              || corners[c + 1] < frame[1] - 0.5
              || corners[c + 1] > frame[3] + 0.5) {
            problems.add("'" + text + "' leaves its chart");
            break;
          }
        }
        for (int j = 0; j < boxes.size(); j++) {
          if (overlap(boxes.get(j), corners) > 0.5) {
            problems.add("'" + text + "' overlaps '" + names.get(j) + "'");
          }
        }
        boxes.add(corners);
        names.add(text);
      }
    }
    assertThat(texts).as("texts drawn").isGreaterThan(sections * 5);
    assertThat(problems).isEmpty();

    // the segment filter: all segments' rows and bars, then one segment's only, then all again
    int options = Integer.parseInt(attribute(dom, "data-filter-options"));
    assertThat(options).as("'all' and one option per segment").isGreaterThan(3);
    String chosen = attribute(dom, "data-chosen");
    String[] rowsAll = attribute(dom, "data-rows-all").split(":", 2);
    String[] marksAll = attribute(dom, "data-marks-all").split(":", 2);
    String[] rowsOne = attribute(dom, "data-rows-one").split(":", 2);
    String[] marksOne = attribute(dom, "data-marks-one").split(":", 2);
    // three sections (counts, value bars, figures table), each a data table of every segment
    assertThat(Integer.parseInt(rowsAll[0])).isEqualTo(3 * (options - 1));
    assertThat(rowsAll[1].split("\t", -1)).hasSize(options - 1).contains(chosen);
    assertThat(Integer.parseInt(marksAll[0])).isEqualTo(3 * (options - 1));
    assertThat(Integer.parseInt(rowsOne[0])).isEqualTo(3);
    assertThat(rowsOne[1]).isEqualTo(chosen);
    assertThat(Integer.parseInt(marksOne[0])).isEqualTo(3);
    assertThat(marksOne[1]).isEqualTo(chosen);
    assertThat(attribute(dom, "data-status")).contains(chosen);
    assertThat(attribute(dom, "data-rows-again")).isEqualTo(attribute(dom, "data-rows-all"));

    // the screenshot of the whole page a person looks at, kept by the build as an artifact
    int height = Integer.parseInt(attribute(dom, "data-height"));
    assertThat(height).as("page height at 1280 px wide").isGreaterThan(4000);
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    Files.copy(report, target.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);
    Path shot = target.resolve("report.png");
    Files.deleteIfExists(shot);
    run(
        browser.get(),
        "--screenshot=" + shot,
        "--window-size=1280," + height,
        "--hide-scrollbars",
        report.toUri().toString());
    assertThat(shot).exists();
    BufferedImage img = ImageIO.read(shot.toFile());
    assertThat(img).as("a PNG at %s", shot).isNotNull();
    assertThat(img.getWidth()).isEqualTo(1280);
    assertThat(img.getHeight()).isEqualTo(height);
    // the page's last section is in the picture: its bottom rows are not all white
    assertThat(inked(img, height - 400, height)).as("ink in the last 400 px").isTrue();
  }

  @Test
  void overlap_is_the_depth_of_two_boxes_and_negative_when_apart() {
    double[] a = {0, 0, 10, 0, 10, 10, 0, 10};
    assertThat(overlap(a, new double[] {8, 2, 18, 2, 18, 12, 8, 12})).isEqualTo(2);
    assertThat(overlap(a, new double[] {12, 0, 22, 0, 22, 10, 12, 10})).isEqualTo(-2);
    // a box turned 45° whose upright bounds reach into a's corner but which stays clear of it
    double[] turned = {9.5, 12, 12, 9.5, 14.5, 12, 12, 14.5};
    assertThat(overlap(a, turned)).isCloseTo(-1.5 / Math.sqrt(2), within(1e-9));
  }

  private static boolean inked(BufferedImage img, int from, int to) {
    for (int y = Math.max(0, from); y < to; y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
          return true;
        }
      }
    }
    return false;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ReportInBrowserTest.class.getResourceAsStream(name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static double[] numbers(String[] cells, int from, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = Double.parseDouble(cells[from + i]);
    }
    return out;
  }

  /** How deep two quadrilaterals (corners x1, y1 … x4, y4) overlap, in pixels; ≤ 0 when apart. */
  static double overlap(double[] a, double[] b) {
    double depth = Double.POSITIVE_INFINITY;
    for (double[] q : new double[][] {a, b}) {
      for (int i = 0; i < 2; i++) {
        double ex = q[2 * i + 2] - q[2 * i];
        double ey = q[2 * i + 3] - q[2 * i + 1];
        double len = Math.hypot(ex, ey);
        if (len == 0) {
          continue;
        }
        double nx = -ey / len;
        double ny = ex / len;
        double[] pa = project(a, nx, ny);
        double[] pb = project(b, nx, ny);
        depth = Math.min(depth, Math.min(pa[1], pb[1]) - Math.max(pa[0], pb[0]));
      }
    }
    return depth;
  }

  private static double[] project(double[] q, double nx, double ny) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < 8; k += 2) {
      double p = q[k] * nx + q[k + 1] * ny;
      lo = Math.min(lo, p);
      hi = Math.max(hi, p);
    }
    return new double[] {lo, hi};
  }
}
