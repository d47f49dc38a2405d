package io.crmkit.segmentation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.io.TransactionCsvFormat;
import io.crmkit.core.io.TransactionCsvReader;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.segmentation.abc.AbcClass;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.cluster.ClusterResult;
import io.crmkit.segmentation.cluster.FeatureMatrix;
import io.crmkit.segmentation.cluster.KMeansSegmenter;
import io.crmkit.segmentation.engine.EngineResult;
import io.crmkit.segmentation.engine.Population;
import io.crmkit.segmentation.engine.Scheme;
import io.crmkit.segmentation.engine.SchemeResult;
import io.crmkit.segmentation.engine.SegmentMigration;
import io.crmkit.segmentation.engine.SegmentSummary;
import io.crmkit.segmentation.engine.SegmentationEngine;
import io.crmkit.segmentation.rfm.Dimension;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmScores;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentReport;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the CDNOW sample (2,357 customers, calibration to 1997-09-30): RFM quintiles, the
 * standard segments and ABC classes, recomputed here by a straightforward independent method that
 * reads the raw file itself and ranks by sorting.
 */
class CdnowSegmentationTest {

  static final String RESOURCE = "/io/crmkit/segmentation/data/CDNOW_sample.txt";
  static final LocalDate END = LocalDate.of(1997, 9, 30);

  static CustomerSummaries summaries;
  static Map<String, Raw> raw;

  /** The independent per-customer facts, straight from the text file. */
  static final class Raw {
    LocalDate last = LocalDate.MIN;
    int transactions;
    double total;
  }

  static InputStream open() {
    return Objects.requireNonNull(
        CdnowSegmentationTest.class.getResourceAsStream(RESOURCE), RESOURCE);
  }

  @BeforeAll
  static void load() throws IOException {
    List<Transaction> tx;
    try (Reader r = new InputStreamReader(open(), StandardCharsets.UTF_8)) {
      tx =
          TransactionCsvReader.of(TransactionCsvFormat.cdnowSample())
              .readTransactions(r, "CDNOW_sample.txt")
              .value();
    }
    assertThat(tx).hasSize(6919);
    summaries =
        CustomerSummaries.of(
            tx,
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.DAYS, END)
                .withHoldoutUntil(LocalDate.of(1998, 6, 30)));
    raw = new TreeMap<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] p = line.trim().split("\\s+", -1);
        LocalDate d = LocalDate.parse(p[2], DateTimeFormatter.BASIC_ISO_DATE);
        if (d.isAfter(END)) {
          continue;
        }
        Raw c = raw.computeIfAbsent(Long.toString(Long.parseLong(p[1])), k -> new Raw());
        c.last = d.isAfter(c.last) ? d : c.last;
        c.transactions++;
        c.total += Double.parseDouble(p[4]);
      }
    }
  }

  /**
   * Quantile score by sorting: the 0-based rank of the first equal value p gives floor(p · k / n) +
   * 1.
   */
  static Map<String, Integer> scoreBySorting(Map<String, Double> valueHigherIsBetter, int k) {
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(valueHigherIsBetter.entrySet());
    sorted.sort(Map.Entry.comparingByValue());
    int n = sorted.size();
    Map<String, Integer> out = new LinkedHashMap<>();
    int first = 0;
    for (int p = 0; p < n; p++) {
      if (p > 0 && !sorted.get(p).getValue().equals(sorted.get(p - 1).getValue())) {
        first = p;
      }
      out.put(sorted.get(p).getKey(), first * k / n + 1);
    }
    return out;
  }

  /** The standard segments written as plain conditions on R and F. */
  static String segmentByHand(int r, int f) {
    if (r == 5 && f >= 4) {
      return "Champions";
    } else if (r >= 3 && r <= 4 && f >= 4) {
      return "Loyal Customers";
    } else if (r >= 4 && f >= 2 && f <= 3) {
      return "Potential Loyalist";
    } else if (r == 5 && f == 1) {
      return "New Customers";
    } else if (r == 4 && f == 1) {
      return "Promising";
    } else if (r == 3 && f == 3) {
      return "Need Attention";
    } else if (r == 3) {
      return "About To Sleep";
    } else if (f >= 3 && f <= 4) {
      return "At Risk";
    } else if (f == 5) {
      return "Can't Lose Them";
    } else if (r == 2) {
      return "Hibernating";
    }
    return "Lost";
  }

  @Test
  void summaries_agree_with_the_raw_file() {
    assertThat(summaries.size()).isEqualTo(2357).isEqualTo(raw.size());
    for (int i = 0; i < summaries.size(); i++) {
      Raw c = raw.get(summaries.id(i));
      assertThat(summaries.timeSinceLastPurchase(i))
          .isCloseTo((double) ChronoUnit.DAYS.between(c.last, END), within(1e-9));
      assertThat(summaries.transactionCount(i)).isEqualTo(c.transactions);
      assertThat(summaries.totalSpend(i)).isCloseTo(c.total, within(1e-6));
    }
  }

  @Test
  void rfm_quintiles_equal_an_independent_sorting_computation() {
    RfmScores s = RfmScorer.quintiles().score(summaries);
    Map<String, Double> recency = new TreeMap<>();
    Map<String, Double> frequency = new TreeMap<>();
    Map<String, Double> monetary = new TreeMap<>();
    raw.forEach(
        (id, c) -> {
          recency.put(id, (double) -ChronoUnit.DAYS.between(c.last, END));
          frequency.put(id, (double) c.transactions);
          // cents avoid comparing sums of doubles accumulated in different orders
          monetary.put(id, (double) Math.round(c.total * 100));
        });
    Map<String, Integer> r = scoreBySorting(recency, 5);
    Map<String, Integer> f = scoreBySorting(frequency, 5);
    Map<String, Integer> m = scoreBySorting(monetary, 5);
    for (int i = 0; i < s.size(); i++) {
      String id = summaries.id(i);
      assertThat(s.cell(i))
          .as("cell of customer %s", id)
          .isEqualTo("" + r.get(id) + f.get(id) + m.get(id));
    }
    // pinned after the comparison above: ties make the bins unequal (1,398 customers made one
    // purchase
    // transaction, so frequency score 1 takes them all and score 2 stays empty)
    assertThat(s.binSizes(Dimension.RECENCY)).containsExactly(PINNED_R);
    assertThat(s.binSizes(Dimension.FREQUENCY)).containsExactly(PINNED_F);
    assertThat(s.binSizes(Dimension.MONETARY)).containsExactly(PINNED_M);
  }

  @Test
  void scores_do_not_depend_on_the_time_unit_of_the_summaries() throws IOException {
    List<Transaction> tx;
    try (Reader r = new InputStreamReader(open(), StandardCharsets.UTF_8)) {
      tx =
          TransactionCsvReader.of(TransactionCsvFormat.cdnowSample())
              .readTransactions(r, "CDNOW_sample.txt")
              .value();
    }
    RfmScores days = RfmScorer.quintiles().score(summaries);
    for (TimeScale unit : List.of(TimeScale.WEEKS, TimeScale.MONTHS)) {
      RfmScores other =
          RfmScorer.quintiles()
              .score(
                  CustomerSummaries.of(
                      tx,
                      SummaryOptions.of(ZoneOffset.UTC, unit, END)
                          .withHoldoutUntil(LocalDate.of(1998, 6, 30))));
      for (int i = 0; i < days.size(); i++) {
        assertThat(other.cell(i)).as("cell of row %d in %s", i, unit).isEqualTo(days.cell(i));
        assertThat(other.recencyDays(i)).isEqualTo(days.recencyDays(i));
      }
    }
  }

  @Test
  void clusters_of_the_rfm_features_are_seeded_and_profiled_in_days_transactions_and_dollars() {
    KMeansSegmenter segmenter =
        KMeansSegmenter.builder().kBetween(2, 6).seed(1997).silhouetteSample(3000).build();
    ClusterResult r = segmenter.cluster(FeatureMatrix.rfm(summaries));
    assertThat(segmenter.cluster(FeatureMatrix.rfm(summaries)).labels())
        .containsExactly(r.labels());
    // independent: standardise log(1 + x) by hand and compute the silhouette of the chosen clusters
    // over all rows
    int n = summaries.size();
    double[][] z = new double[n][3];
    for (int i = 0; i < n; i++) {
      Raw c = raw.get(summaries.id(i));
      z[i][0] = Math.log1p((double) ChronoUnit.DAYS.between(c.last, END));
      z[i][1] = Math.log1p(c.transactions);
      z[i][2] = Math.log1p(c.total);
    }
    for (int f = 0; f < 3; f++) {
      double mean = 0;
      for (double[] row : z) {
        mean += row[f] / n;
      }
      double var = 0;
      for (double[] row : z) {
        var += (row[f] - mean) * (row[f] - mean) / n;
      }
      for (double[] row : z) {
        row[f] = (row[f] - mean) / Math.sqrt(var);
      }
    }
    double silhouette = 0;
    for (int i = 0; i < n; i++) {
      double[] sum = new double[r.k()];
      int[] count = new int[r.k()];
      for (int j = 0; j < n; j++) {
        if (j != i) {
          double d =
              Math.sqrt(
                  Math.pow(z[i][0] - z[j][0], 2)
                      + Math.pow(z[i][1] - z[j][1], 2)
                      + Math.pow(z[i][2] - z[j][2], 2));
          sum[r.clusterOf(j)] += d;
          count[r.clusterOf(j)]++;
        }
      }
      int own = r.clusterOf(i);
      double a = sum[own] / count[own];
      double b = Double.POSITIVE_INFINITY;
      for (int c = 0; c < r.k(); c++) {
        if (c != own) {
          b = Math.min(b, sum[c] / count[c]);
        }
      }
      silhouette += (b - a) / Math.max(a, b) / n;
    }
    assertThat(r.silhouettes().get(r.k() - 2).silhouette()).isCloseTo(silhouette, within(1e-9));
    double best = silhouette;
    assertThat(r.silhouettes())
        .allSatisfy(s -> assertThat(s.silhouette()).isLessThanOrEqualTo(best + 1e-12));
    // pinned after the checks above: one-off buyers who lapsed, and recent repeat buyers
    assertThat(r.k()).isEqualTo(2);
    assertThat(r.profiles()).extracting(p -> p.size()).containsExactly(1771, 586);
    assertThat(r.profiles().get(0).means().get(0))
        .isCloseTo(217.25, within(0.01)); // days since last purchase
    assertThat(r.profiles().get(1).means().get(1)).isCloseTo(4.74, within(0.01)); // transactions
    assertThat(r.profiles().get(1).means().get(2)).isCloseTo(188.14, within(0.01)); // dollars
  }

  static final int[] PINNED_R = {480, 478, 459, 475, 465};
  static final int[] PINNED_F = {1398, 0, 439, 216, 304};
  static final int[] PINNED_M = {480, 464, 471, 471, 471};

  @Test
  void standard_segment_sizes_equal_the_hand_written_rules() {
    RfmScores s = RfmScorer.quintiles().score(summaries);
    RfmSegments seg = SegmentTable.standard().assign(s);
    Map<String, Integer> byHand = new TreeMap<>();
    for (int i = 0; i < s.size(); i++) {
      String name = segmentByHand(s.recency(i), s.frequency(i));
      assertThat(seg.segmentName(i)).as("segment of row %d", i).isEqualTo(name);
      byHand.merge(name, 1, Integer::sum);
    }
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (SegmentReport rep : seg.report()) {
      sizes.put(rep.name(), rep.customers());
      assertThat(rep.customers()).isEqualTo(byHand.getOrDefault(rep.name(), 0));
    }
    // pinned after the comparison above; no New Customers: every CDNOW customer joined in 1997 Q1,
    // so
    // a single purchase is at least 182 days old and never scores R 5
    Map<String, Integer> pinned = new LinkedHashMap<>();
    pinned.put("Champions", 339);
    pinned.put("Loyal Customers", 166);
    pinned.put("Potential Loyalist", 306);
    pinned.put("New Customers", 0);
    pinned.put("Promising", 146);
    pinned.put("Need Attention", 57);
    pinned.put("About To Sleep", 385);
    pinned.put("At Risk", 85);
    pinned.put("Can't Lose Them", 6);
    pinned.put("Hibernating", 412);
    pinned.put("Lost", 455);
    assertThat(sizes).containsExactlyEntriesOf(pinned);
    assertThat(seg.report().get(0).valueShare()).isCloseTo(0.408, within(0.0005));
  }

  @Test
  void abc_customer_count_classes_equal_an_independent_sorting_computation() {
    AbcResult abc = AbcClassifier.byCustomerCount().classify(summaries, SummaryMeasure.TOTAL_SPEND);
    List<Map.Entry<String, Long>> cents = new ArrayList<>();
    raw.forEach((id, c) -> cents.add(Map.entry(id, Math.round(c.total * 100))));
    cents.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
    int n = cents.size();
    Map<String, AbcClass> expected = new TreeMap<>();
    int groupStart = 0;
    for (int p = 0; p < n; p++) {
      if (p > 0 && !cents.get(p).getValue().equals(cents.get(p - 1).getValue())) {
        groupStart = p;
      }
      // integer arithmetic: start < 20% of n ⇔ 100·start < 20·n
      expected.put(
          cents.get(p).getKey(),
          100L * groupStart < 20L * n
              ? AbcClass.A
              : 100L * groupStart < 50L * n ? AbcClass.B : AbcClass.C);
    }
    for (int i = 0; i < abc.size(); i++) {
      assertThat(abc.classOf(i))
          .as("class of %s", summaries.id(i))
          .isEqualTo(expected.get(summaries.id(i)));
    }
    // pinned after the comparison above: the top 20% of customers bring 63.3% of the revenue
    assertThat(abc.report()).extracting(r -> r.customers()).containsExactly(472, 707, 1178);
    assertThat(abc.report(AbcClass.A).valueShare()).isCloseTo(0.633, within(0.0005));
  }

  @Test
  void engine_gives_the_same_segments_and_migration_between_quarters_adds_up() throws IOException {
    EngineResult now =
        SegmentationEngine.of(Scheme.rfm(), Scheme.abc()).run(Population.of(summaries));
    assertThat(now.scheme("rfm").summaries())
        .extracting(SegmentSummary::customers)
        .containsExactly(339, 166, 306, 0, 146, 57, 385, 85, 6, 412, 455);
    assertThat(now.scheme("abc").summaries())
        .extracting(SegmentSummary::customers)
        .containsExactly(900, 800, 657);

    List<Transaction> tx;
    try (Reader r = new InputStreamReader(open(), StandardCharsets.UTF_8)) {
      tx =
          TransactionCsvReader.of(TransactionCsvFormat.cdnowSample())
              .readTransactions(r, "CDNOW_sample.txt")
              .value();
    }
    CustomerSummaries june =
        CustomerSummaries.of(
            tx,
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.DAYS, LocalDate.of(1997, 6, 30))
                .withHoldoutUntil(LocalDate.of(1998, 6, 30)));
    SchemeResult before = Scheme.rfm().run(Population.of(june));
    SegmentMigration m = SegmentMigration.between(before, now.scheme("rfm"));
    // every CDNOW customer made the first purchase in 1997 Q1: nobody new, nobody gone
    assertThat(m.customers()).isEqualTo(2357);
    assertThat(m.customers("(new)", "Champions")).isEmpty();
    // the cell counts equal pairing the two segmentations by id directly
    Map<String, Integer> pairs = new TreeMap<>();
    for (int i = 0; i < june.size(); i++) {
      String id = june.id(i);
      pairs.merge(
          before.segmentOf(i)
              + " -> "
              + now.scheme("rfm").segmentOf(CustomerId.of(id)).orElseThrow(),
          1,
          Integer::sum);
    }
    for (String from : m.from()) {
      for (String to : m.to()) {
        assertThat(m.count(from, to))
            .as("%s -> %s", from, to)
            .isEqualTo(pairs.getOrDefault(from + " -> " + to, 0));
      }
    }
    assertThat(m.customers("Champions", "At Risk"))
        .hasSize(m.count("Champions", "At Risk"))
        .allSatisfy(
            id -> assertThat(now.segmentsOf(id).orElseThrow()).containsEntry("rfm", "At Risk"));
  }

  @Test
  void abc_classes_and_gini_equal_an_independent_sorting_computation() {
    AbcResult abc = AbcClassifier.byValue().classify(summaries, SummaryMeasure.TOTAL_SPEND);
    List<Map.Entry<String, Long>> cents = new ArrayList<>();
    raw.forEach((id, c) -> cents.add(Map.entry(id, Math.round(c.total * 100))));
    cents.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
    long total = cents.stream().mapToLong(Map.Entry::getValue).sum();
    Map<String, AbcClass> expected = new TreeMap<>();
    long before = 0;
    long groupStartBefore = 0;
    for (int p = 0; p < cents.size(); p++) {
      if (p == 0 || !cents.get(p).getValue().equals(cents.get(p - 1).getValue())) {
        groupStartBefore = before;
      }
      // integer cents: before < 80% of total ⇔ 100·before < 80·total
      AbcClass c =
          100 * groupStartBefore < 80 * total
              ? AbcClass.A
              : 100 * groupStartBefore < 95 * total ? AbcClass.B : AbcClass.C;
      expected.put(cents.get(p).getKey(), c);
      before += cents.get(p).getValue();
    }
    int[] counts = new int[3];
    for (int i = 0; i < abc.size(); i++) {
      assertThat(abc.classOf(i))
          .as("class of %s", summaries.id(i))
          .isEqualTo(expected.get(summaries.id(i)));
      counts[abc.classIndex(i)]++;
    }
    double meanAbsDiff = 0;
    for (Map.Entry<String, Long> x : cents) {
      for (Map.Entry<String, Long> y : cents) {
        meanAbsDiff += Math.abs(x.getValue() - y.getValue());
      }
    }
    double n = cents.size();
    double gini = meanAbsDiff / (2 * n * n * (total / n));
    assertThat(abc.gini()).isCloseTo(gini, within(1e-9));
    // pinned after the comparison above
    assertThat(counts).containsExactly(900, 800, 657);
    assertThat(abc.gini()).isCloseTo(0.58528, within(1e-5));
    assertThat(abc.report(AbcClass.A).valueShare()).isCloseTo(0.80, within(0.001));
  }
}
