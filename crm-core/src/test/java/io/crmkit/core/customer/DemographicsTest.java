package io.crmkit.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemographicsTest {

  @Test
  void none_knows_nothing_and_withers_add_parts() {
    assertThat(Demographics.none().isEmpty()).isTrue();
    Demographics d =
        Demographics.none()
            .withAgeBand("25-34")
            .withIncomeBand("high")
            .withOccupation("nurse")
            .withRegion("north");
    assertThat(d.isEmpty()).isFalse();
    assertThat(d)
        .isEqualTo(
            new Demographics(
                Optional.of("25-34"),
                Optional.of("high"),
                Optional.of("nurse"),
                Optional.of("north")));
    assertThat(d)
        .hasToString(
            "Demographics[ageBand=25-34, incomeBand=high, occupation=nurse, region=north]");
  }

  @Test
  void blank_parts_are_refused_naming_the_field() {
    assertThatThrownBy(() -> Demographics.none().withRegion(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region");
    assertThatThrownBy(
            () -> new Demographics(null, Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("ageBand");
  }
}
