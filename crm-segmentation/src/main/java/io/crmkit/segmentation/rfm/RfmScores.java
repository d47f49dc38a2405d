package io.crmkit.segmentation.rfm;

import java.util.Locale;
import java.util.Objects;

/**
 * RFM scores of a population, column-wise: row {@code i} is row {@code i} of the input (for {@link
 * io.crmkit.core.summary.CustomerSummaries}, the customer {@code summaries.id(i)}). Scores run from
 * 1 to the number of bins of their dimension; the measured values are kept beside them: recency in
 * days since the last purchase, the frequency count, the monetary amount and the value (total spend
 * by default) in the input's currency. Memory: 3 bytes of scores and 32 bytes of values per row.
 * Immutable: the arrays are never handed out, only copies.
 *
 * @since 0.1
 */
public final class RfmScores {

  private final byte[] r;
  private final byte[] f;
  private final byte[] m;
  private final int recencyBins;
  private final int frequencyBins;
  private final int monetaryBins;
  private final double[] recencyDays;
  private final double[] frequency;
  private final double[] monetary;
  private final double[] value;

  RfmScores(
      byte[] r,
      byte[] f,
      byte[] m,
      int recencyBins,
      int frequencyBins,
      int monetaryBins,
      double[] recencyDays,
      double[] frequency,
      double[] monetary,
      double[] value) {
    this.r = r;
    this.f = f;
    this.m = m;
    this.recencyBins = recencyBins;
    this.frequencyBins = frequencyBins;
    this.monetaryBins = monetaryBins;
    this.recencyDays = recencyDays;
    this.frequency = frequency;
    this.monetary = monetary;
    this.value = value;
  }

  /** Number of rows. */
  public int size() {
    return r.length;
  }

  /** Recency score of row {@code i}, 1 to {@link #recencyBins()}; higher is more recent. */
  public int recency(int i) {
    return r[i];
  }

  /** Frequency score of row {@code i}, 1 to {@link #frequencyBins()}. */
  public int frequency(int i) {
    return f[i];
  }

  /** Monetary score of row {@code i}, 1 to {@link #monetaryBins()}. */
  public int monetary(int i) {
    return m[i];
  }

  /** The score of row {@code i} in dimension {@code d}. */
  public int score(Dimension d, int i) {
    return switch (Objects.requireNonNull(d, "dimension must not be null")) {
      case RECENCY -> r[i];
      case FREQUENCY -> f[i];
      case MONETARY -> m[i];
    };
  }

  /** The cell of row {@code i} as three digits R, F, M, e.g. {@code "545"}. */
  public String cell(int i) {
    return new String(new char[] {(char) ('0' + r[i]), (char) ('0' + f[i]), (char) ('0' + m[i])});
  }

  /** The cell of row {@code i} as the number {@code 100 R + 10 F + M}, e.g. 545. */
  public int cellCode(int i) {
    return 100 * r[i] + 10 * f[i] + m[i];
  }

  /** The number of recency scores (scores run from 1 to this number). */
  public int recencyBins() {
    return recencyBins;
  }

  /** The number of frequency scores (scores run from 1 to this number). */
  public int frequencyBins() {
    return frequencyBins;
  }

  /** The number of monetary scores (scores run from 1 to this number). */
  public int monetaryBins() {
    return monetaryBins;
  }

  /** Days since the last purchase of row {@code i}. */
  public double recencyDays(int i) {
    return recencyDays[i];
  }

  /** The frequency count of row {@code i}. */
  public double frequencyValue(int i) {
    return frequency[i];
  }

  /** The monetary amount of row {@code i}. */
  public double monetaryValue(int i) {
    return monetary[i];
  }

  /** The value of row {@code i} used for value shares (total spend for summaries). */
  public double value(int i) {
    return value[i];
  }

  /** A copy of the recency scores. */
  public byte[] recencyScores() {
    return r.clone();
  }

  /** A copy of the frequency scores. */
  public byte[] frequencyScores() {
    return f.clone();
  }

  /** A copy of the monetary scores. */
  public byte[] monetaryScores() {
    return m.clone();
  }

  /**
   * Number of rows per score of dimension {@code d}: element {@code s - 1} counts score {@code s}.
   */
  public int[] binSizes(Dimension d) {
    byte[] scores =
        switch (Objects.requireNonNull(d, "dimension must not be null")) {
          case RECENCY -> r;
          case FREQUENCY -> f;
          case MONETARY -> m;
        };
    int bins =
        switch (d) {
          case RECENCY -> recencyBins;
          case FREQUENCY -> frequencyBins;
          case MONETARY -> monetaryBins;
        };
    int[] counts = new int[bins];
    for (byte s : scores) {
      counts[s - 1]++;
    }
    return counts;
  }

  // package-private raw access for the segment assignment and reports (no copies)
  byte[] r() {
    return r;
  }

  byte[] f() {
    return f;
  }

  byte[] m() {
    return m;
  }

  double[] recencyDaysColumn() {
    return recencyDays;
  }

  double[] valueColumn() {
    return value;
  }

  /** The bin sizes and the first rows. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "RfmScores[%d rows, bins R%d F%d M%d]%n",
            size(),
            recencyBins,
            frequencyBins,
            monetaryBins));
    for (Dimension d : Dimension.values()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-9s bin sizes %s%n",
              d.name().toLowerCase(Locale.ROOT),
              java.util.Arrays.toString(binSizes(d))));
    }
    int shown = Math.min(size(), 5);
    for (int i = 0; i < shown; i++) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  row %d: %s (%.0f days, F %.0f, M %.2f)%n",
              i,
              cell(i),
              recencyDays[i],
              frequency[i],
              monetary[i]));
    }
    if (size() > shown) {
      sb.append(String.format(Locale.ROOT, "  … %d more%n", size() - shown));
    }
    return sb.toString();
  }
}
