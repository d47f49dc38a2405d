package io.crmkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.lifecycle.churn.BgNbdNoPurchaseScorer;
import io.crmkit.lifecycle.churn.RiskBands;
import io.crmkit.lifecycle.cohort.CohortTable;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.HoldoutEvaluation;
import io.crmkit.lifecycle.model.TrackingCurve;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each factory on simulated data: the numbers it draws agree with the library's. */
class ChartsTest {

  static TransactionColumns tx;
  static CustomerSummaries s;
  static BgNbdModel model;

  @TempDir Path dir;

  @BeforeAll
  static void data() {
    tx = TestData.transactions();
    s = TestData.summaries(tx);
    model = BgNbdModel.fit(s).model();
  }

  static void valid(Chart c) throws Exception {
    String svg = SvgWriter.svg(c);
    TestData.parse(svg);
    assertThat(TestData.count(svg, "<title>")).as(c.title()).isEqualTo(c.marks() + 1);
    assertThat(svg).contains(SvgWriter.escape(c.title()));
    assertThat(c.table().rows()).isNotEmpty();
  }

  @Test
  void probability_alive_matrix_blanks_impossible_cells_and_counts_customers() throws Exception {
    HeatMap h = Charts.probabilityAliveMatrix(model, s);
    valid(h);
    int bottom = h.yLabels().size() - 1; // frequency 0
    assertThat(h.yLabels().get(bottom)).isEqualTo("0");
    assertThat(h.value(bottom, 0)).isEqualTo(1.0); // P(alive) = 1 without repeat purchases
    for (int c = 1; c < h.xLabels().size(); c++) {
      assertThat(h.value(bottom, c)).isNaN();
    }
    long total = 0;
    for (int r = 0; r < h.yLabels().size(); r++) {
      for (int c = 0; c < h.xLabels().size(); c++) {
        total += h.customersAt(r, c).orElseThrow();
        double v = h.value(r, c);
        assertThat(Double.isNaN(v) || (v >= 0 && v <= 1)).isTrue();
      }
    }
    assertThat(total).isEqualTo(s.size());
    long zeroCustomers = Arrays.stream(s.frequencies()).filter(f -> f == 0).count();
    assertThat(h.customersAt(bottom, 0)).contains(zeroCustomers);
    // the cell value is the model's at the column centre and the longest age
    double age = Arrays.stream(s.ages()).max().orElseThrow();
    double w = age / Charts.MATRIX_RECENCY_COLUMNS;
    assertThat(h.value(bottom - 2, 3)).isEqualTo(model.probabilityAlive(2, 3.5 * w, age));
  }

  @Test
  void expected_purchases_matrix_uses_the_model() throws Exception {
    HeatMap h = Charts.expectedPurchasesMatrix(model, s, 39);
    valid(h);
    double age = Arrays.stream(s.ages()).max().orElseThrow();
    double w = age / Charts.MATRIX_RECENCY_COLUMNS;
    int bottom = h.yLabels().size() - 1;
    assertThat(h.value(bottom - 1, 9)).isEqualTo(model.expectedPurchases(39, 1, 9.5 * w, age));
  }

  @Test
  void period_transactions_expected_counts_add_up_to_the_customers() throws Exception {
    BarChart b = Charts.periodTransactions(model, s, 7);
    valid(b);
    double actual = Arrays.stream(b.series().get(0).values()).sum();
    double expected = Arrays.stream(b.series().get(1).values()).sum();
    assertThat(actual).isEqualTo(s.size());
    assertThat(expected).isCloseTo(s.size(), within(0.05 * 8 + 1e-9 * s.size()));
    assertThat(b.categories()).startsWith("0").endsWith("7+");
  }

  @Test
  void calibration_vs_holdout_names_the_customers_of_each_bar() throws Exception {
    HoldoutEvaluation e = HoldoutEvaluation.of(model, s, 7);
    BarChart b = Charts.calibrationVsHoldout(e, TimeScale.WEEKS);
    valid(b);
    assertThat(b.categories().get(0))
        .isEqualTo("0 (n = " + Numbers.count(e.rows().get(0).customers()) + ")");
    assertThat(b.series().get(1).value(0)).isEqualTo(e.rows().get(0).meanPredicted());
  }

  @Test
  void tracking_charts_follow_the_curve() throws Exception {
    TrackingCurve t =
        TrackingCurve.of(model, TimeScale.WEEKS, tx, ZoneOffset.UTC, TestData.HOLDOUT_END, 7);
    LineChart cum = Charts.trackingCumulative(t);
    LineChart inc = Charts.trackingIncremental(t);
    valid(cum);
    valid(inc);
    assertThat(cum.series().get(0).values()).containsExactly(t.actualCumulative());
    assertThat(inc.series().get(1).value(3)).isEqualTo(t.expectedIncremental(3));
  }

  @Test
  void customer_history_starts_alive_and_drops_after_silence() throws Exception {
    LineChart l = Charts.customerAliveHistory(model, "42", new double[] {0, 2, 5}, 60, 61);
    valid(l);
    double[] p = l.series().get(0).values();
    assertThat(p[0]).isEqualTo(1);
    assertThat(p[5]).isEqualTo(model.probabilityAlive(2, 5, 5));
    assertThat(p[60]).isLessThan(p[6]);
    String id = s.id(0);
    LineChart fromData =
        Charts.customerAliveHistory(
            model, tx, id, ZoneOffset.UTC, TimeScale.WEEKS, TestData.CALIBRATION_END);
    valid(fromData);
    assertThatThrownBy(() -> Charts.customerAliveHistory(model, "x", new double[] {1}, 5, 3))
        .hasMessageContaining("purchaseTimes");
  }

  @Test
  void segment_value_shares_add_to_one_hundred() throws Exception {
    RfmSegments seg = SegmentTable.standard().assign(RfmScorer.quintiles().score(s));
    double[] clv = new double[s.size()];
    Arrays.fill(clv, 10);
    BarChart b = Charts.segmentValue(seg, s, Optional.of(clv));
    valid(b);
    for (Series series : b.series()) {
      assertThat(Arrays.stream(series.values()).sum()).isCloseTo(100, within(0.05 * series.size()));
    }
    TableChart t = Charts.segmentTable(seg, s, Optional.of(clv));
    valid(t);
    long customers = t.data().rows().stream().mapToLong(r -> Long.parseLong(r.get(1))).sum();
    assertThat(customers).isEqualTo(s.size());
    assertThat(t.data().rows().get(0).get(4)).isIn("10", "");
  }

  @Test
  void top_customers_are_sorted_highest_first() throws Exception {
    double[] clv = new double[s.size()];
    for (int i = 0; i < clv.length; i++) {
      clv[i] = s.totalSpend(i);
    }
    BarChart b = Charts.topCustomersByClv(s, clv, 10);
    valid(b);
    double[] v = b.series().get(0).values();
    for (int i = 1; i < v.length; i++) {
      assertThat(v[i]).isLessThanOrEqualTo(v[i - 1]);
    }
    assertThat(v[0]).isEqualTo(Math.round(Arrays.stream(clv).max().orElseThrow() * 100) / 100.0);
  }

  @Test
  void cohort_grid_leaves_unobserved_months_blank() throws Exception {
    CohortTable c = CohortTable.monthly(tx, ZoneOffset.UTC, YearMonth.of(1998, 6));
    HeatMap h = Charts.cohortRetention(c);
    valid(h);
    int last = h.yLabels().size() - 1;
    assertThat(h.value(last, h.xLabels().size() - 1)).isNaN();
    assertThat(h.value(0, 0)).isEqualTo(1.0);
  }

  @Test
  void churn_ranking_shows_the_repurchase_share_per_band() throws Exception {
    double[] scores = BgNbdNoPurchaseScorer.within(model, s.holdoutDuration()).probabilities(s);
    RiskBands bands = RiskBands.standard();
    BarChart rank = Charts.churnRanking(bands, scores, s, "P(no purchase)");
    valid(rank);
    double[] rates = Charts.repurchaseRates(bands, scores, s);
    assertThat(Charts.ranksCorrectly(rates)).isTrue();
    assertThat(rank.definition()).contains("and it does");
    assertThat(Charts.ranksCorrectly(new double[] {0.5, Double.NaN, 0.6})).isFalse();
    valid(Charts.churnBands(bands, scores, "P(no purchase)"));
  }

  @Test
  void rfm_pareto_and_stages() throws Exception {
    var scores = RfmScorer.quintiles().score(s);
    HeatMap rfm = Charts.rfmHeatMap(scores, s.totalSpends(), "total spend");
    valid(rfm);
    assertThat(rfm.yLabels()).startsWith("F5");
    LineChart p =
        Charts.paretoCurve(
            AbcClassifier.byValue().classify(s, SummaryMeasure.TOTAL_SPEND), "total spend");
    valid(p);
    assertThat(p.series().get(0).value(100)).isEqualTo(100.0);
    BarChart st =
        Charts.lifecycleStages(
            DefaultLifecycle.STAGES,
            new long[DefaultLifecycle.STAGES.size()],
            LocalDate.of(1998, 6, 30));
    valid(st);
    assertThat(st.categories()).contains("At risk", "Reactivated");
    assertThat(Charts.humanName("AT_RISK")).isEqualTo("At risk");
  }

  @Test
  void write_picks_svg_or_png_by_extension() throws Exception {
    HeatMap h = Charts.probabilityAliveMatrix(model, s);
    Path svg = Charts.write(h, dir.resolve("m.svg"));
    assertThat(Files.readString(svg)).startsWith("<?xml").contains("<text");
    TestData.parse(Files.readString(svg));
    Path png = Charts.write(h, dir.resolve("m.PNG"));
    BufferedImage img = ImageIO.read(png.toFile());
    double[] size = Layout.size(h);
    assertThat(img.getWidth()).isEqualTo((int) Math.ceil(size[0]));
    assertThat(img.getHeight()).isEqualTo((int) Math.ceil(size[1]));
    // the viridis cells are drawn: a dark purple or a yellow pixel exists
    boolean coloured = false;
    for (int x = 0; x < img.getWidth() && !coloured; x += 2) {
      for (int y = 0; y < img.getHeight() && !coloured; y += 2) {
        int rgb = img.getRGB(x, y) & 0xffffff;
        int r = rgb >> 16;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        coloured = (b > r + 40 && g < 120) || (r > 180 && g > 180 && b < 100);
      }
    }
    assertThat(coloured).isTrue();
    assertThatThrownBy(() -> Charts.write(h, dir.resolve("m.gif")))
        .hasMessageContaining(".svg or .png");
  }

  @Test
  void version_is_the_project_version() {
    assertThat(Charts.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(List.of(Charts.version())).doesNotContain("unknown");
  }
}
