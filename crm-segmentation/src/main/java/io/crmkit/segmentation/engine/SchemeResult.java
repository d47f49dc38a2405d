package io.crmkit.segmentation.engine;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.summary.CustomerSummaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The segments of one scheme over a population: the segment names, the segment of every row (an int
 * index into the names, aligned with the population's summaries) and a summary per segment.
 * Immutable.
 *
 * @since 0.1
 */
public final class SchemeResult {

  private final String scheme;
  private final List<String> segments;
  private final int[] codes;
  private final CustomerSummaries rows;
  private final List<SegmentSummary> summaries;

  SchemeResult(String scheme, List<String> segments, int[] codes, Population population) {
    this.scheme = scheme;
    this.segments = List.copyOf(segments);
    this.codes = codes;
    this.rows = population.summaries();
    this.summaries = summarise(population);
  }

  private List<SegmentSummary> summarise(Population p) {
    int k = segments.size();
    int[] count = new int[k];
    double[] spend = new double[k];
    double[] days = new double[k];
    long[] tx = new long[k];
    double[] s = p.totalSpendColumn();
    double[] d = p.recencyDaysColumn();
    int[] t = p.transactionsColumn();
    double total = 0;
    for (int i = 0; i < codes.length; i++) {
      int c = codes[i];
      count[c]++;
      spend[c] += s[i];
      days[c] += d[i];
      tx[c] += t[i];
      total += s[i];
    }
    int n = codes.length;
    List<SegmentSummary> out = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      out.add(
          new SegmentSummary(
              segments.get(c),
              count[c],
              n == 0 ? 0 : (double) count[c] / n,
              spend[c],
              total == 0 ? 0 : spend[c] / total,
              days[c] / count[c],
              (double) tx[c] / count[c]));
    }
    return List.copyOf(out);
  }

  /** The scheme's name. */
  public String scheme() {
    return scheme;
  }

  /** The segment names, in the scheme's order. */
  public List<String> segments() {
    return segments;
  }

  /** The number of customers assigned. */
  public int size() {
    return codes.length;
  }

  /** The segment index of row {@code i}. */
  public int segmentIndex(int i) {
    return codes[i];
  }

  /** The segment name of row {@code i}. */
  public String segmentOf(int i) {
    return segments.get(codes[i]);
  }

  /** The segment of customer {@code id}, if the customer is in the population. */
  public Optional<String> segmentOf(CustomerId id) {
    OptionalInt i = rows.indexOf(Objects.requireNonNull(id, "id must not be null"));
    return i.isPresent() ? Optional.of(segmentOf(i.getAsInt())) : Optional.empty();
  }

  /** A copy of the segment index of every row. */
  public int[] segmentIndexes() {
    return codes.clone();
  }

  /** The summary of every segment, in the scheme's order. */
  public List<SegmentSummary> summaries() {
    return summaries;
  }

  /** The customers in {@code segment}, in row order. */
  public List<CustomerId> customersIn(String segment) {
    int c = segments.indexOf(Objects.requireNonNull(segment, "segment must not be null"));
    if (c < 0) {
      throw new IllegalArgumentException(
          "segment must be one of " + segments + " but was: '" + segment + "'");
    }
    List<CustomerId> out = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] == c) {
        out.add(rows.customerId(i));
      }
    }
    return out;
  }

  CustomerSummaries rows() {
    return rows;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "SchemeResult[%s, %d customers, %d segments]%n",
                scheme,
                size(),
                segments.size()));
    for (SegmentSummary s : summaries) {
      sb.append("  ").append(s).append(String.format(Locale.ROOT, "%n"));
    }
    return sb.toString();
  }
}
