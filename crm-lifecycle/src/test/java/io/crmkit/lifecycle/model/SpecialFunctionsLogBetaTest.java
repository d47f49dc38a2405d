package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ln B(a, b) against reference values computed with mpmath 1.3.0 at 60 significant digits as {@code
 * loggamma(a) + loggamma(b) - loggamma(a + b)} on the exact binary value of each argument (printed
 * to 25 digits). Tolerance: 1e-14 relative, or 1e-14 absolute where |ln B| < 1. The former lnΓ(a) +
 * lnΓ(b) − lnΓ(a + b) in doubles missed this by 1.4e-12 at b = 1e4 and 5e-8 at b = 1e9, where two
 * lnΓ values of about b ln b cancel down to a few units.
 */
class SpecialFunctionsLogBetaTest {

  private static final double TOLERANCE = 1e-14;

  @ParameterizedTest(name = "ln B({0}, {1}) = {2}")
  @CsvSource({
    "0.5, 0.5, 1.144729885849400174143427",
    "1.0, 1.0, 0.0",
    "2.5, 3.7, -3.419543590698987122353674",
    "0.7929, 2.4259, -0.5113366260068233884445343",
    "8.5, 8.5, -11.57332559147867738028409",
    "0.1, 20.0, 1.955404335296761519045052",
    "30.0, 0.01, 4.565633802153576997313536",
    "0.001, 10000.0, 6.897968594962708313671882",
    "1.0, 10000.0, -9.210340371976182736071966",
    "0.7929, 10000.0, -7.143901207168154131760148",
    "10.0, 10000.0, -79.30607481535497466599899",
    "10000.0, 10000.0, -13866.28325676140963952452",
    "0.5, 1000000000.0, -9.789267975423505491009248",
    "1.0, 1000000000.0, -20.72326583694641115616192",
    "100.0, 1000000000.0, -1713.192383275065552665156",
    "1000000.0, 1000000.0, -1386300.00336292111632612",
    "1000000000.0, 1000000000.0, -1386294370.216011413698024",
    "12.0, 1000000000000.0, -314.0699455453346926593029"
  })
  void log_beta_matches_high_precision_reference_values(double a, double b, double reference) {
    double tolerance = TOLERANCE * Math.max(1, Math.abs(reference));
    assertThat(Math.abs(SpecialFunctions.logBeta(a, b) - reference)).isLessThanOrEqualTo(tolerance);
    assertThat(Math.abs(SpecialFunctions.logBeta(b, a) - reference)).isLessThanOrEqualTo(tolerance);
  }

  /**
   * B(a + 1, b) = B(a, b) · a / (a + b): the recurrence holds to a few rounding errors at any
   * scale.
   */
  @Property(tries = 500, seed = "15")
  void log_beta_satisfies_the_recurrence_in_its_first_argument(
      @ForAll @DoubleRange(min = 0.01, max = 1e6) double a,
      @ForAll @DoubleRange(min = 0.01, max = 1e9) double b) {
    double lhs = SpecialFunctions.logBeta(a + 1, b);
    double rhs = SpecialFunctions.logBeta(a, b) + Math.log(a / (a + b));
    assertThat(Math.abs(lhs - rhs)).isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(lhs)));
  }

  @Property(tries = 200, seed = "15")
  void log_beta_is_symmetric(
      @ForAll @DoubleRange(min = 1e-3, max = 1e9) @Scale(6) double a,
      @ForAll @DoubleRange(min = 1e-3, max = 1e9) @Scale(6) double b) {
    assertThat(SpecialFunctions.logBeta(a, b)).isEqualTo(SpecialFunctions.logBeta(b, a));
  }
}
