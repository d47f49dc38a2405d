package io.crmkit.lifecycle.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {

  @Test
  void hypergeometric_function_matches_closed_forms() {
    // 2F1(1,1;2;z) = -ln(1-z)/z
    for (double z : new double[] {0.1, 0.5, 0.9, 0.99}) {
      assertThat(SpecialFunctions.hyp2f1(1, 1, 2, z))
          .isCloseTo(-Math.log(1 - z) / z, within(1e-12));
    }
    // 2F1(a,b;b;z) = (1-z)^-a
    assertThat(SpecialFunctions.hyp2f1(0.3, 2.5, 2.5, 0.95))
        .isCloseTo(Math.pow(0.05, -0.3), within(1e-11));
    assertThat(SpecialFunctions.hyp2f1(0.3, 2.5, 2.5, 0)).isEqualTo(1.0);
  }

  @Test
  void digamma_matches_closed_forms_and_has_no_jump_at_whole_numbers() {
    double euler = 0.5772156649015329;
    assertThat(SpecialFunctions.digamma(1)).isCloseTo(-euler, within(1e-14));
    assertThat(SpecialFunctions.digamma(0.5)).isCloseTo(-euler - 2 * Math.log(2), within(1e-14));
    // ψ(10) = H_9 − γ
    double h9 = 0;
    for (int k = 1; k <= 9; k++) {
      h9 += 1.0 / k;
    }
    assertThat(SpecialFunctions.digamma(10)).isCloseTo(h9 - euler, within(1e-14));
    assertThat(SpecialFunctions.digamma(1000))
        .isCloseTo(Math.log(1000) - 1 / 2000.0 - 1 / 12e6, within(1e-14));
    // the slope across a whole number is the trigamma function, π²/6 at 1 (no step there)
    double h = 1e-6;
    double slope = (SpecialFunctions.digamma(1 + h) - SpecialFunctions.digamma(1 - h)) / (2 * h);
    assertThat(slope).isCloseTo(Math.PI * Math.PI / 6, within(1e-7));
  }
}
