package io.crmkit.segmentation.rfm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The RFM segment of every row of some {@link RfmScores}, by a {@link SegmentTable}: one byte per
 * row (the index of the segment in the table). Immutable.
 *
 * @since 0.1
 */
public final class RfmSegments {

  private final SegmentTable table;
  private final RfmScores scores;
  private final byte[] codes;

  RfmSegments(SegmentTable table, RfmScores scores, byte[] codes) {
    this.table = table;
    this.scores = scores;
    this.codes = codes;
  }

  /** The segment table that named the segments. */
  public SegmentTable table() {
    return table;
  }

  /** The RFM scores the segments were assigned from. */
  public RfmScores scores() {
    return scores;
  }

  /** The number of customers. */
  public int size() {
    return codes.length;
  }

  /** The index in {@link SegmentTable#segments()} of the segment of row {@code i}. */
  public int segmentIndex(int i) {
    return codes[i];
  }

  /** The segment of row {@code i}. */
  public SegmentDefinition segment(int i) {
    return table.segments().get(codes[i]);
  }

  /** The name of the segment of row {@code i}. */
  public String segmentName(int i) {
    return segment(i).name();
  }

  /** A copy of the segment indexes, one per row. */
  public byte[] segmentIndexes() {
    return codes.clone();
  }

  /** Customers per segment, in table order. */
  public int[] sizes() {
    int[] counts = new int[table.segments().size()];
    for (byte c : codes) {
      counts[c]++;
    }
    return counts;
  }

  /** One report per segment, in table order (empty segments included). One pass over the rows. */
  public List<SegmentReport> report() {
    int k = table.segments().size();
    int[] count = new int[k];
    double[] value = new double[k];
    long[] sumR = new long[k];
    long[] sumF = new long[k];
    long[] sumM = new long[k];
    double[] sumDays = new double[k];
    byte[] r = scores.r();
    byte[] f = scores.f();
    byte[] m = scores.m();
    double[] v = scores.valueColumn();
    double[] days = scores.recencyDaysColumn();
    double total = 0;
    for (int i = 0; i < codes.length; i++) {
      int s = codes[i];
      count[s]++;
      value[s] += v[i];
      total += v[i];
      sumR[s] += r[i];
      sumF[s] += f[i];
      sumM[s] += m[i];
      sumDays[s] += days[i];
    }
    int n = codes.length;
    List<SegmentReport> out = new ArrayList<>(k);
    for (int s = 0; s < k; s++) {
      SegmentDefinition d = table.segments().get(s);
      double c = count[s];
      out.add(
          new SegmentReport(
              d.name(),
              d.action(),
              count[s],
              n == 0 ? 0 : c / n,
              value[s],
              total == 0 ? 0 : value[s] / total,
              sumR[s] / c,
              sumF[s] / c,
              sumM[s] / c,
              sumDays[s] / c));
    }
    return out;
  }

  /** The report as a table. */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "RfmSegments[%d rows, %d segments]%n",
                size(),
                table.segments().size()));
    for (SegmentReport r : report()) {
      sb.append("  ").append(r).append(String.format(Locale.ROOT, "%n"));
    }
    return sb.toString();
  }
}
