package io.crmkit.marketing.similar;

/**
 * The settings of implicit alternating least squares.
 *
 * @param factors the dimension of the customer and item vectors, at least 1
 * @param regularization λ, the weight of the squared norms of the vectors, positive
 * @param alpha α of the confidence {@code 1 + α·r} of a customer's item bought in r baskets, not
 *     negative
 * @param iterations the number of sweeps (customers, then items), at least 1
 * @param seed the seed of the random initial item vectors
 * @since 0.1
 */
public record AlsOptions(
    int factors, double regularization, double alpha, int iterations, long seed) {

  /**
   * Checks the components as described above; a component out of range is refused with an {@link
   * IllegalArgumentException} naming it.
   */
  public AlsOptions {
    if (factors < 1) {
      throw new IllegalArgumentException("factors must be at least 1 but was: " + factors);
    }
    if (!(regularization > 0) || Double.isInfinite(regularization)) {
      throw new IllegalArgumentException(
          "regularization must be positive and finite but was: " + regularization);
    }
    if (!(alpha >= 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be finite and not negative but was: " + alpha);
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1 but was: " + iterations);
    }
  }

  /** 32 factors, λ = 0.1, α = 10, 15 sweeps, seed {@code seed}. */
  public static AlsOptions defaults(long seed) {
    return new AlsOptions(32, 0.1, 10, 15, seed);
  }

  /** These options with {@code value} factors. */
  public AlsOptions withFactors(int value) {
    return new AlsOptions(value, regularization, alpha, iterations, seed);
  }

  /** These options with confidence weight α = {@code value}. */
  public AlsOptions withAlpha(double value) {
    return new AlsOptions(factors, regularization, value, iterations, seed);
  }

  /** These options with regularization λ = {@code value}. */
  public AlsOptions withRegularization(double value) {
    return new AlsOptions(factors, value, alpha, iterations, seed);
  }
}
