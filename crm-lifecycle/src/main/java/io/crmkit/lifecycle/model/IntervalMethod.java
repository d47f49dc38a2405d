package io.crmkit.lifecycle.model;

/**
 * How {@link PredictionIntervals} turns parameter uncertainty into intervals for per-customer
 * predictions: the delta method, a parametric bootstrap with an explicit number of draws and seed,
 * or a nonparametric bootstrap that resamples the customers and refits.
 *
 * @since 0.1
 */
public sealed interface IntervalMethod {

  /**
   * The delta method: prediction ± z·sd, the variance from the prediction's gradient in the
   * log-parameters.
   */
  static IntervalMethod delta() {
    return Delta.INSTANCE;
  }

  /**
   * A parametric bootstrap: {@code draws} parameter vectors from the estimate's asymptotic
   * distribution (normal on the log scale, as {@link ConfidenceInterval}), seeded, and the
   * percentile interval of the prediction over the draws.
   */
  static IntervalMethod parametricBootstrap(int draws, long seed) {
    return new ParametricBootstrap(draws, seed);
  }

  /**
   * A nonparametric bootstrap: {@code draws} times, the customers the model was fitted on are
   * resampled with replacement (as many as there are), seeded, the model is refitted, and the
   * interval is the percentile interval of the prediction over the refits. It needs the data and
   * the fit ({@link PredictionIntervals#resampling}); no normal approximation is assumed.
   */
  static IntervalMethod nonparametricBootstrap(int draws, long seed) {
    return new NonparametricBootstrap(draws, seed);
  }

  /**
   * The delta method.
   *
   * @since 0.1
   */
  enum Delta implements IntervalMethod {
    /** The only instance. */
    INSTANCE;

    @Override
    public String toString() {
      return "delta method";
    }
  }

  /**
   * A seeded parametric bootstrap.
   *
   * @param draws the number of parameter draws, from 20 to 100,000
   * @param seed the seed of the draws
   * @since 0.1
   */
  record ParametricBootstrap(int draws, long seed) implements IntervalMethod {

    /** Checks the number of draws. */
    public ParametricBootstrap {
      if (draws < 20 || draws > 100_000) {
        throw new IllegalArgumentException("draws must be from 20 to 100000 but was: " + draws);
      }
    }

    @Override
    public String toString() {
      return "parametric bootstrap (" + draws + " draws, seed " + seed + ")";
    }
  }

  /**
   * A seeded nonparametric bootstrap over customers.
   *
   * @param draws the number of resamples (refits), from 20 to 100,000
   * @param seed the seed of the resampling
   * @since 0.1
   */
  record NonparametricBootstrap(int draws, long seed) implements IntervalMethod {

    /** Checks the number of draws. */
    public NonparametricBootstrap {
      if (draws < 20 || draws > 100_000) {
        throw new IllegalArgumentException("draws must be from 20 to 100000 but was: " + draws);
      }
    }

    @Override
    public String toString() {
      return "nonparametric bootstrap ("
          + draws
          + " resamples of the customers, seed "
          + seed
          + ")";
    }
  }
}
