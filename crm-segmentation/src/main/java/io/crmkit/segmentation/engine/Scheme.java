package io.crmkit.segmentation.engine;

import io.crmkit.core.customer.Customer;
import io.crmkit.segmentation.abc.AbcClass;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.cluster.ClusterResult;
import io.crmkit.segmentation.cluster.FeatureMatrix;
import io.crmkit.segmentation.cluster.KMeansSegmenter;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentDefinition;
import io.crmkit.segmentation.rfm.SegmentTable;
import io.crmkit.segmentation.rules.RuleContext;
import io.crmkit.segmentation.rules.RuleSegmentation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named way of splitting a population into segments: RFM with a segment table, ABC classes, rule
 * segments or k-means clusters. Each scheme gives every row exactly one segment.
 *
 * @since 0.1
 */
public sealed interface Scheme {

  /** The scheme's name, unique within an engine (e.g. {@code "rfm"}). */
  String name();

  /** Segments every row of the population. */
  SchemeResult run(Population population);

  /** RFM scores by {@code scorer}, named by {@code table}. */
  static Scheme rfm(String name, RfmScorer scorer, SegmentTable table) {
    return new Rfm(name, scorer, table);
  }

  /** Quintile RFM with the standard eleven segments, named {@code "rfm"}. */
  static Scheme rfm() {
    return rfm("rfm", RfmScorer.quintiles(), SegmentTable.standard());
  }

  /** ABC classes ({@code "A"}, {@code "B"}, {@code "C"}) of a summary column. */
  static Scheme abc(String name, AbcClassifier classifier, SummaryMeasure measure) {
    return new Abc(name, classifier, measure);
  }

  /** 80/15/5 ABC classes of total spend, named {@code "abc"}. */
  static Scheme abc() {
    return abc("abc", AbcClassifier.byValue(), SummaryMeasure.TOTAL_SPEND);
  }

  /**
   * Rule segments evaluated at {@code referenceDate}; a row without a customer record gets the
   * fallback segment. Creates a summary value per row (rule schemes are not the columnar fast
   * path).
   */
  static Scheme rules(String name, RuleSegmentation segmentation, LocalDate referenceDate) {
    return new Rules(name, segmentation, referenceDate);
  }

  /**
   * k-means clusters of the RFM features ({@link FeatureMatrix#rfm}), named {@code "Cluster 0"}
   * (largest), ….
   */
  static Scheme clusters(String name, KMeansSegmenter segmenter) {
    return new Clusters(name, segmenter);
  }

  /**
   * RFM scores named by a segment table; segments in table order.
   *
   * @since 0.1
   */
  record Rfm(String name, RfmScorer scorer, SegmentTable table) implements Scheme {
    /** Checks the scheme name and that the scorer and table are not null. */
    public Rfm {
      checkName(name);
      Objects.requireNonNull(scorer, "scorer must not be null");
      Objects.requireNonNull(table, "table must not be null");
    }

    @Override
    public SchemeResult run(Population p) {
      RfmSegments s = table.assign(scorer.score(p.summaries()));
      byte[] b = s.segmentIndexes();
      int[] codes = new int[b.length];
      for (int i = 0; i < b.length; i++) {
        codes[i] = b[i];
      }
      return new SchemeResult(
          name, table.segments().stream().map(SegmentDefinition::name).toList(), codes, p);
    }
  }

  /**
   * ABC classes of a summary column; segments {@code A}, {@code B}, {@code C}.
   *
   * @since 0.1
   */
  record Abc(String name, AbcClassifier classifier, SummaryMeasure measure) implements Scheme {
    /** Checks the scheme name and that the classifier and measure are not null. */
    public Abc {
      checkName(name);
      Objects.requireNonNull(classifier, "classifier must not be null");
      Objects.requireNonNull(measure, "measure must not be null");
    }

    @Override
    public SchemeResult run(Population p) {
      AbcResult r = classifier.classify(p.summaries(), measure);
      byte[] b = r.classIndexes();
      int[] codes = new int[b.length];
      for (int i = 0; i < b.length; i++) {
        codes[i] = b[i];
      }
      List<String> names = new ArrayList<>();
      for (AbcClass c : AbcClass.values()) {
        names.add(c.name());
      }
      return new SchemeResult(name, names, codes, p);
    }
  }

  /**
   * Rule segments at a reference date; segments in order, the fallback last.
   *
   * @since 0.1
   */
  record Rules(String name, RuleSegmentation segmentation, LocalDate referenceDate)
      implements Scheme {
    /** Checks the scheme name and that the segmentation and reference date are not null. */
    public Rules {
      checkName(name);
      Objects.requireNonNull(segmentation, "segmentation must not be null");
      Objects.requireNonNull(referenceDate, "referenceDate must not be null");
    }

    @Override
    public SchemeResult run(Population p) {
      int n = p.size();
      int[] codes = new int[n];
      int fallback = segmentation.segments().size();
      for (int i = 0; i < n; i++) {
        Optional<Customer> c = p.customer(i);
        codes[i] =
            c.isEmpty()
                ? fallback
                : segmentation
                    .assign(RuleContext.of(c.get(), p.summaries().get(i), referenceDate))
                    .index();
      }
      return new SchemeResult(name, segmentation.names(), codes, p);
    }
  }

  /**
   * k-means clusters of the RFM features; segments {@code Cluster 0} (largest) onwards.
   *
   * @since 0.1
   */
  record Clusters(String name, KMeansSegmenter segmenter) implements Scheme {
    /** Checks the scheme name and that the segmenter is not null. */
    public Clusters {
      checkName(name);
      Objects.requireNonNull(segmenter, "segmenter must not be null");
    }

    @Override
    public SchemeResult run(Population p) {
      ClusterResult r = segmenter.cluster(FeatureMatrix.rfm(p.summaries()));
      List<String> names = new ArrayList<>();
      for (int c = 0; c < r.k(); c++) {
        names.add("Cluster " + c);
      }
      return new SchemeResult(name, names, r.labels(), p);
    }
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "scheme name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("scheme name must not be blank but was: '" + name + "'");
    }
  }
}
