package io.crmkit.segmentation.rfm;

import io.crmkit.core.summary.CustomerSummaries;
import java.util.Objects;

/**
 * Computes RFM scores: recency, frequency and monetary scores from 1 to the number of bins of each
 * dimension, higher being better (more recent, more frequent, more spend).
 *
 * <ul>
 *   <li>Recency is the time since the last purchase at the end of the observation, in days ({@link
 *       CustomerSummaries#timeSinceLastPurchase(int)} converted from the summaries' unit); fewer
 *       days score higher.
 *   <li>Frequency is a count chosen by {@link FrequencyMeasure} (default: purchase transactions).
 *   <li>Monetary is a spend chosen by {@link MonetaryMeasure} (default: total spend).
 * </ul>
 *
 * <p>Each dimension is binned by {@link Binning}: quantiles of the population (default five) or
 * fixed thresholds. Equal values always get equal scores; see {@link TiePolicy} (default {@link
 * TiePolicy#LOWEST_RANK}) for what this does to the bin sizes. Immutable and thread-safe; the
 * results do not depend on the order of the rows. Cost: one sort per quantile dimension, O(n log n)
 * time and three primitive arrays of n scores.
 *
 * <pre>{@code
 * RfmScores scores = RfmScorer.quintiles().score(summaries);
 * scores.cell(0);   // "545"
 * }</pre>
 *
 * @since 0.1
 */
public final class RfmScorer {

  private static final double SECONDS_PER_DAY = 86_400.0;

  private final Binning recency;
  private final Binning frequency;
  private final Binning monetary;
  private final TiePolicy ties;
  private final FrequencyMeasure frequencyMeasure;
  private final MonetaryMeasure monetaryMeasure;

  private RfmScorer(Builder b) {
    this.recency = b.recency;
    this.frequency = b.frequency;
    this.monetary = b.monetary;
    this.ties = b.ties;
    this.frequencyMeasure = b.frequencyMeasure;
    this.monetaryMeasure = b.monetaryMeasure;
  }

  /** Five quantile bins per dimension, lowest-rank ties, transactions and total spend. */
  public static RfmScorer quintiles() {
    return builder().build();
  }

  /** {@code bins} quantile bins per dimension, otherwise the defaults of {@link #quintiles()}. */
  public static RfmScorer quantiles(int bins) {
    return builder().bins(bins).build();
  }

  /** A builder starting from the defaults of {@link #quintiles()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** How recency (in the summaries' time unit) is cut into scores. */
  public Binning recencyBinning() {
    return recency;
  }

  /** How the frequency measure is cut into scores. */
  public Binning frequencyBinning() {
    return frequency;
  }

  /** How the monetary measure (in units of the currency) is cut into scores. */
  public Binning monetaryBinning() {
    return monetary;
  }

  /** What happens to customers with equal values at a bin boundary. */
  public TiePolicy ties() {
    return ties;
  }

  /** Which count is scored as frequency. */
  public FrequencyMeasure frequencyMeasure() {
    return frequencyMeasure;
  }

  /** Which amount is scored as monetary value. */
  public MonetaryMeasure monetaryMeasure() {
    return monetaryMeasure;
  }

  /**
   * Scores every row of {@code summaries}; the value column of the result (used for value shares)
   * is the total spend.
   */
  public RfmScores score(CustomerSummaries summaries) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    int n = summaries.size();
    double[] days = daysSinceLastPurchase(summaries);
    double[] freq = new double[n];
    int[] counts =
        frequencyMeasure == FrequencyMeasure.TRANSACTIONS
            ? summaries.transactionCounts()
            : summaries.frequencies();
    int offset = frequencyMeasure == FrequencyMeasure.TRANSACTIONS ? 0 : 1;
    for (int i = 0; i < n; i++) {
      freq[i] = counts[i] + offset;
    }
    double[] total = summaries.totalSpends();
    double[] money =
        switch (monetaryMeasure) {
          case TOTAL_SPEND -> total;
          case MEAN_REPEAT_VALUE -> summaries.monetaryValues();
          case MEAN_TRANSACTION_VALUE -> {
            int[] tx = summaries.transactionCounts();
            double[] mean = new double[n];
            for (int i = 0; i < n; i++) {
              mean[i] = tx[i] == 0 ? 0 : total[i] / tx[i];
            }
            yield mean;
          }
        };
    return scoreOwned(days, freq, money, total);
  }

  /**
   * Days since the last purchase at the end of the observation for every row ({@link
   * CustomerSummaries#timeSinceLastPurchase(int)} converted from the summaries' unit), rounded to a
   * millionth of a day so that customers who last bought at the same time tie exactly whatever the
   * unit's rounding.
   */
  public static double[] daysSinceLastPurchase(CustomerSummaries summaries) {
    Objects.requireNonNull(summaries, "summaries must not be null");
    int n = summaries.size();
    double daysPerUnit = summaries.unit().seconds() / SECONDS_PER_DAY;
    double[] age = summaries.ages();
    double[] rec = summaries.recencies();
    double[] days = new double[n];
    for (int i = 0; i < n; i++) {
      days[i] = Math.max(0, Math.round((age[i] - rec[i]) * daysPerUnit * MICRO) / MICRO);
    }
    return days;
  }

  private static final double MICRO = 1e6;

  /**
   * Scores raw columns of equal length: days since the last purchase (not negative), a frequency
   * count and a monetary amount; the value column for value shares is the monetary amount.
   */
  public RfmScores score(double[] recencyDays, double[] frequencies, double[] monetaryValues) {
    Objects.requireNonNull(monetaryValues, "monetaryValues must not be null");
    return score(recencyDays, frequencies, monetaryValues, monetaryValues);
  }

  /**
   * As {@link #score(double[], double[], double[])} with a separate value column (e.g. revenue).
   */
  public RfmScores score(
      double[] recencyDays, double[] frequencies, double[] monetaryValues, double[] values) {
    Objects.requireNonNull(recencyDays, "recencyDays must not be null");
    Objects.requireNonNull(frequencies, "frequencies must not be null");
    Objects.requireNonNull(monetaryValues, "monetaryValues must not be null");
    Objects.requireNonNull(values, "values must not be null");
    int n = recencyDays.length;
    if (frequencies.length != n || monetaryValues.length != n || values.length != n) {
      throw new IllegalArgumentException(
          "columns must have equal lengths but were: recencyDays "
              + n
              + ", frequencies "
              + frequencies.length
              + ", monetaryValues "
              + monetaryValues.length
              + ", values "
              + values.length);
    }
    for (int i = 0; i < n; i++) {
      if (!(recencyDays[i] >= 0) || Double.isInfinite(recencyDays[i])) {
        throw new IllegalArgumentException(
            "recencyDays must be finite and not negative but row " + i + " was: " + recencyDays[i]);
      }
    }
    Scoring.requireNumbers("frequencies", frequencies);
    Scoring.requireNumbers("monetaryValues", monetaryValues);
    Scoring.requireNumbers("values", values);
    return scoreOwned(
        recencyDays.clone(), frequencies.clone(), monetaryValues.clone(), values.clone());
  }

  private RfmScores scoreOwned(double[] days, double[] freq, double[] money, double[] value) {
    int n = days.length;
    byte[] r = new byte[n];
    byte[] f = new byte[n];
    byte[] m = new byte[n];
    double[] negatedDays = new double[n];
    for (int i = 0; i < n; i++) {
      negatedDays[i] = -days[i];
    }
    Scoring.score(negatedDays, recencyCuts(negatedDays), r);
    Scoring.score(freq, cuts(frequency, freq), f);
    Scoring.score(money, cuts(monetary, money), m);
    return new RfmScores(
        r, f, m, recency.bins(), frequency.bins(), monetary.bins(), days, freq, money, value);
  }

  private double[] recencyCuts(double[] negatedDays) {
    if (recency instanceof Binning.Thresholds t) {
      double[] days = t.toArray();
      double[] cuts = new double[days.length];
      for (int j = 0; j < days.length; j++) {
        cuts[j] = -days[days.length - 1 - j];
      }
      return cuts;
    }
    return Scoring.quantileCuts(negatedDays, recency.bins(), ties);
  }

  private double[] cuts(Binning binning, double[] values) {
    if (binning instanceof Binning.Thresholds t) {
      return t.toArray();
    }
    return Scoring.quantileCuts(values, binning.bins(), ties);
  }

  @Override
  public String toString() {
    return "RfmScorer[recency "
        + recency
        + " of days since last purchase, frequency "
        + frequency
        + " of "
        + frequencyMeasure
        + ", monetary "
        + monetary
        + " of "
        + monetaryMeasure
        + ", ties "
        + ties
        + "]";
  }

  /**
   * Configures a scorer; starts from the defaults of {@link RfmScorer#quintiles()}. Not
   * thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Binning recency = Binning.quantiles(5);
    private Binning frequency = Binning.quantiles(5);
    private Binning monetary = Binning.quantiles(5);
    private TiePolicy ties = TiePolicy.LOWEST_RANK;
    private FrequencyMeasure frequencyMeasure = FrequencyMeasure.TRANSACTIONS;
    private MonetaryMeasure monetaryMeasure = MonetaryMeasure.TOTAL_SPEND;

    private Builder() {}

    /** {@code bins} quantile bins for all three dimensions. */
    public Builder bins(int bins) {
      Binning b = Binning.quantiles(bins);
      recency = b;
      frequency = b;
      monetary = b;
      return this;
    }

    /** Binning of recency; thresholds are in days since the last purchase. */
    public Builder recency(Binning binning) {
      recency = Objects.requireNonNull(binning, "recency binning must not be null");
      return this;
    }

    /** Sets how frequency is cut into scores. */
    public Builder frequency(Binning binning) {
      frequency = Objects.requireNonNull(binning, "frequency binning must not be null");
      return this;
    }

    /** Sets how the monetary value is cut into scores. */
    public Builder monetary(Binning binning) {
      monetary = Objects.requireNonNull(binning, "monetary binning must not be null");
      return this;
    }

    /** Sets what happens to equal values at a bin boundary. */
    public Builder ties(TiePolicy policy) {
      ties = Objects.requireNonNull(policy, "ties must not be null");
      return this;
    }

    /** Sets which count is scored as frequency. */
    public Builder frequencyMeasure(FrequencyMeasure measure) {
      frequencyMeasure = Objects.requireNonNull(measure, "frequencyMeasure must not be null");
      return this;
    }

    /** Sets which amount is scored as monetary value. */
    public Builder monetaryMeasure(MonetaryMeasure measure) {
      monetaryMeasure = Objects.requireNonNull(measure, "monetaryMeasure must not be null");
      return this;
    }

    /** The scorer with the settings made so far. */
    public RfmScorer build() {
      return new RfmScorer(this);
    }
  }
}
