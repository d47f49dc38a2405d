package io.crmkit.lifecycle.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {

  @Test
  void hypergeometric_function_matches_closed_forms() {
    // 2F1(1,1;2;z) = -ln(1-z)/z
    for (double z : new double[] {0.1, 0.5, 0.9, 0.99}) {
      assertThat(SpecialFunctions.hyp2f1(1, 1, 2, z)).isCloseTo(-Math.log(1 - z) / z, within(1e-12));
    }
    // 2F1(a,b;b;z) = (1-z)^-a
    assertThat(SpecialFunctions.hyp2f1(0.3, 2.5, 2.5, 0.95)).isCloseTo(Math.pow(0.05, -0.3), within(1e-11));
    assertThat(SpecialFunctions.hyp2f1(0.3, 2.5, 2.5, 0)).isEqualTo(1.0);
  }
}
